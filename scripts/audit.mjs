// CI: `npm audit` over the whole tree (development tools included), where the
// registry's audit endpoint answers. The rule (docs/guides/testing.md):
// - a high or critical advisory in a package whose code ships to readers (the
//   package's `dependencies`, and what the build puts inside dist/: Lit and the
//   simple-icons data) fails CI;
// - every other advisory (build and test tools, which never reach a reader) is
//   listed, and does not fail it;
// - a registry that does not answer audits (offline, a mirror without the
//   endpoint) is said plainly, "NOT CHECKED", and does not fail CI either.
// BTW_AUDIT_REPORT=file reads a saved `npm audit --json` report instead (to try the rule).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The packages whose code or data is inside dist/: from the built kit's source map when there is one. */
function shipped() {
  const names = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    'lit',
    'lit-html',
    '@lit/reactive-element',
    'simple-icons',
  ]);
  if (existsSync('dist/btw.js.map')) {
    for (const source of JSON.parse(readFileSync('dist/btw.js.map', 'utf8')).sources) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
      if (name) names.add(name);
    }
  }
  return names;
}

const file = process.env.BTW_AUDIT_REPORT;
const run = file
  ? { stdout: readFileSync(file, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  // no JSON: reported below
}
if (!report?.vulnerabilities || !report.metadata) {
  const why = report?.message ?? run.stderr?.split('\n').find((line) => line.includes('npm error')) ?? 'no answer';
  console.log(`audit: NOT CHECKED: the registry's audit endpoint did not answer (${why.trim()}).`);
  console.log('audit: run `npm audit` where the public registry can be reached before a release.');
  process.exit(0);
}

const ship = shipped();
const found = Object.values(report.vulnerabilities).map(({ name, severity }) => ({
  name,
  severity,
  shipped: ship.has(name),
}));
const counts = report.metadata.vulnerabilities;
console.log(
  `audit: ${found.length} vulnerable package(s) of ${report.metadata.dependencies?.total ?? '?'} (critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low}).`,
);
for (const { name, severity, shipped: inside } of found)
  console.log(`  ${severity.padEnd(8)} ${name}${inside ? '  (ships to readers)' : '  (build and test tools only)'}`);
const failing = found.filter(
  ({ shipped: inside, severity }) => inside && (severity === 'high' || severity === 'critical'),
);
if (failing.length) {
  console.log(
    `audit: FAILED: a high or critical advisory in code that ships to readers: ${failing.map(({ name }) => name).join(', ')}.`,
  );
  process.exit(1);
}
console.log('audit: passed (no high or critical advisory in code that ships to readers).');
