/**
 * Every event of the kit is a `CustomEvent` that bubbles and is composed, named
 * `btw-…`. Each element declares its events in `HTMLElementEventMap`, which is
 * the single source of their `detail` types:
 *
 *   declare global {
 *     interface HTMLElementEventMap { 'btw-copy': CustomEvent<{ url: string }> }
 *   }
 */
export type BtwEventName = Extract<keyof HTMLElementEventMap, `btw-${string}`>;

export type BtwEventDetail<K extends BtwEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface EmitOptions {
  cancelable?: boolean;
}

/** Dispatches a kit event from `target`; returns it, to read `defaultPrevented`. */
export function emit<K extends BtwEventName>(
  target: EventTarget,
  name: K,
  detail: BtwEventDetail<K>,
  options?: EmitOptions,
): CustomEvent<BtwEventDetail<K>> {
  const event = new CustomEvent(name, { ...options, detail, bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

/** The kit's events, as declared by each element in `HTMLElementEventMap`. */
export type BtwEventMap = Pick<HTMLElementEventMap, BtwEventName>;

// They bubble and are composed: hosts listen on `document` or `window` too.
declare global {
  interface DocumentEventMap extends BtwEventMap {}
  interface WindowEventMap extends BtwEventMap {}
}
