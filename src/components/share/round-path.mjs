// Rounds SVG path data to a number of decimals and writes it as short as it can,
// for the brand marks of <btw-share> (build-icons.mjs writes brand-icons.ts with
// it; share-icons.test.ts checks the result against simple-icons, rounded the
// same way, and draws both to compare).
// simple-icons gives three decimals in a 24-unit box; drawn at about 1.25em,
// a tenth of a unit is well under a device pixel, and the digits are a third of
// the kit's icon bytes. Every point is made absolute and rounded first, so
// rounding errors never add up along a path. Then, on the rounded points, and
// only where the filled shape stays the same (the marks are filled, never
// stroked): segments of zero length go (a renderer skips them), so do lines back
// to the start just before a close; curves and arcs that are straight to within
// rounding (see FLAT) become lines; a curve whose first control point is (about,
// see MIRROR) the mirror of the previous one is written S (or T); a subpath that
// another one follows needs no `z` when that is shorter.
// Finally each segment is written relative (see spellings()), its letter left
// out where it repeats, choosing for the whole path the shortest text (dynamic
// programming over those choices).

/**
 * A curve or arc that strays at most this far from a straight line (in units of
 * the last decimal kept) is drawn as that line: half a unit, the most rounding
 * moves a coordinate anyway. Drawn and compared with the original marks, the
 * flattened ones differ from them as much as the only-rounded ones do.
 */
const FLAT = 0.5;

/**
 * A cubic curve whose first control point is at most this far from the mirror of
 * the previous one (in units of the last decimal) is written S, which puts it
 * on the mirror: one unit, which moves the curve by at most 4/9 of a unit (the
 * largest weight of a cubic's control point), under FLAT.
 */
const MIRROR = 1;

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

/**
 * The path as absolute segments on the rounding grid (integers: units of
 * 10^-decimals): `{ cmd: 'M'|'L'|'C'|'Q'|'A'|'Z', pts: [[x, y], ...], arc? }`,
 * the last point the segment's end. H and V become L, S and T become C and Q
 * with their first control point written out (the mirror of the ROUNDED previous
 * one, so that they draw as the rounded S and T would).
 */
function toGrid(d, f) {
  const g = (n) => Math.round(n * f);
  const segs = [];
  // (ox, oy): the exact current point, to read relative input; start: the exact subpath start.
  let ox = 0;
  let oy = 0;
  let start = [0, 0];
  let prev; // the previous segment on the grid
  let cur = [0, 0]; // the current point on the grid
  let subStart = [0, 0];
  for (const [cmd, args] of parse(d)) {
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    const X = (v) => (rel ? ox + v : v);
    const Y = (v) => (rel ? oy + v : v);
    if (upper === 'Z') {
      segs.push((prev = { cmd: 'Z', pts: [subStart] }));
      [ox, oy] = start;
      cur = subStart;
      continue;
    }
    let exact;
    let arc;
    if (upper === 'H') exact = [[X(args[0]), oy]];
    else if (upper === 'V') exact = [[ox, Y(args[0])]];
    else if (upper === 'A') {
      arc = [g(args[0]), g(args[1]), g(args[2]), args[3], args[4]];
      exact = [[X(args[5]), Y(args[6])]];
    } else {
      exact = [];
      for (let k = 0; k < args.length; k += 2) exact.push([X(args[k]), Y(args[k + 1])]);
    }
    const pts = exact.map(([x, y]) => [g(x), g(y)]);
    [ox, oy] = exact[exact.length - 1];
    let seg;
    if (upper === 'S' || upper === 'T') {
      const kind = upper === 'S' ? 'C' : 'Q';
      const mirror = prev?.cmd === kind ? reflect(prev, cur) : cur;
      seg = { cmd: kind, pts: [mirror, ...pts] };
    } else {
      seg = { cmd: upper === 'H' || upper === 'V' ? 'L' : upper, pts, arc };
    }
    if (upper === 'M') {
      start = [ox, oy];
      subStart = pts[0];
    }
    segs.push((prev = seg));
    cur = pts[pts.length - 1];
  }
  return segs;
}

/** The mirror of a curve's last control point about the current point `at`. */
const reflect = (seg, at) => {
  const [cx, cy] = seg.pts[seg.pts.length - 2];
  return [2 * at[0] - cx, 2 * at[1] - cy];
};

const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * How far a curve or arc from `a` strays from the straight line to its end `b`
 * (grid units): the largest distance of a control point from that line, or an
 * arc's height over its chord; Infinity when it turns back or goes round.
 */
function bulge(seg, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  if (seg.cmd === 'A') {
    // Circles only (the marks draw no elliptical arcs): the height of a circle's arc.
    const [r, ry, , large] = seg.arc;
    return large || r !== ry || length > 2 * r ? Infinity : r - Math.sqrt(r * r - (length / 2) ** 2);
  }
  const away = (p) => {
    const [px, py] = [p[0] - a[0], p[1] - a[1]];
    if (!length) return Math.hypot(px, py);
    const along = (px * dx + py * dy) / length;
    return along < 0 || along > length ? Infinity : Math.abs(px * dy - py * dx) / length;
  };
  return Math.max(...seg.pts.slice(0, -1).map(away));
}

