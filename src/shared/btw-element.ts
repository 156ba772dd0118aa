import { LitElement, type PropertyValues } from 'lit';
import { emit, type BtwEventDetail, type BtwEventName, type EmitOptions } from './events.js';
import { LocalizeController } from './localize.js';
import { queueFirstRender } from './first-render.js';
import { renderBox, setBoxLang } from './render-box.js';
import { baseStyles } from './styles.js';

/**
 * The thin base of every element: its language and strings (`this.localize`),
 * kit events (`this.emit`) and the base styles.
 *
 * @cssproperty --btw-accent - Brand colour: buttons, links, focus ring.
 * @cssproperty --btw-accent-contrast - Text on the accent colour.
 * @cssproperty --btw-radius - Corner radius.
 * @cssproperty --btw-gap - Space between items.
 * @cssproperty --btw-surface - Card background.
 * @cssproperty --btw-border - Card and field border.
 * @cssproperty --btw-font - Font shorthand; inherits the page's by default.
 */
export class BtwElement extends LitElement {
  static override styles = [baseStyles];

  /** Language, strings, dates and numbers for this element. */
  protected readonly localize = new LocalizeController(this);

  /** Renders into a box that carries the language and direction (render-box.ts). */
  protected override createRenderRoot() {
    return renderBox(super.createRenderRoot());
  }

  protected override update(changed: PropertyValues) {
    setBoxLang(this.renderRoot as HTMLElement, this.localize.lang);
    super.update(changed);
  }

  /**
   * The first render waits for its turn in a shared queue that renders elements
   * in slices and yields between them (`first-render.ts`); later updates run as
   * Lit schedules them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return queueFirstRender(() => super.scheduleUpdate());
  }

  /** Dispatches a `btw-*` CustomEvent from this element (bubbles, composed). */
  protected emit<K extends BtwEventName>(name: K, detail: BtwEventDetail<K>, options?: EmitOptions) {
    return emit(this, name, detail, options);
  }
}
