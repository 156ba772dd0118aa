import type { Terms } from './en.js';

/** Spanish strings (natural Latin American Spanish, not word-for-word). */
const es: Terms = {
  // — shared —
  loading: 'Cargando…',
  share: 'Compartir',

  // — <btw-share> —

  // — <btw-signup> —

  // — <btw-recommendation> —
};

export default es;
