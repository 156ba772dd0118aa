/**
 * Every event of the kit is a `CustomEvent` that bubbles and is composed, named
 * `btw-…`, dispatched by `BtwElement.emit()`. Each element declares its events
 * in `HTMLElementEventMap`, which is the single source of their `detail` types:
 *
 *   declare global {
 *     interface HTMLElementEventMap { 'btw-copy': CustomEvent<{ url: string }> }
 *   }
 */
export type BtwEventName = Extract<keyof HTMLElementEventMap, `btw-${string}`>;

export type BtwEventDetail<K extends BtwEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** What `emit()` may add to an event: only whether it can be cancelled. */
export interface EmitOptions {
  cancelable?: boolean;
}

/** The kit's events, as declared by each element in `HTMLElementEventMap`. */
export type BtwEventMap = Pick<HTMLElementEventMap, BtwEventName>;

// They bubble and are composed: hosts listen on `document` or `window` too.
declare global {
  interface DocumentEventMap extends BtwEventMap {}
  interface WindowEventMap extends BtwEventMap {}
}
