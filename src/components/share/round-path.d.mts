/** The path `d` with every coordinate rounded to `decimals` places (see round-path.mjs). */
export function roundPath(d: string, decimals?: number): string;
