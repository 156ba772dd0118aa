export interface SafeUrlOptions {
  /** The element and the field the value came from, for the warning. */
  element: string;
  field: string;
  /** Also allow `mailto:` (only where the docs say so). */
  mailto?: boolean;
  /** What a relative URL is resolved against: the page, unless given. */
  base?: string;
}

const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

/**
 * The only way a URL reaches `href` or `src`: returns the absolute URL when its
 * scheme is `http:` or `https:` (or `mailto:` when allowed), else `undefined`
 * with a `console.warn` naming the element and the field. Relative URLs are
 * resolved against `base` (the page); an empty value is "not set", not an error.
 */
export function safeUrl(
  value: string | null | undefined,
  { element, field, mailto = false, base = document.baseURI }: SafeUrlOptions,
): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text, base);
  } catch {
    // malformed: reported below
  }
  // An http(s) URL always has a host here: the parser rejects `https://` and `https:`.
  if (url && ['http:', 'https:', mailto && 'mailto:'].includes(url.protocol)) return url.href;
  const schemes = mailto ? 'http:, https: or mailto:' : 'http: or https:';
  console.warn(
    `<${element}>: ignored ${field} "${shorten(value!)}": ${url ? `only ${schemes} URLs are allowed` : 'not a valid URL'}.`,
  );
  return undefined;
}
