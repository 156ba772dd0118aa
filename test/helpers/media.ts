import { executeServerCommand } from '@web/test-runner-commands';
import { ratio } from './contrast.js';

/** Emulates media features, e.g. `{ 'forced-colors': 'active' }`; `{}` resets them. Chromium only. */
export function emulateMedia(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand('btw-emulate-media', features);
}

/** A node of the accessibility tree (puppeteer's snapshot). */
export interface AxNode {
  role: string;
  name?: string;
  invalid?: string;
  required?: boolean;
  busy?: boolean;
  children?: AxNode[];
}

/** The page's accessibility tree, as screen readers get it. Chromium only. */
export const axTree = () => executeServerCommand('btw-ax-tree') as Promise<AxNode>;

/** Every node of an accessibility tree, depth first. */
export const axNodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(axNodes)];

/**
 * The pixels the screen shows in `rect` (CSS px of the top-level page, which must
 * not be scrolled), as the browser painted them: forced colours, backplates and
 * all. Chromium only.
 */
export async function pixelsOf(rect: DOMRect): Promise<ImageData> {
  const x = Math.round(rect.left);
  const y = Math.round(rect.top);
  const width = Math.max(1, Math.round(rect.right) - x);
  const height = Math.max(1, Math.round(rect.bottom) - y);
  const png = (await executeServerCommand('btw-capture', { x, y, width, height })) as string;
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/**
 * The share of the pixels inside the box of `node`'s text that stand out from
 * that box's most common colour (its background, or the backplate the browser
 * paints behind text in forced colours) by 3:1 or more: 0 when the text cannot
 * be seen. Chromium only.
 */
export async function visibleTextShare(node: Element): Promise<number> {
  const range = document.createRange();
  range.selectNodeContents(node);
  const { data } = await pixelsOf(range.getBoundingClientRect());
  const count = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const background = [...count].sort((a, b) => b[1] - a[1])[0][0];
  const rgb = (key: number): [number, number, number] => [key >> 16, (key >> 8) & 255, key & 255];
  let visible = 0;
  for (const [key, n] of count) if (ratio(rgb(key), rgb(background)) >= 3) visible += n;
  return visible / (data.length / 4);
}
