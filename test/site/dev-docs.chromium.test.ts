// `npm start` serves the docs at /demo/docs/ as the site does: the bare folder is
// the docs index, as /demo/docs/index.html is. The check is Node's (the dev server's
// answers), so one browser runs it: Chromium, in the chromium-only group.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../helpers/until.js';

type DevPage = { path: string; status: number; type: string; title: string };

describe('npm start: the docs', function () {
  // Starting Vite's dev server takes a few seconds on a loaded machine.
  this.timeout(90_000);
  after(() => executeServerCommand('btw-dev-stop'));
  it('serves /demo/docs/ as the docs index, like /demo/docs/index.html', async () => {
    let pages: DevPage[] | null = null;
    // null while the server starts.
    const ask = () =>
      executeServerCommand<{ pages: DevPage[] | null }, string[]>('btw-dev-pages', [
        '/demo/docs/',
        '/demo/docs/index.html',
        '/demo/docs/guides/',
      ]);
    await until(async () => (pages = (await ask())!.pages), 'the dev server', 80_000);
    const [folder, index, guides] = pages!;
    expect(index.status).to.equal(200);
    expect(index.title).to.match(/Beyond the Wall/);
    expect(folder, 'the bare folder').to.deep.equal({ ...index, path: '/demo/docs/' });
    // A folder without an index.md is not a page.
    expect(guides.status).to.equal(404);
  });
});
