import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the repository', () => {
  it('has no committed file that points outside it (a climbing relative path, this machine, an outside document)', async () => {
    const found = (await executeServerCommand('btw-outside-references')) as string[];
    expect(found).to.deep.equal([]);
  });
});

describe('the README', () => {
  it('stays short (under 12 kB): what the kit is, the commands, the quick start and links; the rest is in docs/', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(new TextEncoder().encode(readme).length).to.be.below(12 * 1024);
    expect(readme).to.contain('npm ci && npm start').and.to.contain('npm ci && npm test');
    for (const link of [...readme.matchAll(/\]\(([^)#]+)[^)]*\)/g)].map(([, href]) => href)) {
      expect((await fetch(`/${link}`)).ok, link).to.be.true;
    }
  });
});
