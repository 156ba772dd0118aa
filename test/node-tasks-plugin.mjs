// Test-runner commands that run Node-side checks for the browser tests in
// test/package/: what `npm pack` would publish, and whether a TypeScript user
// of the package type-checks.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function packFiles() {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout)[0].files.map((file) => file.path).sort();
}

async function typecheck(project) {
  try {
    await run('npx', ['tsc', '-p', project], { maxBuffer: 1 << 24 });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

export function nodeTasksPlugin() {
  return {
    name: 'btw-node-tasks',
    async executeCommand({ command, payload }) {
      if (command === 'btw-pack-files') return packFiles();
      if (command === 'btw-typecheck') return typecheck(payload.project);
      return undefined;
    },
  };
}
