// Rounds SVG path data to a number of decimals, for the brand marks of <btw-share>
// (build-icons.mjs writes brand-icons.ts with it; share.icons.test.ts checks the
// result against simple-icons, rounded the same way, and draws both to compare).
// simple-icons gives three decimals in a 24-unit box; drawn at about 1.25em,
// a tenth of a unit is well under a device pixel, and the digits are a third of
// the kit's icon bytes. Every point is made absolute and rounded first, then
// written relative to the previous ROUNDED point (or absolute when shorter), so
// rounding errors never add up along a path.

const ARGS = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** Splits path data into [command, numbers[]] pairs (arc flags may be packed: `a1 1 0 011 1`). */
function parse(d) {
  const out = [];
  let i = 0;
  let cmd;
  const skip = () => {
    while (i < d.length && /[\s,]/.test(d[i])) i++;
  };
  const number = () => {
    const m = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(d.slice(i));
    if (!m) throw new Error(`round-path: bad number at ${i} in ${d.slice(i, i + 20)}`);
    i += m[0].length;
    return Number(m[0]);
  };
  for (skip(); i < d.length; skip()) {
    if (/[a-z]/i.test(d[i])) {
      cmd = d[i++];
      if (!(cmd.toUpperCase() in ARGS)) throw new Error(`round-path: unknown command ${cmd}`);
      if (cmd.toUpperCase() === 'Z') {
        out.push([cmd, []]);
        continue;
      }
      skip();
    } else if (!cmd) {
      throw new Error('round-path: path data must start with a command');
    }
    const n = ARGS[cmd.toUpperCase()];
    const args = [];
    for (let k = 0; k < n; k++) {
      skip();
      if (cmd.toUpperCase() === 'A' && (k === 3 || k === 4)) args.push(Number(d[i++]));
      else args.push(number());
    }
    out.push([cmd, args]);
    // Numbers after a moveto are linetos of the same kind.
    if (cmd === 'M') cmd = 'L';
    else if (cmd === 'm') cmd = 'l';
  }
  return out;
}

/** `0.5` -> `.5`, `-0.5` -> `-.5`, no trailing zeros. */
const format = (n) => {
  const s = String(n === 0 ? 0 : n);
  return s.replace(/^(-?)0\./, '$1.');
};

/** Numbers joined with the fewest separators: none before `-`, none between `.5` and `.5`. */
function join(numbers) {
  let out = '';
  for (const text of numbers) {
    if (out && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(out))) out += ' ';
    out += text;
  }
  return out;
}

/**
 * The path `d` with every coordinate rounded to `decimals` places, drawn the same
 * way (same commands, absolute points within half a unit of the last place).
 */
export function roundPath(d, decimals = 1) {
  const f = 10 ** decimals;
  const r = (n) => Math.round(n * f) / f;
  const sub = (a, b) => Math.round((a - b) * f) / f;
  // (ox, oy): the exact current point, to read the input; (x, y): the rounded one, to write.
  let ox = 0;
  let oy = 0;
  let x = 0;
  let y = 0;
  let start = [0, 0, 0, 0];
  let out = '';
  let last = '';
  const emit = (abs, rel) => {
    // abs/rel: [letter, numbers as text]; pick the shorter, drop a repeated letter.
    const pick = [abs, rel].map(([letter, nums]) => {
      const body = join(nums);
      const repeat = letter === last && letter.toUpperCase() !== 'M';
      const glued = body.startsWith('-') || (body.startsWith('.') && /\.\d*$/.test(out));
      return { letter, text: repeat ? (glued ? body : ` ${body}`) : letter + body };
    });
    const best = pick[1].text.length <= pick[0].text.length ? pick[1] : pick[0];
    out += best.text;
    last = best.letter;
  };
  for (const [cmd, args] of parse(d)) {
    const upper = cmd.toUpperCase();
    const relative = cmd !== upper;
    if (upper === 'Z') {
      out += 'z';
      last = 'z';
      [ox, oy, x, y] = start;
      continue;
    }
    // Exact absolute points of this segment, then rounded.
    const exact = [];
    let flags = [];
    const X = (v) => (relative ? ox + v : v);
    const Y = (v) => (relative ? oy + v : v);
    if (upper === 'H') exact.push([X(args[0]), oy]);
    else if (upper === 'V') exact.push([ox, Y(args[0])]);
    else if (upper === 'A') {
      flags = [r(args[0]), r(args[1]), r(args[2]), args[3], args[4]];
      exact.push([X(args[5]), Y(args[6])]);
    } else {
      for (let k = 0; k < args.length; k += 2) exact.push([X(args[k]), Y(args[k + 1])]);
    }
    const pts = exact.map(([px, py]) => [r(px), r(py)]);
    [ox, oy] = exact[exact.length - 1];
    const [ex, ey] = pts[pts.length - 1];
    const absNums = [];
    const relNums = [];
    if (upper === 'H') {
      absNums.push(format(ex));
      relNums.push(format(sub(ex, x)));
    } else if (upper === 'V') {
      absNums.push(format(ey));
      relNums.push(format(sub(ey, y)));
    } else {
      const head = flags.map(format);
      absNums.push(...head);
      relNums.push(...head);
      for (const [px, py] of pts) {
        absNums.push(format(px), format(py));
        relNums.push(format(sub(px, x)), format(sub(py, y)));
      }
    }
    emit([upper, absNums], [upper.toLowerCase(), relNums]);
    x = ex;
    y = ey;
    if (upper === 'M') {
      start = [ox, oy, x, y];
      // A repeated letter after M means lineto: mark it so it is never dropped.
      last = '';
    }
  }
  return out;
}
