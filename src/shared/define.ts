/**
 * Defines a custom element unless the tag is taken, so that two copies of the
 * kit (the same file twice, or two versions) can load on one page: the first
 * definition wins and the second load does nothing.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
