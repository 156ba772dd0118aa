// `npm start` serves the docs at /demo/docs/ as the site does: the bare folder is
// the docs index, as /demo/docs/index.html is.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type DevPage = { path: string; status: number; type: string; title: string };

describe('npm start: the docs', function () {
  // Starting Vite's dev server takes a few seconds on a loaded machine.
  this.timeout(60_000);
  it('serves /demo/docs/ as the docs index, like /demo/docs/index.html', async () => {
    const pages = await executeServerCommand<DevPage[], string[]>('btw-dev-pages', ['/demo/docs/', '/demo/docs/index.html', '/demo/docs/guides/']);
    const [folder, index, guides] = pages;
    expect(index.status).to.equal(200);
    expect(index.title).to.match(/Beyond the Wall/);
    expect(folder, 'the bare folder').to.deep.equal({ ...index, path: '/demo/docs/' });
    // A folder without an index.md is not a page.
    expect(guides.status).to.equal(404);
  });
});
