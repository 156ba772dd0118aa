// The controls of <btw-share>'s list: a clone of one prepared item, its
// attributes set once. A template per control kept, for each of 200 widgets × 6
// controls, a template instance, seven parts and their values in the JavaScript
// heap; these items keep nothing but their DOM (issue 13: heap and main-thread
// time per widget). Each network's item is kept: an update writes its name and
// link in place.
import { h, setAttr, setText } from '../../shared/dom.js';
import { ICONS, isOutline } from './icons.js';
import type { Network } from './networks.js';

let prepared: Record<'a' | 'button', Element> | undefined;

/** The item to clone: a link or a button with its icon and its visible name. */
function prepare(kind: 'a' | 'button'): Element {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('part', 'icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.append(document.createElementNS(svg.namespaceURI, 'path'));
  // A list button sits in no form: a plain button, no `type` needed.
  const attributes: Record<string, string> =
    kind === 'a' ? { part: 'button', rel: 'noopener noreferrer' } : { part: 'button' };
  return h('li', {}, h(kind, attributes, svg, h('span', { part: 'label' })));
}

/**
 * One item of the list: a link (`href`, the share link) or a button (no `href`:
 * native, copy, Mastodon without an instance), with its icon, its visible name
 * (`label`: "WhatsApp") and its accessible name (`name`: "Share on WhatsApp").
 * `item`, the network's item from the last update, is kept and updated in
 * place when it is still of the same kind (link or button): its control keeps
 * the focus.
 */
export function controlItem(
  network: Network,
  name: string,
  label: string,
  href?: string,
  item?: HTMLLIElement,
): HTMLLIElement {
  const kind = href ? 'a' : 'button';
  if (item?.firstElementChild!.localName !== kind) {
    prepared ??= { a: prepare('a'), button: prepare('button') };
    item = prepared[kind].cloneNode(true) as HTMLLIElement;
    const control = item.firstChild as HTMLElement;
    control.dataset.network = network;
    // The Mastodon prompt's button: share.ts keeps `aria-expanded` up to date.
    if (!href && network === 'mastodon') control.setAttribute('aria-controls', 'mastodon-prompt');
    // Built from a checked http(s) URL and fixed hosts, or mailto: (opens in place).
    // A link that opens a new tab says so in its description (view.ts).
    if (href && network !== 'email') {
      control.setAttribute('target', '_blank');
      control.setAttribute('aria-describedby', 'new-tab');
    }
    const svg = control.firstChild as SVGElement;
    if (isOutline(network)) svg.setAttribute('class', 'outline');
    (svg.firstChild as Element).setAttribute('d', ICONS[network]);
  }
  const control = item.firstChild as HTMLElement;
  setAttr(control, 'aria-label', name);
  setAttr(control, 'href', href);
  setText(control.lastChild!, label);
  return item;
}
