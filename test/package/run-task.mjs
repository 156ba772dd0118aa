// Runs the Node-side tasks of test/package/ for the browser tests (through the test
// runner's commands, see test/node-tasks-plugin.mjs and task.ts).
import { checkConsumer, importInNode, installIntoEmptyProject, lintPackage, packFiles } from './tasks.mjs';
import {
  buildAndStartNext,
  buildAndStartNuxt,
  startNextDev,
  startNuxtDev,
  stopServer,
  visitPage,
} from './ssr-tasks.mjs';

const TASKS = {
  packFiles,
  lintPackage,
  installIntoEmptyProject,
  checkConsumer,
  importInNode,
  buildAndStartNext,
  startNextDev,
  buildAndStartNuxt,
  startNuxtDev,
  stopServer,
  visitPage,
};
const jobs = new Map();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs a task for the command `btw-package-<name>`. The test runner drops a command
 * that takes more than 20 s, so a longer task keeps running here and this answers
 * `{ done: false }` after 10 s; the test asks again (test/package/task.ts).
 */
export async function runTask(command, payload, session) {
  // `start-<name>` only starts the task, so that several run side by side.
  const [, start, name] = /^(start-)?(\w+)$/.exec(command) ?? [];
  if (!Object.hasOwn(TASKS, name)) return undefined;
  const key = `${name} ${JSON.stringify(payload)}`;
  if (!jobs.has(key)) {
    const job = {};
    job.promise = Promise.resolve()
      .then(() => TASKS[name](payload, session))
      .then(
        (result) => (job.result = result),
        (error) => (job.result = { ok: false, output: String(error?.stack ?? error) }),
      );
    jobs.set(key, job);
  }
  const job = jobs.get(key);
  if (start) return { done: false };
  await Promise.race([job.promise, sleep(10_000)]);
  if (!('result' in job)) return { done: false };
  jobs.delete(key);
  return { done: true, result: job.result };
}
