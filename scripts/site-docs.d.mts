export function docFiles(): string[];
export function apiTables(manifest: unknown, tag: string): string;
export function renderDoc(file: string, manifest: unknown): string;
export function docForPage(page: string): string;
export function readManifest(dir?: string): unknown;
export const PENDING: string[];
export const SPANISH: string;
export function counterpart(file: string): string | undefined;
