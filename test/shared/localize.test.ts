import { expect, fixture, html } from '@open-wc/testing';
import { settled, type LangProbe } from '../helpers/lang-probe.js';
import { declaredLang, toLocale } from '../../src/shared/localize.js';

describe('language resolution', () => {
  const root = document.documentElement;
  let pageLang: string;
  beforeEach(() => {
    pageLang = root.lang;
    root.lang = '';
  });
  afterEach(() => {
    root.lang = pageLang;
  });

  it('uses the element’s own lang first', async () => {
    const el = await fixture<LangProbe>(html`<div lang="en"><lang-probe lang="es"></lang-probe></div>`);
    const probe = el.querySelector('lang-probe')!;
    await probe.updateComplete;
    expect(probe.text).to.equal('Cargando…');
  });

  it('uses the closest ancestor’s lang', async () => {
    const el = await fixture(html`<section lang="en"><div lang="es"><p><lang-probe></lang-probe></p></div></section>`);
    const probe = el.querySelector('lang-probe')!;
    await probe.updateComplete;
    expect(probe.text).to.equal('Cargando…');
  });

  it('finds the lang of a shadow host’s ancestors', async () => {
    const host = await fixture(html`<div lang="es"><span></span></div>`);
    const shadow = host.querySelector('span')!.attachShadow({ mode: 'open' });
    const probe = document.createElement('lang-probe');
    shadow.append(probe);
    await probe.updateComplete;
    expect(probe.text).to.equal('Cargando…');
  });

  it('skips empty langs on both sides of a shadow root', async () => {
    const host = await fixture(html`<div lang="es"><span lang=""></span></div>`);
    const wrapper = document.createElement('div');
    wrapper.lang = '';
    const probe = document.createElement('lang-probe');
    wrapper.append(probe);
    host.querySelector('span')!.attachShadow({ mode: 'open' }).append(wrapper);
    await probe.updateComplete;
    expect(probe.text).to.equal('Cargando…');
  });

  it('uses <html lang> when no element has one', async () => {
    root.lang = 'es';
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(probe.text).to.equal('Cargando…');
  });

  it('falls back to English when no lang is set anywhere', async () => {
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(probe.text).to.equal('Loading…');
  });

  it('maps a region to its language: es-GT is Spanish', async () => {
    const probe = await fixture<LangProbe>(html`<lang-probe lang="es-GT"></lang-probe>`);
    expect(probe.text).to.equal('Cargando…');
    expect(probe.resolved).to.equal('es');
  });

  it('falls back to English for a language it does not ship', async () => {
    const probe = await fixture<LangProbe>(html`<div lang="es"><lang-probe lang="fr-CA"></lang-probe></div>`);
    const inner = probe.querySelector('lang-probe')!;
    await inner.updateComplete;
    expect(inner.text).to.equal('Loading…');
  });

  it('treats an empty lang as not set', async () => {
    const el = await fixture(html`<div lang="es"><lang-probe lang=""></lang-probe></div>`);
    const probe = el.querySelector('lang-probe')!;
    await probe.updateComplete;
    expect(probe.text).to.equal('Cargando…');
  });

  it('reads tags in any case and with underscores', () => {
    expect(toLocale('ES')).to.equal('es');
    expect(toLocale('es_MX')).to.equal('es');
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('')).to.equal('en');
  });

  it('declaredLang returns the nearest declared tag unchanged', async () => {
    const el = await fixture(html`<div lang="es-GT"><i></i></div>`);
    expect(declaredLang(el.querySelector('i')!)).to.equal('es-GT');
  });
});

describe('language changes at run time', () => {
  it('re-renders when the element’s own lang changes', async () => {
    const el = await fixture(html`<div lang="es"><lang-probe lang="en"></lang-probe></div>`);
    const probe = el.querySelector('lang-probe')!;
    await probe.updateComplete;
    expect(probe.text).to.equal('Loading…');
    probe.removeAttribute('lang');
    await settled(probe);
    expect(probe.text, 'its own lang removed: the Spanish of its parent').to.equal('Cargando…');
    probe.lang = 'en';
    await settled(probe);
    expect(probe.text).to.equal('Loading…');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const el = await fixture(html`<div lang="en"><div><lang-probe></lang-probe></div></div>`);
    const probe = el.querySelector('lang-probe')!;
    await probe.updateComplete;
    el.setAttribute('lang', 'es-SV');
    await settled(probe);
    expect(probe.text).to.equal('Cargando…');
  });

  it('re-renders when <html lang> changes', async () => {
    const root = document.documentElement;
    const before = root.lang;
    root.lang = 'en';
    try {
      const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
      root.lang = 'es';
      await settled(probe);
      expect(probe.text).to.equal('Cargando…');
    } finally {
      root.lang = before;
    }
  });

  it('re-renders a probe inside a shadow root when a lang inside that root changes', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    const probe = document.createElement('lang-probe');
    wrapper.append(probe);
    shadow.append(wrapper);
    await probe.updateComplete;
    expect(probe.text).to.equal('Loading…');
    wrapper.lang = 'es';
    await settled(probe);
    expect(probe.text).to.equal('Cargando…');
  });

  it('does not re-render elements whose language did not change', async () => {
    const el = await fixture(
      html`<div><div lang="es" id="a"><lang-probe></lang-probe></div><lang-probe lang="en"></lang-probe></div>`,
    );
    const [inA, own] = el.querySelectorAll('lang-probe');
    await own.updateComplete;
    const renders = own.renders;
    el.querySelector('#a')!.setAttribute('lang', 'en');
    await settled(inA);
    await settled(own);
    expect(inA.text).to.equal('Loading…');
    expect(own.renders).to.equal(renders);
  });

  it('shares one observer among all elements', async () => {
    await fixture(html`<lang-probe></lang-probe>`);
    const Original = window.MutationObserver;
    let created = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created++;
      }
    };
    try {
      const el = await fixture(html`<div>${Array.from({ length: 20 }, () => html`<lang-probe></lang-probe>`)}</div>`);
      await Promise.all([...el.querySelectorAll('lang-probe')].map((p) => p.updateComplete));
    } finally {
      window.MutationObserver = Original;
    }
    expect(created).to.equal(0);
  });
});

describe('dates', () => {
  it('formats dates in the resolved language', async () => {
    const el = await fixture(html`<div><lang-probe lang="en"></lang-probe><lang-probe lang="es"></lang-probe></div>`);
    const [en, es] = el.querySelectorAll('lang-probe');
    await es.updateComplete;
    expect(en.shadowRoot!.querySelector('time')!.textContent).to.equal('February 1, 2020');
    expect(es.shadowRoot!.querySelector('time')!.textContent).to.equal('1 de febrero de 2020');
  });
});
