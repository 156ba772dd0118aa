// Contrast as a reader gets it: the colours the browser computed for each layer
// (light-dark(), color-mix() and system colours already resolved), painted on a
// canvas one over the other, alpha and opacity included (an element with opacity
// fades as a group), then compared with the WCAG 2 formula.

type Rgb = [number, number, number];

/** The parent in the flat tree: the slot a node is shown in, the host of a shadow root. */
function parentOf(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

/** The window whose styles apply to a node (the iframe's, for a page in a frame). */
const viewOf = (node: Element) => node.ownerDocument.defaultView!;

const probe = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;

/** A CSS colour as the browser computes it: red, green and blue (0–255) and alpha (0–1). */
function rgba(colour: string): [number, number, number, number] {
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** A layer of paint: red, green and blue premultiplied by alpha, and alpha; and its opacity. */
type Layer = { paint: [number, number, number, number]; opacity: number };

/** `colour` painted over `layer` (source-over). */
function fill(layer: Layer, colour: string) {
  const [r, g, b, a] = rgba(colour);
  const [R, G, B, A] = layer.paint;
  layer.paint = [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), a + A * (1 - a)];
}

/**
 * The colour a reader sees at a point of `node`: every background from the page
 * down to `last` painted in order, then `colour` (a text, a border) on `node` when
 * given. An element drawn with opacity is painted as browsers do, as a group: its
 * background, what is inside it and its text together, faded as one onto what is
 * behind it (a faded button fades its fill too, not only its text).
 */
function seen(node: Element, last: Element, colour?: string): Rgb {
  const chain: Element[] = [];
  for (let at: Element | null = node; at; at = parentOf(at)) chain.unshift(at);
  // The canvas of a page that paints no background is white.
  const layers: Layer[] = [{ paint: [255, 255, 255, 1], opacity: 1 }];
  let behind = true;
  for (const at of chain) {
    const style = viewOf(at).getComputedStyle(at);
    if (+style.opacity < 1) layers.push({ paint: [0, 0, 0, 0], opacity: +style.opacity });
    if (!behind) continue;
    fill(layers.at(-1)!, style.backgroundColor);
    behind = at !== last;
  }
  if (colour) fill(layers.at(-1)!, colour);
  // Each group, faded, onto the one it sits in.
  while (layers.length > 1) {
    const { paint: top, opacity } = layers.pop()!;
    const below = layers.at(-1)!;
    const keep = 1 - top[3] * opacity;
    below.paint = below.paint.map((value, i) => top[i]! * opacity + value * keep) as Layer['paint'];
  }
  const [r, g, b] = layers[0]!.paint;
  return [r, g, b];
}

function luminance([r, g, b]: Rgb) {
  const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function ratio(a: Rgb, b: Rgb) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The contrast of `colour`, drawn on `node` (its text, border or outline), with
 * what is behind it. `over` is the last node whose background is behind: the node
 * itself for text, its parent for a border or an outline.
 */
export function contrastOf(node: Element, colour: string, over: Element | null = node) {
  return ratio(seen(node, over ?? node, colour), seen(node, over ?? node));
}

/** The elements of a shadow root that show text of their own (not visually hidden). */
export function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((node) => {
    const own = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
    const { width, height } = node.getBoundingClientRect();
    return own && width > 1 && height > 1;
  });
}

/** "tag.class: text", to name a node in a failure. */
export const describeNode = (node: Element) =>
  `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}: ${node.textContent!.trim().slice(0, 40)}`;
