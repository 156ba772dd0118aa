// Finds committed files that point outside the repository: a relative path that
// climbs above its root, an absolute path on the machine that built it, or the
// name of a document that lives elsewhere (the contract and style files that the
// project's own docs replace). The repository must stand on its own.
// Used by test/site/site-references.test.ts; `node scripts/check-references.mjs` prints them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// Built from pieces, so this file does not match itself.
const OUTSIDE_NAMES = new RegExp(`\\b(${['SP', 'EC'].join('')}|${['ST', 'YLE'].join('')})(\\.md\\b|'s\\b|\\b)`, 'g');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MACHINE_PATHS = new RegExp(
  `${escape(root.replace(/\/$/, ''))}|(?<![\\w.])\\/${['wo', 'rk'].join('')}\\/[\\w.-]`,
  'g',
);
const CLIMBING = /(?<![\w/])((?:\.\.\/)+)([\w@-][\w@./-]*)/g;
const BINARY = /\.(png|jpe?g|gif|webp|ico|woff2?|ttf|otf|zip|gz|br)$/i;

/** Every problem, as `path:line: what`. */
export function outsideReferences() {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const found = [];
  for (const file of files) {
    if (BINARY.test(file) || file === 'package-lock.json') continue;
    let text;
    try {
      text = readFileSync(posix.join(root, file), 'utf8');
    } catch {
      continue; // deleted in the work tree
    }
    text.split('\n').forEach((line, i) => {
      const at = `${file}:${i + 1}`;
      for (const [match] of line.matchAll(OUTSIDE_NAMES))
        found.push(`${at}: names ${match}, a document outside the repository`);
      for (const [match] of line.matchAll(MACHINE_PATHS))
        found.push(`${at}: an absolute path on this machine (${match}…)`);
      for (const [, up, rest] of line.matchAll(CLIMBING)) {
        if (posix.normalize(posix.join(posix.dirname(file), up + rest)).startsWith('../'))
          found.push(`${at}: ${up}${rest} leads outside the repository`);
      }
    });
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = outsideReferences();
  console.log(found.length ? found.join('\n') : 'No committed file points outside the repository.');
  process.exit(found.length ? 1 : 0);
}
