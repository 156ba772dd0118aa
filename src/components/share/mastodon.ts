// The reader's Mastodon server: what they type, checked as a host name, and
// remembered in localStorage (the host name only, nothing else).

export const STORAGE_KEY = 'btw-mastodon-instance';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The host name in what a reader typed, or `undefined` when it is not one.
 * Forgiving about what people paste: `https://mastodon.social/`,
 * `@ana@mastodon.social` and `Mastodon.Social` all give `mastodon.social`;
 * international names are turned into their ASCII (punycode) form. A port,
 * an IP address, `localhost` or a name without a dot is not a server.
 */
export function parseInstance(value: string | null | undefined): string | undefined {
  let text = (value ?? '').trim();
  if (!text) return undefined;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''); // scheme
  text = text.replace(/^@?[^@/\s]+@/, ''); // @user@ of a handle
  text = text.replace(/[/?#].*$/, '').replace(/\.$/, '');
  if (!text || /[\s@:]/.test(text)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${text}`).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  const valid =
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1]);
  return valid ? host : undefined;
}

/** The remembered server, if any (and still a valid host name). */
export function rememberedInstance(): string | undefined {
  try {
    return parseInstance(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame)
  }
}

export function rememberInstance(host: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, host);
  } catch {
    // storage blocked: the reader types it again next time
  }
}
