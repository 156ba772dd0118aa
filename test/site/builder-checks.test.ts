// The builder never freezes and never takes a value unchecked (demo/builder/checks.ts):
// a folder path for the kit's address works; an unusable value gets a message by its
// field while the snippet keeps the last good one and every other field still works;
// values from the builder's link: builder-link.test.ts.
import { expect } from '@open-wc/testing';
import { checkBase, checkValue, isFolderPath, LIMITS } from '../../demo/builder/checks.js';
import { fill, openBuilder, snippetElement, snippetText, until, type Builder } from './builder-page.js';

let b: Builder | undefined;
afterEach(() => b?.frame.remove());

const scriptSrc = (b: Builder) =>
  new DOMParser().parseFromString(snippetText(b), 'text/html').querySelector('script[src]')!.getAttribute('src')!;
const text = (b: Builder, selector: string) => b.doc.querySelector(selector)?.textContent?.trim() ?? '';

describe('builder checks (pure)', () => {
  const own = 'http://127.0.0.1:8000/dist/';
  it('takes an https folder, a folder path, or the builder’s own origin for the kit; nothing else', () => {
    for (const good of [
      '',
      '/vendor/btw/0.1.0/',
      './kit/',
      '../btw/',
      '/',
      'https://cdn.partner.example/btw/0.1.0/',
      'http://127.0.0.1:8000/kit/',
    ]) {
      expect(checkBase(good, own), good).to.equal(undefined);
    }
    expect(checkBase('http://cdn.evil.example/kit/0.1.0/', own)).to.equal('baseHttp');
    expect(checkBase('http://localhost:8000/kit/', own), 'another origin, even local').to.equal('baseHttp');
    for (const bad of [
      'garbage',
      'javascript:alert(1)//',
      '//cdn.evil.example/kit/',
      '/\\evil.example/',
      'data:text/javascript,1',
      'https://cdn.example/kit/?x=1',
      'https://user:pw@cdn.example/kit/',
      'ftp://x/',
    ]) {
      expect(checkBase(bad, own), bad).to.equal('baseForm');
    }
    expect(checkBase(`https://cdn.example/${'a'.repeat(LIMITS.url)}/`, own)).to.equal('tooLong');
    expect(isFolderPath('/vendor/btw/0.1.0/')).to.equal(true);
  });

  it('wants endpoints and documents on https (http only for localhost), and full http(s) links', () => {
    expect(checkValue('action', 'https://partner.example/signup')).to.equal(undefined);
    expect(checkValue('action', 'http://partner.example/signup')).to.equal('httpsOnly');
    expect(checkValue('src', 'http://cdn.partner.example/doc.json')).to.equal('httpsOnly');
    for (const local of ['http://localhost:8080/s', 'http://127.0.0.1/s', 'http://[::1]:3000/s'])
      expect(checkValue('action', local), local).to.equal(undefined);
    for (const bad of ['garbage here', 'javascript:alert(1)//', '/api/signup', 'data:,x'])
      expect(checkValue('action', bad), bad).to.equal('notUrl');
    expect(checkValue('url', 'http://partner.example/post'), 'a page to share may be http').to.equal(undefined);
    expect(checkValue('url', 'javascript:alert(1)')).to.equal('notUrl');
    expect(checkValue('text', 'x'.repeat(LIMITS.text + 1))).to.equal('tooLong');
    expect(checkValue('mailchimp', 'x'.repeat(LIMITS.paste + 1))).to.equal('tooLong');
  });
});

describe('builder: checked values', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(60_000);

  it('keeps a folder path for the kit’s address as written', async () => {
    b = await openBuilder();
    fill(b, '#f-base', '/vendor/btw/0.1.0/');
    await until(() => scriptSrc(b!).startsWith('/vendor/'), 'the folder path in the snippet');
    expect(scriptSrc(b)).to.equal('/vendor/btw/0.1.0/btw-share.js');
    expect(b.doc.querySelector('#f-base-problem')).to.equal(null);
    expect(text(b, '#snippet-hosts')).to.contain('your own site');
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('refuses an unusable kit address by the field, keeps the last good snippet, and goes on updating', async () => {
    b = await openBuilder();
    fill(b, '#f-base', 'https://cdn.partner.example/btw/');
    await until(() => scriptSrc(b!).startsWith('https://cdn.partner.example/'), 'the typed base');
    const good = scriptSrc(b);
    for (const bad of ['garbage', 'javascript:alert(1)//', 'http://cdn.evil.example/kit/0.1.0/']) {
      fill(b, '#f-base', bad);
      await until(() => b!.doc.querySelector('#f-base-problem'), `the message for ${bad}`);
      expect(b.doc.querySelector('#f-base')!.getAttribute('aria-invalid'), bad).to.equal('true');
      expect(b.doc.querySelector<HTMLInputElement>('#f-base')!.value, 'the field keeps what was typed').to.equal(bad);
      expect(scriptSrc(b), bad).to.equal(good);
    }
    expect(text(b, '#f-base-problem')).to.contain('https://');
    // Every other field still reaches the snippet.
    fill(b, '#f-url', 'https://partner.example/post');
    await until(
      () => snippetElement(b!).getAttribute('url') === 'https://partner.example/post',
      'the url in the snippet',
    );
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('wants the sign-up endpoint on https, with a specific message', async () => {
    b = await openBuilder('?element=btw-signup&provider=form');
    fill(b, '#f-action', 'https://partner.example/signup');
    await until(
      () => snippetElement(b!).getAttribute('action') === 'https://partner.example/signup',
      'the https action',
    );
    fill(b, '#f-action', 'http://partner.example/signup');
    await until(() => b!.doc.querySelector('#f-action-problem'), 'the message');
    expect(text(b, '#f-action-problem')).to.contain('https://').and.to.contain('localhost');
    expect(snippetElement(b).getAttribute('action')).to.equal('https://partner.example/signup');
    fill(b, '#f-action', 'garbage here');
    await until(() => text(b!, '#f-action-problem').includes('full address'), 'the message for garbage');
    fill(b, '#f-action', 'http://localhost:8080/signup');
    await until(
      () => snippetElement(b!).getAttribute('action') === 'http://localhost:8080/signup',
      'a local endpoint while testing',
    );
    expect(b.doc.querySelector('#f-action-problem')).to.equal(null);
  });

  it('caps a huge pasted Mailchimp value with a message, and keeps the list found before', async () => {
    b = await openBuilder('?element=btw-signup&provider=mailchimp');
    fill(b, '#f-mailchimp', 'https://partner.us21.list-manage.com/subscribe/post?u=5f3a&id=8e21');
    await until(() => snippetElement(b!).getAttribute('action')?.includes('list-manage'), 'the list');
    const huge = `https://partner.us21.list-manage.com/subscribe/post?u=5f3a&id=8e21&x=${'a'.repeat(200_000)}`;
    fill(b, '#f-mailchimp', huge);
    await until(() => b!.doc.querySelector('#f-mailchimp-problem'), 'the message');
    expect(text(b, '#f-mailchimp-problem')).to.contain('200,');
    expect(b.doc.querySelector<HTMLTextAreaElement>('#f-mailchimp')!.value.length).to.equal(LIMITS.paste);
    expect(snippetElement(b).getAttribute('action')).to.equal(
      'https://partner.us21.list-manage.com/subscribe/post?u=5f3a&id=8e21',
    );
    await expect(b.doc.documentElement).to.be.accessible();
  });
});
