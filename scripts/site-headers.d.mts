// Types for scripts/site-headers.mjs (the site's `_headers` rules), for the tests that read them.
export const SITE_HEADERS: string;
export type HeaderRule = { pattern: string; headers: Record<string, string> };
export function parseHeaders(text: string): HeaderRule[];
export function matches(pattern: string, path: string): boolean;
export function headersFor(rules: HeaderRule[], path: string): Record<string, string>;
