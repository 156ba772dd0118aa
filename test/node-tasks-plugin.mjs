// Test-runner commands that run Node-side checks for the browser tests in
// test/package/ (the tasks of test/package/tasks.mjs: the packed package, installed
// and used as its users do), screenshots saved as test artifacts, and which
// committed files point outside the repository (test/site), and what a WordPress
// post keeps of some HTML (the no-script output's tests).
import { mkdirSync } from 'node:fs';
import { outsideReferences } from '../scripts/check-references.mjs';
import { runTask } from './package/run-task.mjs';
import { wpPostSanitize } from './site/wp-post-allowlist.mjs';
import { devPages, stopDev } from './site/dev-docs.mjs';
import { startKitHosting, stopKitHosting } from './site/kit-hosting.mjs';

/** Saves a screenshot of the test page as test-results/<browser>-<name>.png, a test artifact. */
async function screenshot(session, name) {
  const page = session.browser.getPage(session.id);
  const browser = session.browser.name.toLowerCase().replace(/\W+/g, '');
  mkdirSync('test-results', { recursive: true });
  const path = `test-results/${browser}-${name.replace(/[^\w-]/g, '')}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

export function nodeTasksPlugin() {
  return {
    name: 'btw-node-tasks',
    async executeCommand({ command, payload, session }) {
      if (command === 'btw-screenshot') return screenshot(session, payload.name);
      if (command === 'btw-outside-references') return outsideReferences();
      // What a WordPress post keeps of some HTML (test/site/wp-post-allowlist.mjs).
      if (command === 'btw-wp-post-sanitize') return wpPostSanitize(payload.html);
      if (command === 'btw-dev-pages') return devPages(payload);
      if (command === 'btw-dev-stop') return stopDev().then(() => true);
      if (command === 'btw-kit-hosting-start') return startKitHosting();
      if (command === 'btw-kit-hosting-stop') return stopKitHosting().then(() => true);
      // btw-package-<task>: test/package/tasks.mjs (the packed package as its users install it).
      const task = /^btw-package-([\w-]+)$/.exec(command)?.[1];
      if (task) return runTask(task, payload ?? {}, session);
      return undefined;
    },
  };
}
