// Loaded into every test page after the test framework (see testRunnerHtml in
// web-test-runner.config.mjs).
//
// Why: in Firefox, a real download or a new window takes the keyboard away from the
// browser's pages, and keeps it: every keyboard test in the files that follow then
// fails, far from the file that caused it. So, after each file's last test, a key is
// typed into a field of the page; if it does not arrive, that file fails, by name.
import { sendKeys } from '@web/test-runner-commands';

/** Mocha, as the test framework's module leaves it (the root suite exists before any test file loads). */
declare const mocha: { suite: { afterAll(title: string, hook: () => Promise<void>): void } };

// On the root suite: `after` itself is defined only once the framework starts the file.
mocha.suite.afterAll('the keyboard still reaches the page', async () => {
  const probe = document.createElement('input');
  probe.setAttribute('aria-label', 'keyboard probe');
  document.body.append(probe);
  probe.focus();
  await sendKeys({ type: 'k' });
  const arrived = probe.value === 'k';
  probe.remove();
  if (!arrived)
    throw new Error(
      'Keys typed into this page no longer arrive: a test in this file took the keyboard away (in Firefox, a real download or a new window does). Leave the browser as you found it: record the action instead of following it.',
    );
});
