// Loaded into every test page right after the test framework (see testRunnerHtml
// in web-test-runner.config.mjs).
//
// Why: a failed test's error travels to Node with its `actual` and `expected`
// values. The runner copies the whole message with `structuredClone` first, which
// throws on a DOM node, a function or a symbol. The message is then never sent, and
// the runner waits out its whole time limit for the file and loses all its results
// (`expect(el).to.equal(null)` stalled a file for 5 minutes). Mocha itself turns the
// two values into text only when they have the same type, so an element compared
// with null, undefined or a string slips through.
//
// What: on each failure, a value that cannot be cloned is replaced by a short
// readable description (`<button class="copy">`), so the test is reported by name.

const MAX_LENGTH = 200;

function canClone(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function shorten(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

/** A node as a reader of the failure would want it: the element's opening tag, a text's content. */
function describeNode(node: Node): string {
  if (node instanceof Element) {
    const open = node.outerHTML.slice(0, node.outerHTML.indexOf('>') + 1);
    return shorten(open || `<${node.localName}>`);
  }
  if (node.nodeType === Node.TEXT_NODE) return shorten(`#text ${JSON.stringify(node.textContent)}`);
  return node.nodeName;
}

export function describeValue(value: unknown): string {
  if (value instanceof Node) return describeNode(value);
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return value.toString();
  try {
    const text = JSON.stringify(value, (_key, inner: unknown) =>
      inner instanceof Node || typeof inner === 'function' || typeof inner === 'symbol' ? describeValue(inner) : inner,
    );
    if (text !== undefined) return shorten(text);
  } catch {
    // Cyclic or otherwise unprintable: fall through to its type.
  }
  return Object.prototype.toString.call(value);
}

/** Replaces `actual` and `expected` that cannot cross to Node by their descriptions. */
export function makeSerialisable(error: unknown): void {
  if (!error || typeof error !== 'object') return;
  const fields = error as Record<string, unknown>;
  for (const key of ['actual', 'expected']) {
    if (key in fields && !canClone(fields[key])) fields[key] = describeValue(fields[key]);
  }
}

// The framework has defined `mocha` and is waiting for the test module to load;
// it calls `mocha.run()` after that, so the wrapper is in place in time.
const run = mocha.run.bind(mocha);
mocha.run = (done) => {
  const runner = run(done);
  runner.on('fail', (_test, error) => makeSerialisable(error));
  return runner;
};
