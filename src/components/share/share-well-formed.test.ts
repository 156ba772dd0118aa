import { expect, html } from '@open-wc/testing';
import { hrefOf, param, share, shown } from '../../../test/helpers/share.js';

// Half of 🌎 (a lone high surrogate) and a lone low surrogate: what a cut string leaves.
const HIGH = '\uD83C';
const LOW = '\uDF0E';
const PAGE = 'https://example.org/p';

describe('<btw-share> text with a lone surrogate', () => {
  it('shares the text with U+FFFD in its place, and every control is there', async () => {
    const el = await share(
      html`<btw-share url=${PAGE} text=${`Hola ${HIGH} mundo ${LOW}`} networks="x whatsapp email copy" hashtags=${`a${HIGH}`} via=${`b${LOW}`}></btw-share>`,
    );
    expect(shown(el)).to.deep.equal(['x', 'whatsapp', 'email', 'copy']);
    expect(param(hrefOf(el, 'x')!, 'text')).to.equal('Hola \uFFFD mundo \uFFFD');
    expect(hrefOf(el, 'x')).to.include('&hashtags=a%EF%BF%BD&via=b%EF%BF%BD');
    expect(param(hrefOf(el, 'whatsapp')!, 'text')).to.equal(`Hola \uFFFD mundo \uFFFD ${PAGE}`);
    await expect(el).to.be.accessible();
  });

  it('keeps a whole emoji as it is', async () => {
    const el = await share(html`<btw-share url=${PAGE} text="Hola 🌎" networks="x"></btw-share>`);
    expect(param(hrefOf(el, 'x')!, 'text')).to.equal('Hola 🌎');
  });

  it('shares a page title with a lone surrogate', async () => {
    const title = document.title;
    document.title = `Título ${HIGH}`;
    try {
      const el = await share(html`<btw-share url=${PAGE} networks="reddit"></btw-share>`);
      expect(param(hrefOf(el, 'reddit')!, 'title')).to.equal('Título \uFFFD');
    } finally {
      document.title = title;
    }
  });

  it('does the same in a browser without String.prototype.toWellFormed', async () => {
    const proto = String.prototype as { toWellFormed?: unknown };
    const own = Object.getOwnPropertyDescriptor(proto, 'toWellFormed');
    delete proto.toWellFormed;
    try {
      const el = await share(html`<btw-share url=${PAGE} text=${`${LOW}a${HIGH}🌎${HIGH}`} networks="x"></btw-share>`);
      expect(param(hrefOf(el, 'x')!, 'text')).to.equal('\uFFFDa\uFFFD🌎\uFFFD');
    } finally {
      if (own) Object.defineProperty(proto, 'toWellFormed', own);
    }
  });
});
