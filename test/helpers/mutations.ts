// What changes in the DOM while something happens, as a MutationObserver records it.

/** The mutations made to `nodes` (and below them) while `change` runs and settles. */
export async function mutationsDuring(nodes: Node[], change: () => unknown): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  // Records reach the callback at each microtask checkpoint; the rest are taken at the end.
  const observer = new MutationObserver((records) => seen.push(...records));
  for (const node of nodes)
    observer.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
  try {
    await change();
    return [...seen, ...observer.takeRecords()];
  } finally {
    observer.disconnect();
  }
}

/** Renders a Lit element again with nothing changed. */
export async function renderAgain(el: HTMLElement & { requestUpdate(): void; updateComplete: Promise<unknown> }) {
  el.requestUpdate();
  await el.updateComplete;
}
