// Stands for an older release of the kit that a theme or plugin loads: it defines
// the same tags (guarded, as every release does) with classes of its own.
for (const tag of ['btw-recommendation', 'btw-share', 'btw-signup']) {
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends HTMLElement {
        static version = '0.0.1';
      },
    );
  }
}
