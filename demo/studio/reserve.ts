// The height a studio snippet reserves, as the builder's do (demo/builder/snippet.ts):
// the snippet's own element (card, default heading level, the page's language) is
// rendered out of sight in English and in Spanish at the phone and desktop widths,
// and the taller language holds at each width, so the page does not move when a
// late kit replaces the fallback with the card.
import { DESKTOP_WIDTH, PHONE_WIDTH } from '../builder/snippet.js';

/** The narrowest column the phone height is measured in: a 360 px phone with 20 px margins. */
export const PHONE_COLUMN = PHONE_WIDTH - 40;

export interface Reserve {
  phone: number;
  desktop: number;
}

export class Reserver {
  #box = document.createElement('div');
  #observer = new ResizeObserver(() => this.measure());
  #key = '';

  constructor(private readonly onMeasure: (reserve: Reserve) => void) {
    this.#box.setAttribute('aria-hidden', 'true');
    this.#box.inert = true;
    this.#box.style.cssText = 'position: absolute; left: -10000px; top: 0; visibility: hidden; contain: layout';
    document.body.append(this.#box);
  }

  /** Renders the document (JSON text, image addresses resolved) once per text. */
  sync(json: string) {
    if (json === this.#key) return;
    this.#key = json;
    this.#observer.disconnect();
    const frames = (['en', 'es'] as const).map((lang) => {
      const frame = document.createElement('div');
      frame.lang = lang;
      const element = document.createElement('btw-recommendation');
      // The `document` property, not a <script> child: script text is a Trusted Types sink.
      (element as HTMLElement & { document?: unknown }).document = JSON.parse(json);
      frame.append(element);
      this.#observer.observe(element);
      return frame;
    });
    this.#box.replaceChildren(...frames);
  }

  /** The tallest element at each width; the frames' widths change and come back within one task. */
  measure() {
    const frames = [...this.#box.children] as HTMLElement[];
    const heightAt = (px: number) => {
      for (const frame of frames) frame.style.width = `${px}px`;
      return Math.max(0, ...frames.map((frame) => Math.ceil(frame.firstElementChild!.getBoundingClientRect().height)));
    };
    // A phone's column: 360 px less a blog's side margins.
    const reserve = { phone: heightAt(PHONE_COLUMN), desktop: heightAt(DESKTOP_WIDTH) };
    if (reserve.phone > 0 && customElements.get('btw-recommendation')) this.onMeasure(reserve);
  }
}
