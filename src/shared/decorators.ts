import type { PropertyDeclaration, ReactiveElement } from '@lit/reactive-element';

// `@property` and `@state` for the kit's elements, as Lit's own decorators do for
// TypeScript's experimentalDecorators on a plain field: they declare the
// property on the class. Lit's versions also carry the code for standard
// (TC39) decorators and `accessor` fields, which the kit does not use
// (-0.5 kB raw). Only plain fields: no accessors, no setters.

/** A reactive property, with an attribute unless `attribute: false`. */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: re-renders on change, no attribute (Lit's `state: true` means `attribute: false`). */
export const state = () => property({ state: true });
