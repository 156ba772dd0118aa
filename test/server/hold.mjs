// Requests held until the test says so: a route wrapped by `holdable` waits, when its
// query has `hold` (`?key=K&hold`), until the test releases K. The request is logged at
// once. A test that needs "the answer comes after X" waits for X, then releases: no
// fixed delay to race on a loaded machine. A forgotten hold ends after 30 s, so it
// cannot keep a socket open.
//   release(K)              answers every held request of K, and every later one
//   release(K, { drop })    drops their connections instead, and every later one of K
//                           until a release without `drop`: a connection lost on its way
//   release(K, { one })     answers the first held request of K only; later ones wait
const HOLD_LIMIT_MS = 30_000;
const holds = new Map(); // key -> { released, dropping, waiting: [resume] }

function holdOf(key) {
  if (!holds.has(key)) holds.set(key, { released: false, dropping: false, waiting: [] });
  return holds.get(key);
}

/**
 * Resolves once the test released `key` (at once if it already did), with true when
 * the last release asked to drop the requests.
 */
function held(key) {
  const hold = holdOf(key);
  if (hold.released) return Promise.resolve(hold.dropping);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), HOLD_LIMIT_MS);
    hold.waiting.push((drop) => {
      clearTimeout(timer);
      resolve(drop);
    });
  });
}

/** Lets the held requests of `key` go; returns how many were waiting and went. */
export function release(key, { drop = false, one = false } = {}) {
  const hold = holdOf(key);
  if (one) {
    const resume = hold.waiting.shift();
    resume?.(drop);
    return resume ? 1 : 0;
  }
  hold.released = true;
  hold.dropping = drop;
  const count = hold.waiting.length;
  for (const resume of hold.waiting.splice(0)) resume(drop);
  return count;
}

/** A route that first waits for the release when the request asks to be held. */
export const holdable = (route) => async (req, res, context) => {
  if (context.query.has('hold') && (await held(context.query.get('key') ?? ''))) {
    req.socket.destroy();
    return;
  }
  return route(req, res, context);
};
