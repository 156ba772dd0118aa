import type { PropertyValues } from '@lit/reactive-element';
import { BtwElement } from '../../shared/btw-element.js';
import { property, state } from '../../shared/decorators.js';
import { baseStyles } from '../../shared/styles.js';
import { safeUrl } from '../../shared/url.js';
import { controlItem } from './controls.js';
import { ShareView } from './view.js';
import { parseInstance, rememberedInstance, rememberInstance } from './mastodon.js';
import { defaultText, defaultUrl, openLink } from './page.js';
import {
  BRAND_NAMES,
  DEFAULT_NETWORKS,
  parseNetworks,
  shareHref,
  withUtm,
  type Brand,
  type LinkNetwork,
  type Network,
} from './networks.js';
import { styles } from './share.styles.js';

const TAG = 'btw-share';

/**
 * @tagname btw-share
 * @summary Share buttons for the current page or any URL: real links, no trackers,
 * in English or Spanish.
 *
 * @csspart heading - The visible label over the buttons.
 * @csspart list - The list of share controls.
 * @csspart button - Each share link or button (and the buttons of the Mastodon prompt).
 * @csspart icon - The icon of each control.
 * @csspart label - The visible name of each control (visually hidden in `variant="icons"`).
 *
 * @cssproperty --btw-accent - Button background.
 * @cssproperty --btw-accent-contrast - Button text and icon colour.
 * @cssproperty --btw-radius - Button corner radius.
 * @cssproperty --btw-gap - Space between buttons.
 * @cssproperty --btw-border - Border of the Mastodon prompt and its field.
 * @cssproperty --btw-surface - Background of the Mastodon prompt.
 * @cssproperty --btw-font - Font shorthand (defaults to the page's).
 *
 * @event btw-share - Before a share action; cancelable, `preventDefault()` stops it. detail: {network, url}
 * @event btw-copy - After the link was copied. detail: {url}
 */
export class BtwShare extends BtwElement {
  static override styles = [baseStyles, styles];

  /**
   * The URL to share; default the first valid `<link rel=canonical>`, else the page's
   * address without its fragment and personal parameters (docs). Only http(s).
   */
  @property() url?: string;
  /** The message; default `<meta property="og:title">`, else the page title. */
  @property() text?: string;
  /**
   * Space-separated targets, in display order, from
   * `native x facebook whatsapp telegram bluesky mastodon linkedin reddit threads email copy`.
   */
  @property() networks = DEFAULT_NETWORKS;
  /** Comma-separated hashtags for X, without `#`. */
  @property() hashtags?: string;
  /** An X handle, without `@`. */
  @property() via?: string;
  /** Adds `utm_source` (and `utm_campaign`, `utm_medium=<network>`) to the shared URL. */
  @property({ attribute: 'utm-source' }) utmSource?: string;
  /** Adds `utm_campaign` (and `utm_source`, `utm_medium=<network>`) to the shared URL. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;
  /** A Mastodon host such as `mastodon.social`; without it the reader is asked. */
  @property({ attribute: 'mastodon-instance' }) mastodonInstance?: string;
  /** Visible heading over the buttons; default localized "Share"; `""` hides it. */
  @property() label?: string;
  /** `buttons` (icon and name) or `icons` (icon only, the name stays the accessible name). */
  @property() variant: 'buttons' | 'icons' = 'buttons';

  /** The Mastodon prompt: closed (undefined), open, or open with its error shown. */
  @state() private prompt?: 'open' | 'invalid';
  /** The live region's text; no region until the first event on the list (see handleList). */
  @state() private announcement?: string;
  @state() private fallbackUrl?: string;
  /** The server remembered on this device, read when the prompt opens. */
  @state() private saved?: string;

  #url?: string;
  #instance?: string;
  #targets: Network[] = [];
  /** The list's items (controls.ts), brought up to date only when what they show changes. */
  #items?: HTMLLIElement[];
  /** Each network's item, kept: its control keeps the focus through an update. */
  #controls = new Map<Network, HTMLLIElement>();
  /** Shows the light-DOM fallback (links a page gave for readers without JavaScript) until the first render. */
  #fallbackSlot?: HTMLSlotElement;
  /** What the widget shows (view.ts), made on the first render. */
  #view?: ShareView;

