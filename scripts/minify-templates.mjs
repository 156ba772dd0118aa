// Minifies the text of Lit `html`, `svg` and `css` templates in our sources, which
// the JS minifier keeps byte for byte: runs of whitespace become one space (HTML and
// CSS render them alike), and `css` templates also lose comments and the spaces
// around punctuation. A small scanner skips strings, comments, regular expressions
// and the `${…}` expressions inside templates (nested templates included).

/** Plain CSS (no `${…}`): comments and needless spaces out. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

const TAGGED = /\b(html|svg|css)\s*$/;
// A `/` after these starts a regular expression, not a division.
const BEFORE_REGEX = /(^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase)\s*$/;

export function minifyTemplates(code) {
  let i = 0;
  const n = code.length;

  const skipQuoted = (quote) => {
    let j = i + 1;
    while (j < n && code[j] !== quote) j += code[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  const skipRegex = () => {
    let j = i + 1;
    let inClass = false;
    while (j < n && (inClass || code[j] !== '/')) {
      if (code[j] === '\\') j++;
      else if (code[j] === '[') inClass = true;
      else if (code[j] === ']') inClass = false;
      j++;
    }
    j++;
    while (j < n && /[a-z]/i.test(code[j])) j++;
    return j;
  };

  function parseCode(insideExpression) {
    let out = '';
    let depth = 0;
    while (i < n) {
      const c = code[i];
      const next = code[i + 1];
      let end = -1;
      if (c === '}' && insideExpression && depth === 0) return out;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (c === '"' || c === "'") end = skipQuoted(c);
      else if (c === '/' && next === '/') end = code.indexOf('\n', i) < 0 ? n : code.indexOf('\n', i);
      else if (c === '/' && next === '*') end = code.indexOf('*/', i + 2) + 2;
      else if (c === '/' && BEFORE_REGEX.test(out.slice(-12))) end = skipRegex();
      if (end > i) {
        out += code.slice(i, end);
        i = end;
      } else if (c === '`') {
        const tag = TAGGED.exec(out)?.[1];
        out += parseTemplate(tag);
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  function parseTemplate(tag) {
    let out = '`';
    let text = '';
    let plain = true;
    const flush = () => {
      out += tag ? text.replace(/\s+/g, ' ') : text;
      text = '';
    };
    i++;
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        if (tag === 'css' && plain) return `\`${minifyCss(text)}\``;
        flush();
        return `${out}\``;
      } else if (c === '$' && code[i + 1] === '{') {
        plain = false;
        flush();
        i += 2;
        out += `\${${parseCode(true)}}`;
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  }

  return parseCode(false);
}

/** Vite/Rolldown plugin: applies it to our TypeScript sources when building. */
export function minifyTemplatesPlugin() {
  return {
    name: 'btw-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      // No source map of our own (no magic-string here): positions in these files
      // are approximate in dist/btw.js.map after a multi-line template.
      return { code: minifyTemplates(code), map: null };
    },
  };
}
