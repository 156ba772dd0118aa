// Test-runner commands that run Node-side checks for the browser tests in
// test/package/: what `npm pack` would publish, and the tasks of
// test/package/tasks.mjs (the packed package installed and used as its users
// do); and screenshots saved as test artifacts.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { runTask } from './package/tasks.mjs';

const run = promisify(execFile);

async function packFiles() {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout)[0].files.map((file) => file.path).sort();
}

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
      if (command === 'btw-pack-files') return packFiles();
      if (command === 'btw-screenshot') return screenshot(session, payload.name);
      // btw-package-<task>: test/package/tasks.mjs (the packed package as its users install it).
      const task = /^btw-package-([\w-]+)$/.exec(command)?.[1];
      if (task) return runTask(task, payload ?? {}, session);
      return undefined;
    },
  };
}
