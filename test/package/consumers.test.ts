import { expect } from '@open-wc/testing';
import { startTask, task } from './task.js';

interface Checked {
  ok: boolean;
  output: string;
  outside: boolean;
  marked?: string[];
}

const APPS = ['typescript', 'react', 'vue', 'sveltekit', 'astro'];
const check = (name: string) => task<Checked>('checkConsumer', { name });

// Each app in test/consumers/ is copied out of the repository, installs its own locked
// dependencies and the packed tarball (test/package/tasks.mjs), and uses the package
// as docs/guides/frameworks.md shows, under its framework's own checker in strict
// mode. Its expected-error lines (`@ts-expect-error`, Vue's `@vue-expect-error`,
// Svelte's `<!-- expect-error: -->`) must be errors, so the types are proven both ways.
describe('apps outside the repository, with nothing but their own dependencies and the tarball', () => {
  before(async () => {
    for (const name of APPS) await startTask('checkConsumer', { name });
  });

  it('compile a strict TypeScript file (`skipLibCheck: false`) that uses each element as an HTMLElement with typed events', async function () {
    this.timeout(600_000);
    const result = await check('typescript');
    expect(result.outside).to.equal(true);
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });

  it('type-check a React 19 + Vite app with `tsc -b` (props, typed onbtw-* events, global attributes and DOM events, the ref pattern, event.target), then `vite build` it', async function () {
    this.timeout(600_000);
    const result = await check('react');
    expect(result.outside).to.equal(true);
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });

  it('type-check a Vue 3 app with `vue-tsc` (strictTemplates): props, typed @btw-* events, global attributes, misspellings rejected', async function () {
    this.timeout(600_000);
    const result = await check('vue');
    expect(result.outside).to.equal(true);
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });

  it('type-check a SvelteKit app with `svelte-check`: exactly the lines marked expect-error fail', async function () {
    this.timeout(600_000);
    const result = await check('sveltekit');
    expect(result.outside).to.equal(true);
    const errors = result.output.split('\n').filter((line) => / ERROR /.test(line));
    expect(result.marked!.length, 'lines marked as expected errors').to.be.above(0);
    expect(errors.map((line) => /"[^"]+" \d+:/.exec(line)?.[0]).sort(), result.output).to.deep.equal(result.marked);
    expect(result.output).to.match(new RegExp(`COMPLETED \\d+ FILES ${result.marked!.length} ERRORS 0 WARNINGS`));
  });

  it('type-check an Astro 5 page with `astro check`: the kit’s typed events in its <script>, expected errors rejected', async function () {
    this.timeout(600_000);
    const result = await check('astro');
    expect(result.outside).to.equal(true);
    expect(result.output, result.output).to.match(/0 errors/);
    expect(result.output).to.match(/0 warnings/);
    expect(result.ok, result.output).to.equal(true);
  });
});
