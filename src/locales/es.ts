import type { Terms } from './en.js';

/** Spanish strings (natural Latin American Spanish, not word-for-word). */
const es: Terms = {
  // — shared —
  loading: 'Cargando…',
  share: 'Compartir',

  // — <btw-share> —
  shareOn: (network: string) => `Compartir en ${network}`,
  shareByEmail: 'Compartir por correo',
  shareNative: 'Compartir…',
  shareEmail: 'Correo',
  shareCopyLink: 'Copiar enlace',
  shareLinkCopied: 'Enlace copiado',
  shareCopyField: 'Enlace para copiar',
  shareCopyRefused: 'Tu navegador no nos dejó copiar. El enlace está seleccionado: cópialo desde el campo.',
  shareMastodonServer: 'Tu servidor de Mastodon',
  shareMastodonHint: 'Por ejemplo: mastodon.social',
  shareMastodonInvalid: 'Escribe el nombre de un servidor, como mastodon.social.',
  shareCancel: 'Cancelar',

  // — <btw-signup> —

  // — <btw-recommendation> —
};

export default es;
