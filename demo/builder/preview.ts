// The live preview: the real element, with the attributes the snippet writes,
// and its height measured at the phone and desktop widths for the snippet's
// reservation style.
import { DESKTOP_WIDTH, PHONE_WIDTH } from './snippet.js';

/** What the builder reads of a kit element in the preview. */
type KitElement = HTMLElement & { updateComplete?: Promise<unknown>; state?: string };

export interface Measure {
  phone: number;
  desktop: number;
}

export class Preview {
  #el?: HTMLElement;
  #key = '';
  #observer = new ResizeObserver(() => this.measure());

  constructor(private readonly onMeasure: (measure: Measure) => void) {}

  /** The element in the preview (tests and the page read it). */
  get element() {
    return this.#el;
  }

  /**
   * Puts the element with these attributes into `frame`: attributes change in
   * place as the partner types; a new element or inline document makes a new one.
   */
  sync(frame: HTMLElement, tag: string, attributes: [string, string | true][], lang: string, doc: string) {
    const key = `${tag}\n${doc}`;
    if (!this.#el || this.#key !== key || this.#el.parentElement !== frame) {
      this.#el?.remove();
      this.#observer.disconnect();
      this.#key = key;
      const el = (this.#el = document.createElement(tag));
      // The document as the `document` property, not a <script> child: under the page's
      // Trusted Types, script text is a sink. Text that is not JSON leaves the element
      // without a document (the form says why).
      if (doc.trim()) {
        try {
          (el as HTMLElement & { document?: unknown }).document = JSON.parse(doc);
        } catch {
          // the form's own check reports it
        }
      }
      this.setAttributes(attributes, lang);
      frame.replaceChildren(el);
      this.#observer.observe(el);
      return;
    }
    this.setAttributes(attributes, lang);
  }

  private setAttributes(attributes: [string, string | true][], lang: string) {
    const el = this.#el!;
    const wanted = new Map(attributes.map(([name, value]) => [name, value === true ? '' : value]));
    if (lang) wanted.set('lang', lang);
    for (const { name } of [...el.attributes]) if (!wanted.has(name)) el.removeAttribute(name);
    for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  /**
   * Resolves once the element shows what a reader will see: its document loaded
   * (waiting at most `wait` ms) and the kit elements inside it (a card's share
   * buttons, which render after it) drawn. Then measures it again, so that a
   * snippet copied now reserves the finished widget's height, not its loading line's.
   */
  async settled(wait = 3000): Promise<void> {
    const el = this.#el as KitElement | undefined;
    if (!el) return;
    await this.loaded(wait);
    const nested = el.shadowRoot?.querySelectorAll<KitElement>('btw-share') ?? [];
    await Promise.all([el, ...nested].map((node) => node.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.measure();
  }

  /**
   * Resolves once the element is done with its document, loaded or failed (at once when it
   * has none to load), or after `wait` ms. Its state is read after its pending update, in
   * which a changed `src` starts loading.
   */
  async loaded(wait = 3000): Promise<void> {
    const el = this.#el as KitElement | undefined;
    if (!el) return;
    await el.updateComplete;
    if (el.state !== 'loading') return;
    await new Promise<void>((resolve) => {
      el.addEventListener('btw-recommendation-load', () => resolve(), { once: true });
      el.addEventListener('btw-recommendation-error', () => resolve(), { once: true });
      setTimeout(resolve, wait);
    });
  }

  /**
   * The element's height at each width. The frame's width changes and comes back
   * within one task, so nothing is painted in between.
   */
  measure() {
    const el = this.#el;
    const frame = el?.parentElement;
    if (!el || !frame || !el.isConnected) return;
    const width = frame.style.width;
    const heightAt = (px: number) => {
      frame.style.width = `${px}px`;
      return Math.ceil(el.getBoundingClientRect().height);
    };
    const measure = { phone: heightAt(PHONE_WIDTH), desktop: heightAt(DESKTOP_WIDTH) };
    frame.style.width = width;
    if (measure.phone > 0) this.onMeasure(measure);
  }
}
