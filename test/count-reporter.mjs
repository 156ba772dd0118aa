// Prints the run's real counts as the last line, `tests: N passed, N failed`
// (`, N skipped` when any were skipped). A test file that failed to load counts
// as one failed test, so a broken file never vanishes from the total.
//
// The count check: each test file, in each browser, must run at least as many
// tests as it holds `it(` calls (a loop may run one call many times; nothing may
// run it zero times). A file that ran fewer is named on a `count check:` line and
// the process exits non-zero, though the count line stays the runner's own.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const IT_CALL = /(?<![\w.$])it(?:\.only|\.skip)?\(/g;

/** How many `it(` calls a test file holds. */
export function testsHeld(file) {
  try {
    return readFileSync(file, 'utf8').match(IT_CALL)?.length ?? 0;
  } catch {
    return 0;
  }
}

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/** Sessions (one file in one browser) that ran fewer tests than the file holds. */
export function shortfalls(sessions) {
  const short = [];
  for (const session of sessions) {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    count(session.testResults, totals);
    const ran = totals.passed + totals.failed + totals.skipped;
    const held = testsHeld(session.testFile);
    if (ran < held) {
      short.push({ file: relative(process.cwd(), session.testFile), browser: session.browser?.name ?? '?', ran, held });
    }
  }
  return short;
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
      for (const { file, browser, ran, held } of short) {
        console.log(`count check: ${file} ran ${ran} of its ${held} tests in ${browser}`);
      }
      if (short.length) {
        console.log(`count check: FAILED, ${short.length} test file run(s) ran fewer tests than they hold (.only, a skipped describe, a test registered in a branch that never runs?)`);
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
