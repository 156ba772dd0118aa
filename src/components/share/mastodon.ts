// The reader's Mastodon server: what they type, checked as a host name, and
// remembered in localStorage (the host name only, nothing else) only when the
// reader ticks "Remember my server on this device".

export const STORAGE_KEY = 'btw-mastodon-instance';

/**
 * A host name of at most 253 characters: two or more labels of 1-63 letters,
 * digits and inner hyphens; the last one letters only, or an xn-- (punycode) name.
 */
const HOST = /^(?=.{1,253}$)((?!-)[a-z0-9-]{1,63}(?<!-)\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})(?<!-)$/;

/**
 * The host name in what a reader typed, or `undefined` when it is not one.
 * Forgiving about what people paste: `https://mastodon.social/`,
 * `@ana@mastodon.social` and `Mastodon.Social` all give `mastodon.social`;
 * international names are turned into their ASCII (punycode) form. A port,
 * an IP address, `localhost` or a name without a dot is not a server.
 */
export function parseInstance(value: string | null | undefined): string | undefined {
  const text = (value ?? '')
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '') // scheme
    .replace(/^@?[^@/\s]+@/, '') // @user@ of a handle
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
  if (/[\s@:]/.test(text)) return undefined; // a port, or not one name
  let host = '';
  try {
    host = new URL(`https://${text}`).hostname; // lower case, punycode
  } catch {
    // not a host name (nor an empty one)
  }
  return HOST.test(host) ? host : undefined;
}

/** The remembered server, if any (and still a valid host name). */
export function rememberedInstance(): string | undefined {
  try {
    return parseInstance(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame)
  }
}

/** Remembers `host`, or forgets the server (`undefined`). */
export function rememberInstance(host: string | undefined): void {
  try {
    if (host) localStorage.setItem(STORAGE_KEY, host);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the reader types it again next time
  }
}
