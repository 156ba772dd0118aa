import { LitElement } from 'lit';
import { emit, type BtwEventDetail, type BtwEventName, type EmitOptions } from './events.js';
import { LocalizeController } from './localize.js';
import { baseStyles } from './styles.js';

/**
 * The thin base of every element: its language and strings (`this.localize`),
 * kit events (`this.emit`) and the base styles.
 */
export class BtwElement extends LitElement {
  static override styles = [baseStyles];

  /** Language, strings, dates and numbers for this element. */
  protected readonly localize = new LocalizeController(this);

  /** Dispatches a `btw-*` CustomEvent from this element (bubbles, composed). */
  protected emit<K extends BtwEventName>(name: K, detail: BtwEventDetail<K>, options?: EmitOptions) {
    return emit(this, name, detail, options);
  }
}
