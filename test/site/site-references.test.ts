import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the repository', () => {
  it('has no committed file that points outside it (a climbing relative path, this machine, an outside document)', async () => {
    const found = (await executeServerCommand('btw-outside-references')) as string[];
    expect(found).to.deep.equal([]);
  });
});
