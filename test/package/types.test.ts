import { expect } from '@open-wc/testing';
import { task } from './task.js';

describe('the TypeScript declarations', () => {
  it('give a TypeScript user the element classes, tag names, event details and document type', async function () {
    // A whole `tsc` run in Node, not a browser test: 29 s seen on a loaded machine (load 23).
    this.timeout(120_000);
    const result = await task<{ ok: boolean; output: string }>('typecheckProject', { project: 'test/types' });
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });
});
