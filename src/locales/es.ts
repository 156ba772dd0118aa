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
  shareCopyRefused: 'Tu navegador no permitió copiar el enlace. Está seleccionado: cópialo desde el campo.',
  shareMastodonServer: 'Tu servidor de Mastodon',
  shareMastodonHint: 'Por ejemplo: mastodon.social',
  shareMastodonInvalid: 'Escribe el nombre de un servidor, como mastodon.social.',
  shareMastodonRemember: 'Recordar mi servidor en este dispositivo',
  shareMastodonForget: 'Olvidar mi servidor',
  shareMastodonForgotten: 'Servidor olvidado.',
  shareMastodonSharePage: '¿No sabes cuál es tu servidor? Elígelo en la página para compartir de Mastodon',
  shareCancel: 'Cancelar',
  shareNewTab: 'Se abre en una pestaña nueva',

  // — <btw-signup> —
  signupHeading: 'Suscríbete a nuestro boletín',
  signupDescription: 'Mantente al tanto',
  signupEmail: 'Correo electrónico',
  signupGivenName: 'Nombre',
  signupFamilyName: 'Apellidos',
  signupPostalCode: 'Código postal',
  signupCountry: 'País',
  signupOptional: '(opcional)',
  signupConsent: 'Acepto recibir correos de esta campaña.',
  signupPrivacy: 'Política de privacidad',
  signupNewTab: '(se abre en una pestaña nueva)',
  signupSubmit: 'Suscribirme',
  signupSending: 'Enviando…',
  signupRetrying: 'Seguimos intentando enviar tus datos…',
  signupSuccess: '¡Gracias por suscribirte!',
  signupConfirm: 'Revisa tu correo para confirmar tu suscripción.',
  signupHoneypot: 'Deja este campo vacío',
  signupEmailMissing: 'Escribe tu correo electrónico.',
  signupEmailInvalid: 'Escribe un correo válido (por ejemplo, nombre@example.org).',
  signupConsentMissing: 'Marca la casilla para aceptar que te enviemos correos.',
  signupFixFields: (n: number) => (n === 1 ? 'Hay un campo por revisar.' : `Hay ${n} campos por revisar.`),
  signupErrorInvalid: 'El servicio de suscripción no aceptó estos datos. Revísalos e inténtalo de nuevo.',
  signupErrorRateLimited: 'Hay demasiadas suscripciones en este momento. Espera un minuto e inténtalo de nuevo.',
  signupErrorNetwork:
    'No pudimos conectarnos con el servicio de suscripción. Tus datos siguen aquí: revisa tu conexión e inténtalo de nuevo.',
  signupErrorServer:
    'El servicio de suscripción tiene problemas. Tus datos siguen aquí: inténtalo de nuevo en unos minutos.',
  signupErrorBlocked:
    'Tu navegador o una extensión bloqueó la suscripción. Desactiva el bloqueo en este sitio o prueba con otro navegador.',
  signupConfigError: 'Este formulario de suscripción todavía no está bien configurado.',
  signupOfflinePending: 'No tienes conexión. Enviaremos tu suscripción en cuanto vuelvas a conectarte.',
  signupCancel: 'Cancelar',
  signupCancelled: 'No se envió. Tus datos siguen aquí.',

  // — <btw-recommendation> —
  recActions: 'Acciones recomendadas',
  recShowAll: (count: number) => `Mostrar las ${count} acciones`,
  recShowFewer: 'Mostrar menos acciones',
  recReadFull: 'Lee la recomendación completa',
  recUpdated: 'Última actualización:',
  recQuotes: 'Comparte estas historias',
  recLinks: 'Para saber más',
  recRelated: 'Más recomendaciones',
  recLink: (kind) =>
    ({
      article: 'Lee el artículo',
      podcast: 'Escucha el pódcast',
      commentary: 'Lee el análisis',
      data: 'Consulta los datos',
      video: 'Mira el video',
      more: 'Más información',
      campaign: 'Únete a la campaña',
    })[kind],
  recErrorLoad: 'No pudimos cargar esta recomendación. Revisa tu conexión e inténtalo de nuevo.',
  recErrorInvalid: 'No podemos mostrar esta recomendación aquí.',
  recErrorLink: 'Léela en el sitio de la campaña',
  recRetry: 'Intentar de nuevo',
  recLoaded: 'Recomendación cargada',
  recShareQuote: (start) => `Compartir la frase «${start}»`,
};

export default es;
