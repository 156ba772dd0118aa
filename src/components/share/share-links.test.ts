import { expect, fixture, html } from '@open-wc/testing';
import { hrefOf, param, share, shown, warnings, control } from '../../../test/helpers/share.js';
import type { BtwShare } from './share.js';

// A URL with a non-ASCII path, a query and a hash, and a non-ASCII message.
const PAGE = 'https://example.org/más/camino?a=1&b=dos#sección';
const U = 'https%3A%2F%2Fexample.org%2Fm%25C3%25A1s%2Fcamino%3Fa%3D1%26b%3Ddos%23secci%25C3%25B3n';
const TEXT = 'Más allá del muro: ¿por qué?';
const T = 'M%C3%A1s%20all%C3%A1%20del%20muro%3A%20%C2%BFpor%20qu%C3%A9%3F';
const ALL = 'native x facebook whatsapp telegram bluesky mastodon linkedin reddit threads email copy';
/** Every target that is a link. */
const LINK_NETWORKS = [
  'x',
  'facebook',
  'whatsapp',
  'telegram',
  'bluesky',
  'mastodon',
  'linkedin',
  'reddit',
  'threads',
  'email',
];

describe('<btw-share> links', () => {
  it('gives every network its exact link, URL and text encoded', async () => {
    const el = await share(
      html`<btw-share url=${PAGE} text=${TEXT} networks=${ALL} mastodon-instance="mastodon.social"></btw-share>`,
    );
    expect({
      x: hrefOf(el, 'x'),
      facebook: hrefOf(el, 'facebook'),
      whatsapp: hrefOf(el, 'whatsapp'),
      telegram: hrefOf(el, 'telegram'),
      bluesky: hrefOf(el, 'bluesky'),
      mastodon: hrefOf(el, 'mastodon'),
      linkedin: hrefOf(el, 'linkedin'),
      reddit: hrefOf(el, 'reddit'),
      threads: hrefOf(el, 'threads'),
      email: hrefOf(el, 'email'),
    }).to.deep.equal({
      x: `https://x.com/intent/tweet?text=${T}&url=${U}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${U}`,
      whatsapp: `https://wa.me/?text=${T}%20${U}`,
      telegram: `https://t.me/share/url?url=${U}&text=${T}`,
      bluesky: `https://bsky.app/intent/compose?text=${T}%20${U}`,
      mastodon: `https://mastodon.social/share?text=${T}%20${U}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${U}`,
      reddit: `https://www.reddit.com/submit?url=${U}&title=${T}`,
      threads: `https://www.threads.com/intent/post?text=${T}&url=${U}`,
      email: `mailto:?subject=${T}&body=${T}%0A%0A${U}`,
    });
  });

  it('opens every web link in a new tab without opener or referrer, and email in place', async () => {
    const el = await share(
      html`<btw-share url=${PAGE} networks=${ALL} mastodon-instance="mastodon.social"></btw-share>`,
    );
    const web = LINK_NETWORKS.filter((network) => network !== 'email');
    const seen = web.map((network) => {
      const link = control(el, network)!;
      return [network, link.localName, link.getAttribute('target'), link.getAttribute('rel')];
    });
    expect(seen).to.deep.equal(web.map((network) => [network, 'a', '_blank', 'noopener noreferrer']));
    const email = control(el, 'email')!;
    expect(email.localName).to.equal('a');
    expect(email.hasAttribute('target')).to.equal(false);
  });

  it('adds hashtags and via to X', async () => {
    const el = await share(
      html`<btw-share url=${PAGE} text="Hola" networks="x" hashtags="BeyondTheWall, #migración" via="@btw"></btw-share>`,
    );
    expect(hrefOf(el, 'x')).to.equal(
      `https://x.com/intent/tweet?text=Hola&url=${U}&hashtags=BeyondTheWall,migraci%C3%B3n&via=btw`,
    );
  });

  describe('UTM parameters', () => {
    it('tag the shared URL of every link with its own utm_medium', async () => {
      const page = 'https://example.org/p';
      const el = await share(
        html`<btw-share url=${page} networks=${ALL} mastodon-instance="mastodon.social" utm-source="blog"></btw-share>`,
      );
      // Each link holds the tagged URL once, percent-encoded as a whole.
      const tagged = LINK_NETWORKS.map((network) => [
        network,
        hrefOf(el, network)!.includes(encodeURIComponent(`${page}?utm_source=blog&utm_medium=${network}`)),
      ]);
      expect(tagged).to.deep.equal(LINK_NETWORKS.map((network) => [network, true]));
    });

    it('are added per network, keeping the query and the hash, before encoding', async () => {
      const el = await share(
        html`<btw-share url=${PAGE} text="Hola" networks="whatsapp facebook email" utm-source="partner" utm-campaign="root causes"></btw-share>`,
      );
      const tagged = (medium: string) =>
        `https://example.org/m%C3%A1s/camino?a=1&b=dos&utm_source=partner&utm_campaign=root+causes&utm_medium=${medium}#secci%C3%B3n`;
      expect(hrefOf(el, 'whatsapp')).to.equal(`https://wa.me/?text=Hola%20${encodeURIComponent(tagged('whatsapp'))}`);
      expect(param(hrefOf(el, 'facebook')!, 'u')).to.equal(tagged('facebook'));
      expect(hrefOf(el, 'email')).to.equal(
        `mailto:?subject=Hola&body=Hola%0A%0A${encodeURIComponent(tagged('email'))}`,
      );
    });

    it('replace earlier utm_* values and work with only a source', async () => {
      const el = await share(
        html`<btw-share url="https://example.org/p?utm_medium=old&amp;x=1#top" networks="facebook" utm-source="blog"></btw-share>`,
      );
      expect(param(hrefOf(el, 'facebook')!, 'u')).to.equal(
        'https://example.org/p?x=1&utm_source=blog&utm_medium=facebook#top',
      );
    });

    it('replace utm_* keys however encoded, and keep pairs that do not decode', async () => {
      const el = await share(
        html`<btw-share url="https://example.org/p?utm%5Fsource=old&amp;utm_medium+=x&amp;%E0%A4%A=1" networks="facebook" utm-campaign="c"></btw-share>`,
      );
      expect(param(hrefOf(el, 'facebook')!, 'u')).to.equal(
        'https://example.org/p?utm_medium+=x&%E0%A4%A=1&utm_campaign=c&utm_medium=facebook',
      );
    });

    it('are not added without utm-source or utm-campaign', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="facebook"></btw-share>`);
      expect(param(hrefOf(el, 'facebook')!, 'u')).to.equal(new URL(PAGE).href);
    });
  });

  describe('shortening, counted in code points', () => {
    it('keeps an X text of exactly 256 characters (+ 24 for the link = 280)', async () => {
      const text = 'ñ'.repeat(256);
      const el = await share(html`<btw-share url=${PAGE} text=${text} networks="x"></btw-share>`);
      expect(param(hrefOf(el, 'x')!, 'text')).to.equal(text);
    });

    it('shortens a longer X text of emoji to a prefix ending in …', async () => {
      const el = await share(html`<btw-share url=${PAGE} text=${'🌎'.repeat(300)} networks="x"></btw-share>`);
      expect(param(hrefOf(el, 'x')!, 'text')).to.equal(`${'🌎'.repeat(255)}…`);
    });

    it('leaves room on X for hashtags and via', async () => {
      // " #a #bc" (7) + " via @btw" (9) + 24 = 40: 240 left for the text
      const el = await share(
        html`<btw-share url=${PAGE} text=${'é'.repeat(241)} networks="x" hashtags="a,bc" via="btw"></btw-share>`,
      );
      const text = param(hrefOf(el, 'x')!, 'text')!;
      expect(text).to.equal(`${'é'.repeat(239)}…`);
      expect([...text].length).to.equal(240);
    });

    it('does not cut an emoji made of several code points', async () => {
      // 🇬🇹 is two code points: at 255 + 🇬🇹 the flag does not fit whole before the …
      const el = await share(
        html`<btw-share url=${PAGE} text=${`${'a'.repeat(254)}🇬🇹 más texto`} networks="x"></btw-share>`,
      );
      expect(param(hrefOf(el, 'x')!, 'text')).to.equal(`${'a'.repeat(254)}…`);
    });

    it('ends a shortened text with … right after its last word, not after a space', async () => {
      const el = await share(
        html`<btw-share url=${PAGE} text=${`${'a'.repeat(253)}  más texto`} networks="x"></btw-share>`,
      );
      expect(param(hrefOf(el, 'x')!, 'text')).to.equal(`${'a'.repeat(253)}…`);
    });

    it('leaves the X text out when hashtags and via take all the room, and keeps a lone … when one character is left', async () => {
      // " #" + 254 letters = 256: nothing left for the text; 253 letters: room for "…" only
      const none = await share(
        html`<btw-share url=${PAGE} text="Hola" networks="x" hashtags=${'h'.repeat(254)}></btw-share>`,
      );
      expect(param(hrefOf(none, 'x')!, 'text')).to.equal('');
      const one = await share(
        html`<btw-share url=${PAGE} text="Hola" networks="x" hashtags=${'h'.repeat(253)}></btw-share>`,
      );
      expect(param(hrefOf(one, 'x')!, 'text')).to.equal('…');
    });

    it('fits the whole Bluesky post, text + space + URL, in 300', async () => {
      const url = new URL(PAGE).href;
      const room = 300 - [...url].length - 1;
      const exact = await share(html`<btw-share url=${PAGE} text=${'ü'.repeat(room)} networks="bluesky"></btw-share>`);
      expect(param(hrefOf(exact, 'bluesky')!, 'text')).to.equal(`${'ü'.repeat(room)} ${url}`);
      const long = await share(html`<btw-share url=${PAGE} text=${'😀'.repeat(400)} networks="bluesky"></btw-share>`);
      const post = param(hrefOf(long, 'bluesky')!, 'text')!;
      expect(post).to.equal(`${'😀'.repeat(room - 1)}… ${url}`);
      expect([...post].length).to.equal(300);
    });
  });

  describe('networks', () => {
    it('are shown in the order given, each once', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="email reddit x copy reddit"></btw-share>`);
      expect(shown(el)).to.deep.equal(['email', 'reddit', 'x', 'copy']);
    });

    it('ignore unknown names with a warning naming them', async () => {
      let el!: HTMLElement;
      const seen = await warnings(async () => {
        el = await share(html`<btw-share url=${PAGE} networks="x myspace facebook Orkut"></btw-share>`);
      });
      expect(shown(el as never)).to.deep.equal(['x', 'facebook']);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.include('btw-share').and.include('myspace').and.include('Orkut');
    });

    // Each browser is made to have, then to lack, the Web Share API, so both cases run everywhere.
    const withShare = async (share: unknown, run: () => Promise<void>) => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: share });
      try {
        await run();
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
    };

    it('default to whatsapp facebook x bluesky email copy where the browser cannot share', async () => {
      await withShare(undefined, async () => {
        const el = await share(html`<btw-share url=${PAGE}></btw-share>`);
        expect(shown(el)).to.deep.equal(['whatsapp', 'facebook', 'x', 'bluesky', 'email', 'copy']);
      });
    });

    it('default to native first where the browser can share', async () => {
      await withShare(
        () => Promise.resolve(),
        async () => {
          const el = await share(html`<btw-share url=${PAGE}></btw-share>`);
          expect(shown(el)).to.deep.equal(['native', 'whatsapp', 'facebook', 'x', 'bluesky', 'email', 'copy']);
        },
      );
    });
  });

  it('leaves out the text, and the separator after it, when there is none', async () => {
    const title = document.title;
    document.title = '';
    try {
      const el = await share(html`<btw-share url=${PAGE} text=" " networks="whatsapp telegram email"></btw-share>`);
      expect([hrefOf(el, 'whatsapp'), hrefOf(el, 'telegram'), hrefOf(el, 'email')]).to.deep.equal([
        `https://wa.me/?text=${U}`,
        `https://t.me/share/url?url=${U}&text=`,
        `mailto:?subject=&body=${U}`,
      ]);
    } finally {
      document.title = title;
    }
  });

  describe('defaults', () => {
    let added: Element[] = [];
    afterEach(() => {
      added.forEach((node) => node.remove());
      added = [];
    });
    const head = (markup: string) => {
      const template = document.createElement('template');
      template.innerHTML = markup; // test fixture markup, not widget code
      const node = template.content.firstElementChild!;
      document.head.append(node);
      added.push(node);
    };

    it('share <link rel=canonical> and og:title when set', async () => {
      head('<link rel="canonical" href="https://example.org/canónico?x=1">');
      head('<meta property="og:title" content="Título OG">');
      const el = await share(html`<btw-share networks="reddit"></btw-share>`);
      const href = hrefOf(el, 'reddit')!;
      expect([param(href, 'url'), param(href, 'title')]).to.deep.equal([
        'https://example.org/can%C3%B3nico?x=1',
        'Título OG',
      ]);
    });

    it('read the page once for many widgets rendering together, and follow a later change', async () => {
      const els = await fixture(html`<div>
        <btw-share networks="x reddit"></btw-share><btw-share networks="x reddit"></btw-share><btw-share networks="x reddit"></btw-share>
      </div>`);
      const widgets = [...els.children] as BtwShare[];
      await Promise.all(widgets.map((el) => el.updateComplete));
      // First renders come in time slices, more of them on a busy machine; an update
      // of all three in one task is always one batch.
      head('<link rel="canonical" href="javascript:void 0">');
      const seen = await warnings(async () => {
        for (const el of widgets) el.text = 'Otra';
        await Promise.all(widgets.map((el) => el.updateComplete));
      });
      // One warning for the page's bad canonical link, not one per widget and link.
      expect(seen.filter((line) => line.includes('canonical link'))).to.have.length(1);
      const first = widgets[0];
      expect(param(hrefOf(first, 'reddit')!, 'url')).to.equal(location.href);
      added.pop()!.remove();
      head('<link rel="canonical" href="https://example.org/nueva">');
      first.text = 'Otra vez';
      await first.updateComplete;
      expect(param(hrefOf(first, 'reddit')!, 'url')).to.equal('https://example.org/nueva');
    });

    it('else share the page address and title', async () => {
      const el = await share(html`<btw-share networks="reddit"></btw-share>`);
      const href = hrefOf(el, 'reddit')!;
      expect([param(href, 'url'), param(href, 'title')]).to.deep.equal([location.href, document.title]);
    });
  });

  describe('URL guard', () => {
    it('drops a javascript: url with a warning naming btw-share and url, and shares the default', async () => {
      let el!: HTMLElement;
      const seen = await warnings(async () => {
        el = await share(html`<btw-share url="javascript:alert(1)" networks="facebook email"></btw-share>`);
      });
      expect(
        seen.some((line) => line.includes('btw-share') && line.includes('url') && line.includes('javascript:')),
      ).to.equal(true);
      const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(links.join(' ')).not.to.include('javascript');
      expect(param(links[0], 'u')).to.equal(location.href);
    });

    it('ignores a mastodon-instance that is not a host name, and asks the reader instead', async () => {
      let el!: HTMLElement;
      const seen = await warnings(async () => {
        el = await share(
          html`<btw-share url=${PAGE} networks="mastodon" mastodon-instance="javascript:alert(1)//"></btw-share>`,
        );
      });
      expect(seen.some((line) => line.includes('btw-share') && line.includes('mastodon-instance'))).to.equal(true);
      expect(control(el as never, 'mastodon')!.localName).to.equal('button');
    });
  });
});
