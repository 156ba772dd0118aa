/**
 * The build's stand-in for TypeScript's `__decorate` helper (see
 * `scripts/decorate-helper.mjs`). The kit's decorators (`decorators.ts`) only
 * decorate plain fields: each gets the prototype and the field's name and
 * returns nothing, so there is no descriptor to pass on or define. Applied last
 * to first, as TypeScript does.
 */
export default function decorate(
  decorators: ReadonlyArray<(proto: object, name: PropertyKey) => void>,
  proto: object,
  name: PropertyKey,
): void {
  for (let i = decorators.length; i--; ) decorators[i]!(proto, name);
}
