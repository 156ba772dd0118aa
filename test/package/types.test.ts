import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the TypeScript declarations', () => {
  it('give a TypeScript user the element classes, tag names, event details and document type', async function () {
    this.timeout(60_000);
    const result = (await executeServerCommand('btw-typecheck', { project: 'test/types' })) as { ok: boolean; output: string };
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });
});
