// First renders of many kit elements, in slices. A page with 200 share widgets
// would otherwise render them all in one task (Lit renders each pending element
// in the same microtask checkpoint): 300 ms and more on a cheap phone, during
// which the page cannot scroll or answer a tap. Here the first slice starts
// right away (a microtask, as Lit would) unless the task it would join is already
// long, renders elements until SLICE_MS has passed, then gives the browser its
// turn (input, paint) before the next slice. Later updates (a changed attribute,
// a click) do not wait: only first renders queue here.

/** The longest a slice of first renders may run before yielding, in ms. */
export const SLICE_MS = 8;

type Job = () => void;
const queue: Job[] = [];
let scheduled = false;

/**
 * A new task, through a message: it runs after the tasks already queued,
 * rendering included, so the page paints and answers input between slices.
 * (`scheduler.yield()` was measured too: its continuations run ahead of
 * rendering, so all slices ran first and the browser then laid out the 200
 * widgets in one 60-200 ms task.) `setTimeout(0)` would be clamped to 4 ms.
 */
function nextTask(run: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/**
 * The task that evaluates the kit also upgrades every element already in the
 * page, and the first slice would join it (a microtask). So that slice's time
 * counts from when the kit began to run, and when that task is already longer
 * than a slice (a slow phone, many elements) the first slice waits for a task
 * of its own.
 */
const kitStart = performance.now();
let inKitTask = true;
nextTask(() => (inKitTask = false));

function runSlice() {
  const start = inKitTask ? kitStart : performance.now();
  if (performance.now() - start > SLICE_MS) return nextTask(runSlice);
  const end = start + SLICE_MS;
  // At least one job per slice, so an element slower than a slice still renders.
  do queue.shift()!();
  while (queue.length && performance.now() < end);
  if (queue.length) nextTask(runSlice);
  else scheduled = false;
}

/** Runs `job` in the next slice of first renders; resolves (or rejects) with it. */
export function queueFirstRender(job: Job): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        job();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(runSlice);
    }
  });
}
