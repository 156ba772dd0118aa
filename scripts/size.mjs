// `npm run size`: fails when dist/btw.js is over the gzip budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
let code;
try {
  code = readFileSync(budget.file);
} catch {
  console.error(`size: ${budget.file} is missing; run "npm run build" first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const line = `size: ${budget.file} ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli; budget ${kb(budget.gzipBytes)} gzip`;
if (gzip > budget.gzipBytes) {
  console.error(`${line}: OVER by ${gzip - budget.gzipBytes} bytes`);
  process.exit(1);
}
console.log(`${line}: ok (${kb(budget.gzipBytes - gzip)} to spare)`);
