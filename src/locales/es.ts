import type { Terms } from './en.js';

/** Spanish strings (natural Latin American Spanish, not word-for-word). */
const es: Terms = {
  // — shared —
  loading: 'Cargando…',
  share: 'Compartir',

  // — <btw-share> —

  // — <btw-signup> —

  // — <btw-recommendation> —
  recActions: 'Acciones recomendadas',
  recShowAll: (count: number) => `Mostrar las ${count} acciones`,
  recShowFewer: 'Mostrar menos acciones',
  recReadFull: 'Lee la recomendación completa',
  recUpdated: 'Actualizado el',
  recQuotes: 'Comparte estas historias',
  recLinks: 'Para saber más',
  recLinkArticle: 'Lee el artículo',
  recLinkPodcast: 'Escucha el pódcast',
  recLinkCommentary: 'Lee el análisis',
  recLinkData: 'Consulta los datos',
  recLinkVideo: 'Mira el video',
  recLinkMore: 'Conoce más',
  recLinkCampaign: 'Únete a la campaña',
  recErrorLoad: 'No pudimos cargar esta recomendación. Revisa tu conexión e inténtalo de nuevo.',
  recErrorInvalid: 'No podemos mostrar esta recomendación aquí.',
  recErrorLink: 'Léela en el sitio de la campaña',
  recRetry: 'Reintentar',
};

export default es;
