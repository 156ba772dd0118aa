// Prints the run's real counts as the last line, `tests: N passed, N failed`
// (`, N skipped` when any were skipped). A test file that failed to load counts
// as one failed test, so a broken file never vanishes from the total.
//
// The count check, from the runner's own results (each file's tree of suites and
// tests, as Mocha registered them): in each browser, every test the file registered
// must have run (passed or failed; a failed `before` hook or a stalled page leaves
// tests that never ran), a file must register at least one test, every `describe`
// must hold one (a loop over an empty list registers none), and a file must register
// the same tests in every browser it ran in (a test registered on a condition that
// differs between browsers). A file that breaks a rule is named on a `count check:`
// line and the process exits non-zero, though the count line stays the runner's own.
//
// `orphans()` lists the *.test.ts files that no group of the config runs.
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import picomatch from 'picomatch';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/** Every registered test of a results tree: its full name, and whether it ran. */
function registered(suite, path = []) {
  return [
    ...(suite?.tests ?? []).map((test) => ({
      name: [...path, test.name].join(' › '),
      ran: test.passed || !!test.error,
    })),
    ...(suite?.suites ?? []).flatMap((child) => registered(child, [...path, child.name])),
  ];
}

/** Names of the `describe` blocks that hold no test at any depth. */
function emptySuites(suite, path = []) {
  return (suite?.suites ?? []).flatMap((child) => {
    const name = [...path, child.name];
    return registered(child).length === 0 ? [name.join(' › ')] : emptySuites(child, name);
  });
}

/**
 * The problems the count check finds in `sessions` (one file in one browser each),
 * as `{ file, browser, problem }`. A session that failed to load is the runner's
 * own failure and is not repeated here.
 */
export function shortfalls(sessions) {
  const found = [];
  const byFile = new Map();
  for (const session of sessions) {
    const file = relative(process.cwd(), session.testFile);
    const browser = session.browser?.name ?? '?';
    const add = (problem) => found.push({ file, browser, problem });
    if (!session.testResults) continue;
    const tests = registered(session.testResults);
    const notRun = tests.filter((test) => !test.ran);
    if (tests.length === 0) add('registers no test');
    if (notRun.length)
      add(
        `ran ${tests.length - notRun.length} of its ${tests.length} registered tests (never ran: ${notRun.map((t) => t.name).join('; ')})`,
      );
    for (const name of emptySuites(session.testResults)) add(`describe "${name}" registers no test`);
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push({
      browser,
      names: tests
        .map((test) => test.name)
        .sort()
        .join('\n'),
    });
  }
  for (const [file, runs] of byFile) {
    const [first, ...others] = runs;
    for (const other of others) {
      if (other.names !== first.names) {
        found.push({ file, browser: other.browser, problem: `registers other tests than in ${first.browser}` });
      }
    }
  }
  return found;
}

/** The *.test.ts files under `roots` that none of the groups' file patterns match. */
export function orphans(groups, roots = ['src', 'test', 'demo', 'scripts']) {
  const matchers = groups.map(({ files }) => {
    const include = files.filter((pattern) => !pattern.startsWith('!')).map((pattern) => picomatch(pattern));
    const exclude = files.filter((pattern) => pattern.startsWith('!')).map((pattern) => picomatch(pattern.slice(1)));
    return (file) => include.some((match) => match(file)) && !exclude.some((match) => match(file));
  });
  const files = roots.flatMap((root) => {
    try {
      return readdirSync(root, { recursive: true }).map((file) => `${root}/${String(file)}`);
    } catch {
      return [];
    }
  });
  return files.filter(
    (file) => /\.test\.ts$/.test(file) && !file.includes('node_modules/') && !matchers.some((match) => match(file)),
  );
}

/**
 * One naming scheme: `<element or topic>-<what it covers>.test.ts`, `.chromium.test.ts`
 * for the Chromium-only group.
 */
export const TEST_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.chromium)?\.test\.ts$/;

/** The *.test.ts files under `roots` whose name does not follow TEST_FILE_NAME. */
export function misnamed(roots = ['src', 'test', 'demo', 'scripts']) {
  const files = roots.flatMap((root) => {
    try {
      return readdirSync(root, { recursive: true }).map((file) => `${root}/${String(file)}`);
    } catch {
      return [];
    }
  });
  return files.filter(
    (file) =>
      /\.test\.ts$/.test(file) && !file.includes('node_modules/') && !TEST_FILE_NAME.test(file.split('/').pop()),
  );
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if (!session.passed && (ran === 0 || session.errors?.length)) totals.failed++;
      }
      const short = shortfalls(sessions);
      for (const { file, browser, problem } of short) console.log(`count check: ${file} in ${browser}: ${problem}`);
      if (short.length) {
        console.log(`count check: FAILED, ${short.length} problem(s) in the tests the files registered and ran`);
        // The runner exits with its own verdict; this keeps a short run from passing.
        process.on('exit', () => {
          process.exitCode = 1;
        });
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
