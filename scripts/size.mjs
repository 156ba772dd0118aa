// `npm run size`: fails when a bundle (dist/btw.js, dist/btw-share.js, ...) is
// over its gzip budget in size-budget.json. When over budget, or with `--why`,
// it also lists the sources that weigh most in that bundle, from its source map:
// raw bytes, and the gzip bytes the bundle would lose without that source's code.
// Then it measures the npm build in an app (scripts/size-npm.mjs): all three subpaths
// may cost at most 5 % more than dist/btw.js, two must cost less.
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { npmAppSizes } from './size-npm.mjs';

const { budgets, ceilings = [] } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const gzipOf = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;

/**
 * [start, end, source index] of each mapped segment of `text`: from a segment's column
 * to the next one's, or the line's end.
 */
function segments(text, map) {
  const lines = text.split('\n');
  const out = [];
  let offset = 0;
  decodedMappings(new TraceMap(map)).forEach((row, lineNo) => {
    const length = lines[lineNo]?.length ?? 0;
    row.forEach(([start, src = -1], i) => out.push([offset + start, offset + (row[i + 1]?.[0] ?? length), src]));
    offset += length + 1;
  });
  return out;
}

function why(file, code, gzip, top = Number(process.env.TOP ?? 15)) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return console.error(`size: no ${mapFile} to say what weighs most.`);
  const text = code.toString('utf8');
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const bySource = new Map();
  for (const [start, end, src] of segments(text, map)) {
    const name = src < 0 ? '(unmapped)' : map.sources[src].replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    if (!bySource.has(name)) bySource.set(name, []);
    bySource.get(name).push([start, end]);
  }
  const rows = [...bySource].map(([name, ranges]) => {
    ranges.sort((a, b) => a[0] - b[0]);
    let kept = '';
    let last = 0;
    let raw = 0;
    for (const [start, end] of ranges) {
      kept += text.slice(last, start);
      last = Math.max(last, end);
      raw += end - start;
    }
    kept += text.slice(last);
    return { name, raw, gzip: gzip - gzipOf(kept) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.error(`size: ${file}: top ${top} sources (raw bytes, gzip bytes saved without them):`);
  for (const { name, raw, gzip: saved } of rows.slice(0, top)) {
    console.error(`${String(raw).padStart(8)} ${String(saved).padStart(7)}  ${name}`);
  }
}

let failed = false;
// A ceiling holds over any budget: a budget above it is refused before anything is measured.
for (const ceiling of ceilings) {
  const budget = budgets.find(({ file }) => file === ceiling.file);
  if (!budget || budget.gzipBytes > ceiling.gzipBytes) {
    console.error(
      `size: ${ceiling.file} must have a budget of at most its ceiling, ${kb(ceiling.gzipBytes)} gzip (size-budget.json)`,
    );
    failed = true;
  }
}
for (const { file, gzipBytes } of budgets) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run "npm run build" first.`);
    failed = true;
    continue;
  }
  const code = readFileSync(file);
  const gzip = gzipOf(code);
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const line = `size: ${file} ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli; budget ${kb(gzipBytes)} gzip`;
  if (gzip > gzipBytes) {
    console.error(`${line}: OVER by ${gzip - gzipBytes} bytes`);
    why(file, code, gzip);
    failed = true;
    continue;
  }
  console.log(`${line}: ok (${kb(gzipBytes - gzip)} to spare)`);
  if (process.argv.includes('--why')) why(file, code, gzip);
}
if (existsSync('dist/btw.js') && existsSync('dist/npm/btw.js')) {
  const kit = gzipOf(readFileSync('dist/btw.js'));
  const limits = {
    'three subpaths': [kit * 1.05, '1.05 × btw.js'],
    'two subpaths (share, signup)': [kit - 1, 'less than btw.js'],
  };
  for (const [name, gzip] of Object.entries(await npmAppSizes())) {
    const [limit, rule] = limits[name];
    const line = `size: npm build, a Vite app importing ${name}: ${kb(gzip)} gzip, ${((gzip / kit) * 100).toFixed(1)} % of dist/btw.js (${kb(kit)}); at most ${rule}`;
    if (gzip > limit) {
      console.error(`${line}: OVER`);
      failed = true;
    } else console.log(`${line}: ok`);
  }
} else {
  console.error('size: dist/npm/ is missing; run "npm run build" first.');
  failed = true;
}
if (failed) process.exit(1);