/**
 * Drops and simplifies segments where the filled shape stays the same (see the
 * top): a curve or arc that strays at most `flat` grid units from a straight
 * line is that line.
 */
function simplify(segs, flat) {
  const out = [];
  let cur = [0, 0];
  let subStart = [0, 0];
  for (const seg of segs) {
    const end = seg.pts[seg.pts.length - 1];
    if (seg.cmd === 'M') subStart = end;
    else if (seg.cmd === 'Z') {
      // A line back to the start just before a close: the close draws it.
      while (out.length && out[out.length - 1].cmd === 'L' && same(out[out.length - 1].pts[0], subStart)) out.pop();
    } else if (same(end, cur) && (seg.cmd === 'L' || seg.cmd === 'A' || bulge(seg, cur, end) <= flat)) {
      continue; // no length (or a curve that stays on the spot): nothing to draw
    } else if (seg.cmd !== 'L' && bulge(seg, cur, end) <= flat) {
      out.push({ cmd: 'L', pts: [end] });
      cur = end;
      continue;
    }
    out.push(seg);
    cur = end;
  }
  // A fill closes every subpath: a final close adds nothing.
  while (out.length && out[out.length - 1].cmd === 'Z') out.pop();
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
 * The ways of writing one segment from the current point `cur` (grid units):
 * `[letter, numbers as text]`, relative, and s/t/h/v where they fit. Only
 * relative: mixing in absolute segments where they are shorter saves raw bytes
 * but costs gzip bytes (relative moves repeat more often than positions).
 */
function spellings(seg, prev, cur, f) {
  const n = (v) => format(v / f);
  const rel = (pts) => pts.flatMap(([x, y]) => [n(x - cur[0]), n(y - cur[1])]);
  const end = seg.pts[seg.pts.length - 1];
  switch (seg.cmd) {
    case 'L': {
      const out = [['l', rel(seg.pts)]];
      if (end[1] === cur[1]) out.push(['h', [n(end[0] - cur[0])]]);
      if (end[0] === cur[0]) out.push(['v', [n(end[1] - cur[1])]]);
      return out;
    }
    case 'C':
    case 'Q': {
      const out = [[seg.cmd.toLowerCase(), rel(seg.pts)]];
      const mirror = prev?.cmd === seg.cmd ? reflect(prev, cur) : cur;
      // Only exact for T: the next T would mirror the moved control point.
      const near = seg.cmd === 'C' ? MIRROR : 0;
      if (Math.hypot(seg.pts[0][0] - mirror[0], seg.pts[0][1] - mirror[1]) <= near)
        out.push([seg.cmd === 'C' ? 's' : 't', rel(seg.pts.slice(1))]);
      return out;
    }
    case 'A': {
      const [rx, ry, rotation, large, sweep] = seg.arc;
      return [['a', [n(rx), n(ry), n(rotation), String(large), String(sweep), ...rel(seg.pts)]]];
    }
    default:
      return [['m', rel(seg.pts)]];
  }
}

/**
 * The path `d` with every coordinate rounded to `decimals` places, drawn (filled)
 * the same way, in the shortest text found.
 */
export function roundPath(d, decimals = 1) {
  const f = 10 ** decimals;
  const segs = simplify(toGrid(d, f), FLAT);
  // Shortest text per state after each segment. State: the letter that may be
  // left out next (a repeat; after M/m, the L/l it implies), whether the text
  // ends in a number with a decimal point (so `.5` can follow unseparated), and
  // whether the last close was left out (then the current point is the last
  // point drawn, not the subpath's start).
  let states = new Map([['', { text: '', letter: '', dot: false, open: false }]]);
  let cur = [0, 0];
  let subStart = [0, 0];
  segs.forEach((seg, i) => {
    const next = new Map();
    const keep = (state) => {
      const key = `${state.letter}|${state.dot}|${state.open}`;
      const best = next.get(key);
      if (!best || state.text.length < best.text.length) next.set(key, state);
    };
    const end = seg.pts[seg.pts.length - 1];
    for (const state of states.values()) {
      const from = segs[i - 1]?.cmd === 'Z' && !state.open ? subStart : cur;
      if (seg.cmd === 'Z') {
        keep({ ...state, text: `${state.text}z`, letter: '', dot: false, open: false });
        // Left out: only before another subpath, which then starts from the last point.
        if (segs[i + 1]?.cmd === 'M') keep({ ...state, open: true });
        continue;
      }
      for (const [letter, nums] of spellings(seg, segs[i - 1], from, f)) {
        const body = join(nums);
        const repeat = letter === state.letter;
        const glued = body.startsWith('-') || (body.startsWith('.') && state.dot);
        const add = repeat ? (glued ? body : ` ${body}`) : letter + body;
        const implied = letter === 'm' ? 'l' : letter;
        keep({ text: state.text + add, letter: implied, dot: /\.\d*$/.test(body), open: false });
      }
    }
    states = next;
    if (seg.cmd === 'M') subStart = end;
    // After a close, `from` above is the subpath start, or the last point drawn
    // (`cur`) when the state left the close out.
    if (seg.cmd !== 'Z') cur = end;
  });
  return [...states.values()].reduce((a, b) => (b.text.length < a.text.length ? b : a)).text;
}
