// Checks the editor's text as <btw-recommendation> would: JSON syntax first
// (jsonc-parser, which knows where each value starts), then the element's own
// validator. Each problem gets the line of the value it names, so a click can
// move the caret there.
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
  type Segment,
} from 'jsonc-parser';
import {
  DocumentError,
  parseDocument,
  type RecommendationDocument,
} from '../../src/components/recommendation/document.js';

export type Problem = {
  /** The field path, as the element reports it (`locales.es.actions[2].title`); empty for the JSON syntax. */
  path: string;
  message: string;
  /** 1-based line of the value the problem names (or of its closest existing parent). */
  line: number;
  /** Offset of that value in the text. */
  offset: number;
  syntax?: boolean;
};

export type Check = { problems: Problem[]; document?: RecommendationDocument; value?: unknown };

/** jsonc-parser's error codes, in words. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a number JSON allows',
  PropertyNameExpected: 'a field name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon (:) was expected after the field name',
  CommaExpected: 'a comma (,) is missing between two items',
  CloseBraceExpected: 'a closing brace (}) is missing',
  CloseBracketExpected: 'a closing bracket (]) is missing',
  EndOfFileExpected: 'text after the end of the document',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a string is not closed (a double quote is missing)',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'unknown escape after a backslash',
  InvalidCharacter: 'a line break or control character inside a string',
};

/** 1-based line number of an offset. */
export const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Offsets where each line starts. */
export function lineStart(text: string, line: number) {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** `locales.es.actions[2].title` → `['locales', 'es', 'actions', 2, 'title']`. */
export function segments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) out.push(key ?? Number(index));
  return out;
}

/** The node at `path`, or its closest ancestor that exists (a missing field points at its parent). */
function nodeFor(root: Node, path: Segment[]): Node {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return root;
}

/** One `path: message` line of a DocumentError, split. */
function split(problem: string) {
  const at = problem.indexOf(': ');
  const path = problem.slice(0, at);
  return { path: path === 'document' ? '' : path, message: problem.slice(at + 2) };
}

/** A lone UTF-16 surrogate: half of a character such as an emoji (`"\\ud83c"`, or a cut string). */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The paths of the strings in `value` (keys included) that hold a lone surrogate, walked without recursion. */
function loneSurrogates(value: unknown): string[] {
  const found: string[] = [];
  const todo: [unknown, string][] = [[value, '']];
  for (let item; (item = todo.pop());) {
    const [node, path] = item;
    if (typeof node === 'string' && LONE.test(node)) found.push(path);
    if (!node || typeof node !== 'object') continue;
    const entries = Object.entries(node);
    for (const [key, child] of entries.reverse()) {
      const at = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (LONE.test(key)) found.push(at);
      todo.push([child, at]);
    }
  }
  return found;
}

export const LONE_SURROGATE =
  'half of a character (a lone UTF-16 surrogate, such as an emoji cut in two): readers would see � in its place';
export const TOO_DEEP = 'the document is nested too deeply to be checked';

/**
 * Every problem of `text`, each with its line; the document when there is none.
 * Never throws: text that cannot be checked (nested so deeply that the parser
 * runs out of stack) is one problem that says so.
 */
export function check(text: string): Check {
  try {
    return checkText(text);
  } catch {
    return { problems: [{ path: '', message: TOO_DEEP, line: 1, offset: 0, syntax: true }] };
  }
}

function checkText(text: string): Check {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) {
    const found = errors.map(({ error, offset }) => {
      const code = printParseErrorCode(error);
      // A missing comma is reported at the next item: point at the end of the item it should follow.
      const at = code === 'CommaExpected' ? text.slice(0, offset).trimEnd().length : offset;
      return { message: SYNTAX[code] ?? code, offset: at };
    });
    if (!found.length) found.push({ message: 'empty document', offset: 0 });
    return {
      problems: found.map(({ message, offset }) => ({
        path: '',
        message,
        line: lineOf(text, offset),
        offset,
        syntax: true,
      })),
    };
  }
  const value: unknown = JSON.parse(text);
  const at = (path: string, message: string): Problem => {
    const node = nodeFor(root, segments(path));
    return { path, message, line: lineOf(text, node.offset), offset: node.offset };
  };
  const halves = loneSurrogates(value).map((path) => at(path, LONE_SURROGATE));
  try {
    const document = parseDocument(value);
    return halves.length ? { problems: halves, value } : { problems: [], document, value };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    const problems = error.problems.map((line) => {
      const { path, message } = split(line);
      return at(path, message);
    });
    return { problems: [...problems, ...halves], value };
  }
}