  /**
   * Many widgets render their first time in slices after the kit is defined
   * (first-render.ts). Until a widget has rendered, its shadow root shows the
   * page's fallback children through a slot, next to the (empty) box, so that
   * a widget the page sized with its fallback keeps that size, and nothing
   * below it moves (issue 13).
   */
  protected override createRenderRoot() {
    const box = super.createRenderRoot();
    if (this.firstElementChild) box.after((this.#fallbackSlot = document.createElement('slot')));
    return box;
  }

  protected override update(changed: PropertyValues<this>) {
    // Removed in the task that renders, so no frame shows neither.
    this.#fallbackSlot = void this.#fallbackSlot?.remove();
    super.update(changed);
    // The Mastodon prompt's button (Mastodon without an instance, controls.ts) says whether it is open.
    this.renderRoot.querySelector('button[data-network=mastodon]')?.setAttribute('aria-expanded', `${!!this.prompt}`);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('url')) this.#url = safeUrl(this.url, { element: TAG, field: 'url' });
    if (changed.has('networks')) {
      let unknown: string[];
      [this.#targets, unknown] = parseNetworks(this.networks ?? '');
      if (unknown.length) console.warn(`<${TAG}>: ignored unknown networks: ${unknown.join(', ')}.`);
    }
    // A new language (no property changed) or any attribute: the controls are brought up to date.
    // The prompt, the copy fallback and the announcement leave them as they are.
    const states = ['prompt', 'announcement', 'fallbackUrl', 'saved'];
    if (!changed.size || [...changed.keys()].some((key) => !states.includes(key as string))) this.#items = undefined;
    if (changed.has('mastodonInstance')) {
      this.#instance = parseInstance(this.mastodonInstance);
      if (this.mastodonInstance && !this.#instance) {
        console.warn(`<${TAG}>: ignored mastodon-instance "${this.mastodonInstance}": not a host name.`);
      }
    }
  }

  /** The URL a network gets: the page's or `url`, with the UTM parameters. */
  #sharedUrl(network: Network): string {
    return withUtm(this.#url ?? defaultUrl(), this, network);
  }

  /** The message shared. */
  #sharedText(): string {
    return this.text?.trim() || defaultText();
  }

  /** The share link of a network (to `instance`, for Mastodon). */
  #linkOf(network: LinkNetwork, instance = this.#instance): string {
    return shareHref(network, this.#sharedUrl(network), this.#sharedText(), this, instance);
  }

  /** Fires the cancelable `btw-share`; true when the action may go on. */
  #announceShare(network: Network): boolean {
    return !this.emit('btw-share', { network, url: this.#sharedUrl(network) }, { cancelable: true }).defaultPrevented;
  }

  /**
   * Clicks, middle clicks, keys, focus and pointer over the list's controls.
   * The first of them creates the (empty) live region, well before anything is
   * announced: a region inserted together with its text is often not read out.
   * Until then a widget carries none.
   */
  #handleList(event: MouseEvent & KeyboardEvent) {
    this.announcement ??= '';
    const control = (event.target as Element).closest<HTMLElement>('[data-network]');
    if (!control) return;
    const network = control.dataset.network as Network;
    if (control.localName === 'a') {
      if (event.type === 'keydown') {
        // Links look like buttons, so Space works on them too.
        if (event.key !== ' ') return;
        event.preventDefault();
        if (!event.repeat) control.click();
      } else if (event.type === 'click' || event.button === 1) {
        if (!this.#announceShare(network)) event.preventDefault();
      }
    } else if (event.type === 'click') {
      void (network === 'mastodon' ? this.#handleMastodonClick() : this.#handleShareClick(network));
    }
  }

  /** The `native` and `copy` buttons: share through the browser, or copy the link. */
  async #handleShareClick(network: Network) {
    if (!this.#announceShare(network)) return;
    const url = this.#sharedUrl(network);
    if (network === 'copy') return this.#copyUrl(url);
    const text = this.#sharedText();
    try {
      await navigator.share({ title: text, text, url });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') return; // the reader closed the sheet
      await this.#copyUrl(url); // sharing refused or failed: the link is still one tap away
    }
  }

  async #copyUrl(url: string) {
    this.fallbackUrl = undefined;
    this.announcement = '';
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Refused (no permission, not focused, insecure page): let the reader copy it.
      this.fallbackUrl = url;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#copy-field')!;
      field.focus();
      field.select();
      return;
    }
    // The region exists (made on the first event on the list, see handleList);
    // one frame more, so it is in the accessibility tree before it speaks even
    // when that event was this click.
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    this.announcement = this.localize.term('shareLinkCopied');
    this.emit('btw-copy', { url });
  }

  async #handleMastodonClick() {
    this.prompt = this.prompt ? undefined : 'open';
    if (!this.prompt) return;
    this.saved = rememberedInstance();
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#mastodon-server')!;
    input.value = this.saved ?? '';
    input.focus();
  }

