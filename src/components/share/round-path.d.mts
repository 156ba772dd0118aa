/** The path `d` rounded to `decimals` places and written short, drawing the same filled shape (see round-path.mjs). */
export function roundPath(d: string, decimals?: number): string;
