// Runs the files in test/harness/fixtures/ with the suite's own settings. Each of
// them must fail in a known way; test/harness/check.mjs reads what this prints.
import config from '../../web-test-runner.config.mjs';
import { countReporter } from '../count-reporter.mjs';

/** One `harness-session {json}` line per file and browser: its errors and tests. */
function sessionsReporter() {
  const tests = (suite, path = []) => [
    ...(suite?.tests ?? []).map((test) => ({
      name: [...path, test.name].join(' › '),
      passed: test.passed,
      error: test.error?.message,
    })),
    ...(suite?.suites ?? []).flatMap((child) => tests(child, [...path, child.name])),
  ];
  return {
    stop({ sessions }) {
      for (const session of sessions) {
        const line = {
          file: session.testFile,
          browser: session.browser.name,
          errors: (session.errors ?? []).map((error) => error.message),
          logs: (session.logs ?? []).flat().map(String),
          tests: tests(session.testResults),
        };
        console.log(`harness-session ${JSON.stringify(line)}`);
      }
    },
  };
}

export default {
  ...config,
  groups: [],
  files: ['test/harness/fixtures/*.fixture.ts'],
  // A stalled file never reports, however long it is given; these report in a second
  // or two (10 s for the whole check, browsers included, on a quiet machine). The
  // slack is for a machine under heavy load, where Firefox once needed over 10 s.
  testsFinishTimeout: 30_000,
  reporters: [sessionsReporter(), countReporter()],
};