  /** "Forget my server": nothing stays on the device; the field is emptied and focused. */
  async #handleForget() {
    rememberInstance(undefined);
    this.saved = undefined;
    this.announcement = this.localize.term('shareMastodonForgotten');
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#mastodon-server')!;
    this.renderRoot.querySelector<HTMLInputElement>('#mastodon-remember')!.checked = false;
    input.value = '';
    input.focus();
  }

  async #handleMastodonSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#mastodon-server')!;
    const host = parseInstance(input.value);
    if (!host) {
      this.prompt = 'invalid';
      input.focus();
      return;
    }
    // Kept only when the reader ticked the box; unticking it forgets the server.
    rememberInstance(this.renderRoot.querySelector<HTMLInputElement>('#mastodon-remember')!.checked ? host : undefined);
    await this.#closePrompt();
    if (this.#announceShare('mastodon')) openLink(this.renderRoot, this.#linkOf('mastodon', host));
  }

  #handlePromptKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    void this.#closePrompt();
  }

  async #closePrompt() {
    this.prompt = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-network="mastodon"]')?.focus();
  }

  /** Brings the box up to date (view.ts); the list's items only when they were made again. */
  protected override render() {
    const term = this.localize.term.bind(this.localize);
    const view = (this.#view ??= new ShareView(this.renderRoot as HTMLElement, {
      list: (event) => this.#handleList(event as MouseEvent & KeyboardEvent),
      submit: (event) => this.#handleMastodonSubmit(event),
      promptKey: (event) => this.#handlePromptKeydown(event),
      cancel: () => this.#closePrompt(),
      forget: () => this.#handleForget(),
      // Sharing through Mastodon's share page is a share too: hosts hear it, and may stop it.
      sharePage: (event) => this.#announceShare('mastodon') || event.preventDefault(),
    }));
    // On the box, not reflected to the host: the kit writes no attribute there (hydration).
    (this.renderRoot as HTMLElement).classList.toggle('icons', this.variant === 'icons');
    view.heading(this.label ?? term('share'), term('share'));
    if (!this.#items) {
      const native = typeof navigator.share === 'function';
      this.#items = this.#targets
        .filter((network) => network !== 'native' || native)
        .map((network) => this.#controlOf(network));
      view.items(this.#items, term('shareNewTab'));
    }
    view.prompt(
      this.prompt,
      term,
      !!this.saved,
      this.prompt && shareHref('mastodon', this.#sharedUrl('mastodon'), this.#sharedText(), this),
    );
    view.fallback(this.fallbackUrl, term);
    view.status(this.announcement);
  }

  /** A control's list item: names from the brand or our strings, a link or a button. */
  #controlOf(network: Network): HTMLLIElement {
    // The visible name: the brand's, else ours; the accessible name says what it does.
    const brand = BRAND_NAMES[network as Brand];
    const label =
      brand ??
      this.localize.term(network === 'native' ? 'shareNative' : network === 'copy' ? 'shareCopyLink' : 'shareEmail');
    const name = brand
      ? this.localize.term('shareOn', brand)
      : network === 'email'
        ? this.localize.term('shareByEmail')
        : label;
    const button = network === 'native' || network === 'copy' || (network === 'mastodon' && !this.#instance);
    const item = controlItem(
      network,
      name,
      label,
      button ? undefined : this.#linkOf(network as LinkNetwork),
      this.#controls.get(network),
    );
    this.#controls.set(network, item);
    return item;
  }
}

declare global {
  interface HTMLElementEventMap {
    'btw-share': CustomEvent<{ network: Network; url: string }>;
    'btw-copy': CustomEvent<{ url: string }>;
  }
  interface HTMLElementTagNameMap {
    'btw-share': BtwShare;
  }
}
