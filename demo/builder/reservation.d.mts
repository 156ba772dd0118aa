export const RESERVATION_CSS: string;
export function escapeHtml(text: string): string;
export function fallbackHtml(fallback: {
  heading: string;
  items: { name: string; href?: string; external?: boolean }[];
}): string;
