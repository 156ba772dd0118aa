import { expect } from '@open-wc/testing';
import { startTask, task } from './task.js';

interface Checked {
  ok: boolean;
  output: string;
}

const check = (framework: string) => task<Checked>('typecheckConsumer', { framework });

// Each consumer in test/consumers/ uses the packed package as docs/guides/frameworks.md
// shows, under its framework's own checker in strict mode; its `@ts-expect-error`
// (Vue: `@vue-expect-error`) lines must be errors, so the types are proven both ways.
describe('the framework types, under each framework’s own checker', () => {
  before(async () => {
    for (const framework of ['react', 'vue', 'svelte']) await startTask('typecheckConsumer', { framework });
  });

  it('type-check a React 19 app with `tsc` (strict): props, typed onbtw-* events, global attributes and DOM events, misspellings rejected', async function () {
    this.timeout(180_000);
    const result = await check('react');
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });

  it('type-check a Vue 3 app with `vue-tsc` (strict templates): props, typed @btw-* events, global attributes and @click, misspellings rejected', async function () {
    this.timeout(180_000);
    const result = await check('vue');
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });

  it('type-check a Svelte 5 app with `svelte-check`: exactly the lines marked expect-error fail', async function () {
    this.timeout(180_000);
    const result = await check('svelte');
    const source = await (await fetch('/test/consumers/svelte/App.svelte')).text();
    // svelte-check has no @ts-expect-error in markup: the line after each marker must fail, and no other.
    const marked = source
      .split('\n')
      .flatMap((line, index) => (line.includes('<!-- expect-error:') ? [`App.svelte" ${index + 2}:`] : []));
    const errors = result.output.split('\n').filter((line) => / ERROR /.test(line));
    expect(marked.length).to.equal(8);
    expect(errors.map((line) => /App\.svelte" \d+:/.exec(line)?.[0]).sort(), result.output).to.deep.equal(marked.sort());
    expect(result.output).to.match(/COMPLETED \d+ FILES 8 ERRORS 0 WARNINGS/);
  });
});
