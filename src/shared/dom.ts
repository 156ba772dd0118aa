// Building an element's shadow DOM with the DOM's own methods, for elements that
// render without Lit templates (see docs/guides/developer.md, "Why <btw-share>
// has no templates"): a fixed structure made once, then texts and states set on
// each update, as a template's bindings would.

/** An element with its attributes and children, as a template would write it. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]!);
  element.append(...children);
  return element;
}

/**
 * Writes a text only when it changed, as Lit does: a live region or an alert
 * whose text is written again, even the same text, may be read out again.
 */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
