// Building an element's shadow DOM with the DOM's own methods: the kit's
// elements render without Lit templates, so no bundle carries lit-html (see
// docs/guides/developer.md, "Why the elements have no templates"). Each element
// makes its nodes once and, on each update, sets texts and states and puts the
// nodes it shows in order, as a template's bindings would.

/**
 * An element with its attributes and children, as a template would write it.
 * An attribute whose value is `undefined` is left out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** Sets an attribute, or removes it when `value` is `undefined`; only on a change. */
export function setAttr(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Writes a text only when it changed, as Lit does: a live region or an alert
 * whose text is written again, even the same text, may be read out again.
 */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Makes `nodes` (falsy ones skipped) the children of `parent`, in order. A node
 * already in its place is not touched: moving a node would drop the focus in
 * it and restart what it plays. Children that are no longer wanted are removed
 * first, so a stale node before a kept one never makes the kept one move; only
 * a node that is new, or out of order, is inserted (and when the node with the
 * focus is out of order, the nodes before it move instead).
 */
export function place(parent: Node, nodes: (Node | false | undefined)[]): void {
  const wanted = new Set(nodes.filter(Boolean) as Node[]);
  for (let child = parent.firstChild; child;) {
    const after: ChildNode | null = child.nextSibling;
    if (!wanted.has(child)) parent.removeChild(child);
    child = after;
  }
  const focused = (parent.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement ?? null;
  let next = parent.firstChild;
  for (const node of wanted) {
    // The focused node is out of order: the nodes before it move, not it.
    if (node.parentNode === parent && node.contains(focused)) {
      for (let moved = next!; moved !== node; moved = next!) {
        next = moved.nextSibling;
        parent.appendChild(moved);
      }
    }
    if (node === next) next = node.nextSibling;
    else parent.insertBefore(node, next);
  }
}
