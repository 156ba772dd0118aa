import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs a Node-side task of test/package/tasks.mjs and waits for its result: the
 * runner drops a command after 20 s, so a long task (a build) is asked again
 * until it is done.
 */
export async function task<T>(name: string, payload: Record<string, unknown> = {}): Promise<T> {
  for (;;) {
    const answer = (await executeServerCommand(`btw-package-${name}`, payload)) as
      { done: boolean; result?: T } | undefined;
    if (!answer) throw new Error(`no task named ${name}`);
    if (answer.done) return answer.result as T;
  }
}

/** Starts a task without waiting for it, so that several run side by side; `task()` then waits for its result. */
export async function startTask(name: string, payload: Record<string, unknown> = {}): Promise<void> {
  await executeServerCommand(`btw-package-start-${name}`, payload);
}
