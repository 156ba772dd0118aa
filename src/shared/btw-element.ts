import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import type { BtwEventDetail, BtwEventName, EmitOptions } from './events.js';
import { LocalizeController } from './localize.js';
import { queueFirstRender } from './first-render.js';
import { followPageScheme, onUndeclaredDarkPage } from './scheme.js';

/**
 * The thin base of every element: its language and strings (`this.localize`),
 * kit events (`this.emit`) and its box. It is Lit's `ReactiveElement`
 * (properties, attributes, batched updates, controllers, `updateComplete`);
 * each element draws its box with the DOM's own methods in `render()`
 * (`dom.ts`), so no bundle carries lit-html.
 *
 * @cssproperty --btw-accent - Brand colour: buttons, links, focus ring.
 * @cssproperty --btw-accent-contrast - Text on the accent colour.
 * @cssproperty --btw-radius - Corner radius.
 * @cssproperty --btw-gap - Space between items.
 * @cssproperty --btw-surface - Card background.
 * @cssproperty --btw-border - Card and field border.
 * @cssproperty --btw-font - Font shorthand; inherits the page's by default.
 */
export abstract class BtwElement extends ReactiveElement {
  /** Language, strings, dates and numbers for this element. */
  protected readonly localize = new LocalizeController(this);
  #internals = this.attachInternals();
  #unfollow?: () => void;

  /**
   * Everything renders into one box in the shadow root, which carries the
   * resolved language as `lang` and its direction as `dir`: an English fallback
   * on an Arabic page keeps its words, punctuation and numbers in order, and
   * screen readers speak it as English. Every shipped language is written left
   * to right; a language a partner adds may be right to left.
   */
  protected override createRenderRoot() {
    const box = document.createElement('div');
    super.createRenderRoot().append(box);
    return box;
  }

  override connectedCallback() {
    super.connectedCallback();
    // The page may turn dark or light later (a theme switch, the system's dark mode),
    // or did while the element was away from it.
    const follow = () => this.hasUpdated && this.#darkPage();
    this.#unfollow = followPageScheme(follow);
    follow();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unfollow?.();
  }

  protected override update(changed: PropertyValues) {
    const box = this.renderRoot as HTMLElement;
    // A dark page that declares no color-scheme gets the dark palette (scheme.ts),
    // read when the element first renders (the page's styles are in by then).
    if (!this.hasUpdated) this.#darkPage();
    // Only on a change: a written `lang` is a mutation the shared observer hears.
    if (box.lang !== this.localize.lang) box.lang = this.localize.lang;
    if (box.dir !== this.localize.dir) box.dir = this.localize.dir;
    super.update(changed);
    this.render();
  }

  #darkPage() {
    const parent = this.parentElement ?? (this.getRootNode() as ShadowRoot).host;
    const states = this.#internals.states;
    if (parent && onUndeclaredDarkPage(parent)) states.add('dark');
    else states.delete('dark');
  }

  /** Brings the box (`this.renderRoot`) up to date with the element's state. */
  protected abstract render(): void;

  /**
   * The first render waits for its turn in a shared queue that renders elements
   * in slices and yields between them (`first-render.ts`); later updates run as
   * ReactiveElement schedules them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return queueFirstRender(() => super.scheduleUpdate());
  }

  /** Dispatches a kit event from this element (events.ts); returns it, to read `defaultPrevented`. */
  protected emit<K extends BtwEventName>(
    name: K,
    detail: BtwEventDetail<K>,
    options?: EmitOptions,
  ): CustomEvent<BtwEventDetail<K>> {
    const event = new CustomEvent(name, { ...options, detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
    return event;
  }
}
