// A model of WordPress's post allowlist (`wp_kses_post`: the tags and attributes
// WordPress keeps in a post written by a user without `unfiltered_html`, which is
// every WordPress.com site below the Business plan), run through sanitize-html.
// Modelled on WordPress 6.x core: its allowed post tags and their attributes, the
// global attributes it adds to each (aria-*, class, data-*, dir, hidden, id, lang,
// role, style, title), its allowed URL protocols, and its inline-CSS filter
// (`safecss_filter_attr`): a fixed list of properties, and no value holding
// `\ ( & } =` or a comment. What is left out: <script>, <style>, <form>, <input>,
// <select>, <svg>, <iframe> and every unknown tag (their text stays, as WordPress
// keeps it). Used by the no-script output's tests (test/site/builder-noscript.test.ts).
import sanitizeHtml from 'sanitize-html';

const none = [];
const align = ['align'];
const cells = ['abbr', 'align', 'axis', 'bgcolor', 'char', 'charoff', 'colspan', 'headers', 'height', 'nowrap', 'rowspan', 'scope', 'valign', 'width'];
const rows = ['align', 'char', 'charoff', 'valign'];

/** Each tag WordPress keeps in a post, with the attributes it keeps on it (besides the global ones). */
export const POST_TAGS = {
  address: none, a: ['href', 'rel', 'rev', 'name', 'target', 'download'], abbr: none, acronym: none,
  area: ['alt', 'coords', 'href', 'nohref', 'shape', 'target'], article: align, aside: align,
  audio: ['autoplay', 'controls', 'loop', 'muted', 'preload', 'src'], b: none, bdo: none, big: none,
  blockquote: ['cite'], br: none, button: ['disabled', 'name', 'type', 'value'], caption: align, cite: none, code: none,
  col: ['align', 'char', 'charoff', 'span', 'valign', 'width'], colgroup: ['align', 'char', 'charoff', 'span', 'valign', 'width'],
  del: ['datetime'], dd: none, dfn: none, details: ['align', 'open'], div: align, dl: none, dt: none, em: none,
  fieldset: none, figure: align, figcaption: align, font: ['color', 'face', 'size'], footer: align,
  h1: align, h2: align, h3: align, h4: align, h5: align, h6: align, header: align, hgroup: align,
  hr: ['align', 'noshade', 'size', 'width'], i: none,
  img: ['alt', 'align', 'border', 'height', 'hspace', 'loading', 'longdesc', 'vspace', 'src', 'usemap', 'width'],
  ins: ['datetime', 'cite'], kbd: none, label: ['for'], legend: align, li: ['align', 'value'], main: align, map: ['name'],
  mark: none, menu: ['type'], nav: align, p: align, pre: ['width'], q: ['cite'], rb: none, rp: none, rt: none, rtc: none,
  ruby: none, s: none, samp: none, span: align, section: align, small: none, strike: none, strong: none, sub: none,
  summary: align, sup: none, table: ['align', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'rules', 'summary', 'width'],
  tbody: rows, td: cells, textarea: ['cols', 'rows', 'disabled', 'name', 'readonly'], tfoot: rows, th: cells, thead: rows,
  title: none, tr: ['align', 'bgcolor', 'char', 'charoff', 'valign'], track: ['default', 'kind', 'label', 'src', 'srclang'],
  tt: none, u: none, ul: ['type'], ol: ['start', 'type', 'reversed'], var: none,
  video: ['autoplay', 'controls', 'height', 'loop', 'muted', 'playsinline', 'poster', 'preload', 'src', 'width'],
};

/** Attributes WordPress adds to every tag of the list. */
export const GLOBAL_ATTRIBUTES = ['aria-*', 'class', 'data-*', 'dir', 'hidden', 'id', 'lang', 'role', 'style', 'title', 'xml:lang'];

/** The URL schemes WordPress keeps in a link. */
export const PROTOCOLS = ['http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'gopher', 'nntp', 'feed', 'telnet',
  'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn'];

/** The inline CSS properties WordPress keeps (6.x); `display`, `box-sizing` and `white-space` are not among them. */
export const SAFE_CSS = [
  'background', 'background-color', 'background-image', 'background-position', 'background-repeat', 'background-size',
  'background-attachment', 'background-blend-mode',
  ...['', '-width', '-color', '-style', '-radius'].map((end) => `border${end}`),
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => ['', '-color', '-style', '-width'].map((end) => `border-${side}${end}`)),
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'border-spacing', 'border-collapse', 'caption-side',
  'columns', 'column-count', 'column-fill', 'column-gap', 'column-rule', 'column-span', 'column-width',
  'color', 'filter', 'font', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'letter-spacing',
  'line-height', 'text-align', 'text-decoration', 'text-indent', 'text-transform',
  'height', 'min-height', 'max-height', 'width', 'min-width', 'max-width',
  ...['', '-top', '-right', '-bottom', '-left', '-block-start', '-block-end', '-inline-start', '-inline-end'].flatMap((end) => [`margin${end}`, `padding${end}`]),
  'flex', 'flex-basis', 'flex-direction', 'flex-flow', 'flex-grow', 'flex-shrink', 'flex-wrap', 'gap', 'row-gap',
  'grid-template-columns', 'grid-auto-columns', 'grid-column-start', 'grid-column-end', 'grid-column-gap', 'grid-template-rows',
  'grid-auto-rows', 'grid-row-start', 'grid-row-end', 'grid-row-gap', 'grid-gap',
  'justify-content', 'justify-items', 'justify-self', 'align-content', 'align-items', 'align-self',
  'clear', 'cursor', 'direction', 'float', 'list-style-type', 'object-fit', 'object-position', 'overflow', 'vertical-align',
  'writing-mode', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'box-shadow', 'aspect-ratio',
];

/** A value WordPress keeps: no backslash, parenthesis, ampersand, closing brace, equals sign or comment. */
const SAFE_VALUE = /^(?![\s\S]*\/\*)[^\\(&}=]*$/;

const OPTIONS = {
  allowedTags: Object.keys(POST_TAGS),
  allowedAttributes: Object.fromEntries([...Object.entries(POST_TAGS), ['*', GLOBAL_ATTRIBUTES]]),
  allowedSchemes: PROTOCOLS,
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'longdesc', 'usemap', 'poster'],
  allowProtocolRelative: true,
  allowedStyles: { '*': Object.fromEntries(SAFE_CSS.map((property) => [property, [SAFE_VALUE]])) },
  // WordPress drops a disallowed tag and keeps its text; <script> and <style> lose their content too.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'noscript'],
};

/** `html` as a WordPress post keeps it. */
export const wpPostSanitize = (html) => sanitizeHtml(html, OPTIONS);
