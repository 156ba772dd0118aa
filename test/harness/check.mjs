#!/usr/bin/env node
// Checks the test harness itself, from Node: runs web-test-runner on the files in
// test/harness/fixtures/ (each must fail in a known way) and asserts, in every
// browser the suite uses, that
//   - a failing assertion on a DOM element names its test (within the fixture
//     run's 30 s limit per file; a stalled file would never report) and the
//     file's other tests still report;
//   - `it.only` fails its file instead of dropping the other tests;
//   - the count check names a file that ran fewer tests than it registered, and a
//     describe that registered none;
//   - a file that took the keyboard away from the page fails by name, and one that
//     did not passes (test/harness/keyboard-kept.ts);
//   - every *.test.ts belongs to a group (the config refuses to start otherwise).
// Takes a few seconds; .ci/run runs it before the suite.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

// The whole run; a stalled runner is killed, never waited for (a loaded 2-core machine needs minutes).
const LIMIT_MS = 300_000;
const EXPECTED_BROWSERS = process.env.BTW_BROWSERS === 'chromium' ? 1 : 2;

function runFixtures() {
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', '--config', 'test/harness/fixtures.config.mjs'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(harness check: the fixture run did not end within ${LIMIT_MS / 1000} s and was stopped)\n`;
      process.kill(-child.pid, 'SIGKILL');
    }, LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const started = Date.now();
const { code, output } = await runFixtures();
// A line may start with the progress bar's cursor codes.
const sessions = [...output.matchAll(/harness-session (\{.*\})$/gm)].map((match) => JSON.parse(match[1]));
const file = (session) => relative(process.cwd(), session.file);
const of = (name) => sessions.filter((session) => file(session) === `test/harness/fixtures/${name}`);

const problems = [];
const expect = (ok, message) => ok || problems.push(message);

expect(code !== 0, 'the fixture run passed, but every fixture must fail');
const browsers = new Set(sessions.map((session) => session.browser));
expect(browsers.size === EXPECTED_BROWSERS, `results came from ${browsers.size} browser(s), not ${EXPECTED_BROWSERS}`);

for (const browser of browsers) {
  const [dom] = of('dom-failure.fixture.ts').filter((session) => session.browser === browser);
  const failing = dom?.tests.find((test) => test.name === 'names this test when an element is compared with null');
  expect(
    failing && !failing.passed && /to equal null/.test(failing.error ?? ''),
    `${browser}: the failing element assertion was not reported by name (${JSON.stringify(dom?.errors ?? 'no result')})`,
  );
  expect(
    dom?.tests.find((test) => test.name === 'still reports the tests after it')?.passed,
    `${browser}: the test after the failing element assertion did not report`,
  );

  const [only] = of('only.fixture.ts').filter((session) => session.browser === browser);
  expect(
    only && only.errors.length > 0 && only.logs.some((log) => log.includes('.only` forbidden')),
    `${browser}: it.only did not fail its file`,
  );

  const KEYS_GONE = 'Keys typed into this page no longer arrive';
  const [taken] = of('keys-taken.fixture.ts').filter((session) => session.browser === browser);
  expect(
    taken?.errors.some((error) => error.includes(KEYS_GONE)),
    `${browser}: a file that took the keyboard away was not failed (${JSON.stringify(taken?.errors ?? 'no result')})`,
  );
  expect(
    dom && !dom.errors.some((error) => error.includes(KEYS_GONE)),
    `${browser}: the keyboard check failed a file that left the keyboard alone`,
  );

  const short = `count check: test/harness/fixtures/shortfall.fixture.ts in ${browser}:`;
  expect(
    output.includes(`${short} ran 1 of its 2 registered tests`),
    `${browser}: the count check did not name the file that ran 1 of its 2 registered tests`,
  );
  expect(
    output.includes(`${short} describe "a loop over an empty list" registers no test`),
    `${browser}: the count check did not name the describe that registers no test`,
  );
}

// An orphan: a test file where no group looks (src/shared/) must stop the runner's config.
const ORPHAN = 'src/shared/orphan-probe.test.ts';
writeFileSync(ORPHAN, "it('is never run', () => {});\n");
try {
  const load = spawnSync(process.execPath, ['-e', "import('./web-test-runner.config.mjs')"], { encoding: 'utf8' });
  expect(load.status !== 0 && load.stderr.includes(ORPHAN), `the config accepted ${ORPHAN}, which no group runs`);
} finally {
  rmSync(ORPHAN, { force: true });
}

// A test file named outside the one scheme (`share.topic.test.ts`) must stop the runner's config too.
const MISNAMED = 'src/components/share/share.misnamed-probe.test.ts';
writeFileSync(MISNAMED, "it('is named outside the scheme', () => {});\n");
try {
  const load = spawnSync(process.execPath, ['-e', "import('./web-test-runner.config.mjs')"], { encoding: 'utf8' });
  expect(
    load.status !== 0 && load.stderr.includes(MISNAMED),
    `the config accepted ${MISNAMED}, named outside the scheme`,
  );
} finally {
  rmSync(MISNAMED, { force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.log(output);
  console.log(`harness check: FAILED (${seconds} s)`);
  for (const problem of problems) console.log(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `harness check: ok in ${[...browsers].join(' and ')} (${seconds} s): an element assertion names its test, .only fails its file, a file that takes the keyboard fails, the count check names a short file and an empty describe, an orphan or misnamed test file stops the run`,
);
