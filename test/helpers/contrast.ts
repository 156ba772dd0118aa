// Contrast as a reader gets it: the colours the browser computed for each layer
// (light-dark(), color-mix() and system colours already resolved), painted on a
// canvas one over the other, alpha and opacity included, then compared with the
// WCAG 2 formula.

const canvas = new OffscreenCanvas(1, 1);
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

type Rgb = [number, number, number];

/** The parent in the flat tree: the slot a node is shown in, the host of a shadow root. */
function parentOf(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

/** The window whose styles apply to a node (the iframe's, for a page in a frame). */
const viewOf = (node: Element) => node.ownerDocument.defaultView!;

/** The colour behind `node`: every background from the page down to it, painted in order. */
function paintBackground(node: Element) {
  const layers: string[] = [];
  for (let at: Element | null = node; at; at = parentOf(at))
    layers.unshift(viewOf(at).getComputedStyle(at).backgroundColor);
  paint.globalAlpha = 1;
  paint.fillStyle = '#fff'; // the canvas of a page that paints no background
  paint.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    paint.fillStyle = layer;
    paint.fillRect(0, 0, 1, 1);
  }
}

const read = (): Rgb => {
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
};

/** The opacity `node` is drawn with (its own and its ancestors', multiplied). */
function opacityOf(node: Element) {
  let opacity = 1;
  for (let at: Element | null = node; at; at = parentOf(at)) opacity *= +viewOf(at).getComputedStyle(at).opacity;
  return opacity;
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
 * what is behind it. `over` is the node whose background is behind: the node
 * itself for text, its parent for a border or an outline.
 */
export function contrastOf(node: Element, colour: string, over: Element | null = node) {
  paintBackground(over ?? node);
  const background = read();
  paint.globalAlpha = opacityOf(node);
  paint.fillStyle = colour;
  paint.fillRect(0, 0, 1, 1);
  return ratio(read(), background);
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
