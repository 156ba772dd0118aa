// The validator's and the JSON parser's messages in Spanish, for the studio's
// Spanish interface. The element itself reports in English (to the console);
// these follow its message shapes (validate.ts, document.ts, problems.ts), and
// an unknown message is shown as it is.

const EXPECTED: [RegExp, string][] = [
  [/^a non-empty string$/, 'un texto no vacío'],
  [/^a string$/, 'un texto'],
  [/^an object$/, 'un objeto'],
  [/^an array$/, 'una lista'],
  [/^at least 1 items?$/, 'al menos 1 elemento'],
  [/^at least (\d+) items?$/, 'al menos $1 elementos'],
  [/^a date \(YYYY-MM-DD\)$/, 'una fecha (AAAA-MM-DD)'],
  [/^one of (.+)$/, 'uno de estos valores ($1)'],
];

const FOUND: [RegExp, string][] = [
  [/^an object$/, 'un objeto'],
  [/^an array of 1 items?$/, 'una lista de 1 elemento'],
  [/^an array of (\d+) items$/, 'una lista de $1 elementos'],
  [/^nothing$/, 'nada'],
];

const SYNTAX: Record<string, string> = {
  'unexpected character': 'carácter inesperado',
  'not a number JSON allows': 'un número que JSON no admite',
  'a field name in double quotes was expected': 'se esperaba un nombre de campo entre comillas dobles',
  'a value was expected': 'se esperaba un valor',
  'a colon (:) was expected after the field name': 'faltan los dos puntos (:) después del nombre del campo',
  'a comma (,) is missing between two items': 'falta una coma (,) entre dos elementos',
  'a closing brace (}) is missing': 'falta una llave de cierre (})',
  'a closing bracket (]) is missing': 'falta un corchete de cierre (])',
  'text after the end of the document': 'hay texto después del final del documento',
  'JSON does not allow comments': 'JSON no admite comentarios',
  'a string is not closed (a double quote is missing)': 'un texto no está cerrado (falta una comilla doble)',
  'a number is cut short': 'un número está incompleto',
  'a \\u escape needs four hexadecimal digits': 'una secuencia de escape \\u necesita cuatro dígitos hexadecimales',
  'unknown escape after a backslash': 'secuencia de escape desconocida después de una barra invertida',
  'a line break or control character inside a string': 'un salto de línea o un carácter de control dentro de un texto',
  'empty document': 'documento vacío',
  'the document is nested too deeply to be checked':
    'el documento tiene demasiados niveles anidados para poder revisarlo',
  'half of a character (a lone UTF-16 surrogate, such as an emoji cut in two): readers would see � in its place':
    'medio carácter (un sustituto UTF-16 suelto, como un emoji cortado en dos): los lectores verían � en su lugar',
  'required in the default locale': 'obligatorio en el idioma predeterminado',
  'expected a recommendation document (a JSON object)': 'se esperaba un documento de recomendación (un objeto JSON)',
};

const translate = (text: string, table: [RegExp, string][]) => {
  for (const [pattern, spanish] of table) if (pattern.test(text)) return text.replace(pattern, spanish);
  return text;
};

/** A problem's message in Spanish, when its shape is known. */
export function spanish(message: string): string {
  if (SYNTAX[message]) return SYNTAX[message];
  const expected = /^expected (.+), found (.+)$/.exec(message);
  if (expected) {
    const found = translate(expected[2], FOUND);
    return found === 'nada'
      ? `se esperaba ${translate(expected[1], EXPECTED)}, pero no se encontró nada`
      : `se esperaba ${translate(expected[1], EXPECTED)}, pero se encontró ${found}`;
  }
  const locale = /^no locale (".*") in locales$/.exec(message);
  if (locale) return `no hay ningún idioma ${locale[1]} en locales`;
  if (message.startsWith('missing;') || message.startsWith('unsupported schemaVersion')) {
    return `${message.startsWith('missing') ? 'falta' : message.split(';')[0].replace('unsupported schemaVersion', 'schemaVersion no admitido:')}; esta versión de <btw-recommendation> lee "schemaVersion": 1`;
  }
  return message;
}
