import { expect } from '@open-wc/testing';
import { OtherPage } from '../../../test/helpers/other-page.js';
import { everything, isProbe, newKey, origin, received, until } from './test-helpers.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';

// A sign-up made while the browser is offline waits in memory and is sent once
// when the connection returns. The browser really goes offline (DevTools' network
// emulation: requests fail, navigator.onLine and its events follow), in a page of
// its own (test/pages/signup-offline.html) so that this page keeps its connection
// to the test runner. Only Chromium's protocol can do it: Chromium only.

type State = {
  online: boolean;
  status: string;
  thanks: string;
  cancel: string | null;
  busy: string | null;
  email: string | null;
  focus: string | null;
  stored: string;
  events: { name: string; submissionId: string }[];
};
declare const probe: {
  mount(options: { action: string; lang?: string }): Promise<void>;
  type(name: string, value: string): Promise<void>;
  click(selector: string): void;
  state(): State;
  until(key: keyof State, value: unknown): Promise<State>;
  accessible(): Promise<string[]>;
};

const SUBMIT = 'button[part="button"]:not(.secondary)';
const CANCEL = 'button.secondary';

/** A page with a sign-up to `key`'s log, an email typed, then taken offline and submitted. */
async function submittedOffline(key: string, lang = 'en') {
  const page = await OtherPage.open('/test/pages/signup-offline.html');
  await page.evaluate((arg) => probe.mount(arg), { action: `${origin}/api/signup?key=${key}`, lang });
  await page.evaluate(() => probe.type('email', 'ana@example.org'));
  await page.offline(true);
  await page.evaluate(() => probe.until('online', false));
  await page.evaluate((selector) => probe.click(selector), SUBMIT);
  return page;
}

describe('btw-signup offline', function () {
  this.timeout(20_000);
  let page: OtherPage | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('keeps a sign-up made offline in memory, says so, and sends it once when the connection returns', async () => {
    const key = newKey();
    page = await submittedOffline(key);
    const waiting = await page.evaluate((text) => probe.until('status', text), en.signupOfflinePending);
    expect(waiting.email, 'the form stays, with what was typed').to.equal('ana@example.org');
    expect(waiting.busy).to.equal('true');
    expect(waiting.cancel).to.equal(en.signupCancel);
    expect(waiting.stored, 'nothing written to storage or cookies').not.to.contain('ana@example.org');
    expect(waiting.events.map((event) => event.name)).to.deep.equal(['btw-signup-submit']);
    expect(await page.evaluate(() => probe.accessible())).to.deep.equal([]);

    await page.offline(false);
    const done = await page.evaluate((text) => probe.until('thanks', text), en.signupSuccess);
    const requests = await received(key);
    const submitted = done.events[0]!.submissionId;
    expect(
      requests.map((request) => JSON.parse(request.body).submissionId),
      'one request, same submissionId',
    ).to.deep.equal([submitted]);
    expect(done.events).to.deep.equal([
      { name: 'btw-signup-submit', submissionId: submitted },
      { name: 'btw-signup-success', submissionId: submitted },
    ]);
  });

  it('says it in Spanish', async () => {
    page = await submittedOffline(newKey(), 'es');
    const waiting = await page.evaluate((text) => probe.until('status', text), es.signupOfflinePending);
    expect(waiting.cancel).to.equal(es.signupCancel);
    expect(await page.evaluate(() => probe.accessible())).to.deep.equal([]);
    await page.evaluate((selector) => probe.click(selector), CANCEL);
    await page.evaluate((text) => probe.until('status', text), es.signupCancelled);
  });

  it('sends nothing after Cancel, gives the focus back to the submit button, and sends the next sign-up', async () => {
    const key = newKey();
    page = await submittedOffline(key);
    await page.evaluate((text) => probe.until('status', text), en.signupOfflinePending);
    await page.evaluate((selector) => probe.click(selector), CANCEL);
    const cancelled = await page.evaluate((text) => probe.until('status', text), en.signupCancelled);
    expect([cancelled.cancel, cancelled.email, cancelled.busy]).to.deep.equal([null, 'ana@example.org', null]);
    expect((await page.evaluate(() => probe.until('focus', 'button'))).focus).to.equal('button');
    expect(await page.evaluate(() => probe.accessible())).to.deep.equal([]);

    await page.offline(false);
    await page.evaluate(() => probe.until('online', true));
    // The control: a sign-up sent now arrives, and it is the only request.
    await page.evaluate((selector) => probe.click(selector), SUBMIT);
    const done = await page.evaluate((text) => probe.until('thanks', text), en.signupSuccess);
    const requests = await received(key);
    expect(requests.map((request) => JSON.parse(request.body).submissionId)).to.deep.equal([
      done.events.at(-1)!.submissionId,
    ]);
  });

  it('waits, too, when the connection is lost while the sign-up is on its way, and sends it once it returns', async () => {
    const key = newKey();
    page = await OtherPage.open('/test/pages/signup-offline.html');
    await page.evaluate((arg) => probe.mount(arg), { action: `${origin}/api/signup?key=${key}&hold` });
    await page.evaluate(() => probe.type('email', 'ana@example.org'));
    await page.evaluate((selector) => probe.click(selector), SUBMIT);
    await page.evaluate((text) => probe.until('status', text), en.signupSending);
    // The request reached the server (held there); then the connection goes: the server
    // drops it, and every request sent again, so the fetch fails while offline.
    await until(async () => (await everything(key)).filter((request) => !isProbe(request)).length === 1, 'the request');
    await page.offline(true);
    await page.evaluate(() => probe.until('online', false));
    await fetch(`${origin}/api/signup/release?held=${key}&drop`);
    const waiting = await page.evaluate((text) => probe.until('status', text), en.signupOfflinePending);
    expect(waiting.email, 'the form stays, with what was typed').to.equal('ana@example.org');
    expect(waiting.events.map((event) => event.name)).to.deep.equal(['btw-signup-submit']);
    expect(await page.evaluate(() => probe.accessible())).to.deep.equal([]);

    await fetch(`${origin}/api/signup/release?held=${key}`);
    await page.offline(false);
    const done = await page.evaluate((text) => probe.until('thanks', text), en.signupSuccess);
    const submitted = done.events[0]!.submissionId;
    const arrivals = (await everything(key)).filter((request) => !isProbe(request));
    expect(
      new Set(arrivals.map((request) => JSON.parse(request.body).submissionId)),
      'the lost requests and the one sent again: one submissionId',
    ).to.deep.equal(new Set([submitted]));
    expect(done.events.map((event) => event.name)).to.deep.equal(['btw-signup-submit', 'btw-signup-success']);
  });

  it('drops the waiting sign-up when the reader changes a value, and sends the new one', async () => {
    const key = newKey();
    page = await submittedOffline(key);
    await page.evaluate((text) => probe.until('status', text), en.signupOfflinePending);
    await page.evaluate(() => probe.type('email', 'ana.maria@example.org'));
    const changed = await page.evaluate(() => probe.until('cancel', null));
    expect([changed.status, changed.busy]).to.deep.equal(['', null]);
    await page.offline(false);
    await page.evaluate(() => probe.until('online', true));
    await page.evaluate((selector) => probe.click(selector), SUBMIT);
    await page.evaluate((text) => probe.until('thanks', text), en.signupSuccess);
    const requests = await received(key);
    expect(requests.map((request) => JSON.parse(request.body).email)).to.deep.equal(['ana.maria@example.org']);
  });
});
