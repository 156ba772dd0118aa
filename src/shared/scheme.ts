// A page that is dark without saying so. Most blog themes paint a dark
// background and light text but declare no `color-scheme`, so `light-dark()`
// picks the light palette: our accent on their #111 is 2.4:1. When the page
// declares nothing, an element whose inherited text is light takes the dark
// palette (a `dark` custom state: `:host(:state(dark))` sets `color-scheme: dark`),
// and follows the page when it turns dark or light later (followPageScheme).

/** The relative luminance (WCAG 2) of a computed colour, or none when it cannot be read. */
export function luminanceOf(color: string): number | undefined {
  const [space = '', ...rest] = color.split(/[(),\s/]+/);
  const values = rest
    .filter((value) => /^[\d.]/.test(value))
    .map((value) => parseFloat(value) / (value.endsWith('%') ? 100 : 1));
  // oklab()/oklch() and lab()/lch() lead with their lightness (0–1, 0–100): close enough to tell light from dark.
  if (/^ok/.test(space)) return values[0]! ** 3;
  if (/^l/.test(space)) return (values[0]! / 100) ** 3;
  const srgb = space === 'color' ? values.slice(0, 3) : values.slice(0, 3).map((value) => value / 255);
  if (srgb.length < 3 || srgb.some(isNaN)) return undefined;
  const [r, g, b] = srgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Whether `el` sits on a dark page that declares no `color-scheme`: its
 * inherited text is light, nearer white than black (luminance above 0.18,
 * where both contrast the same).
 */
export function onUndeclaredDarkPage(el: Element): boolean {
  const style = getComputedStyle(el);
  if (style.colorScheme !== 'normal') return false;
  const luminance = luminanceOf(style.color);
  return luminance !== undefined && luminance > 0.18;
}

/** What each connected element does when the page may have changed its colours. */
const followers = new Set<() => void>();

const recheck = () => followers.forEach((follower) => follower());
let watching = false;

/**
 * Calls `follower` whenever the page may have turned dark or light without saying
 * so: a theme switch, which changes a class or an attribute of `<html>` or
 * `<body>`; the end of the colour transition such a switch may start (until then
 * the text keeps its old colour); the reader's system turning dark, which a
 * theme's `prefers-color-scheme` media query follows. One observer and two
 * listeners for the whole page, set up when the first element connects.
 * Returns what stops it (when the element leaves the page).
 */
export function followPageScheme(follower: () => void): () => void {
  if (!watching) {
    watching = true;
    const observer = new MutationObserver(recheck);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    document.addEventListener('transitionend', (event) => {
      const target = event.target as Element;
      if (event.propertyName === 'color' && (target === document.body || target === document.documentElement))
        recheck();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recheck);
  }
  followers.add(follower);
  return () => followers.delete(follower);
}
