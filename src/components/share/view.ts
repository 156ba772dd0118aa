// What <btw-share> shows, built with the DOM's own methods rather than Lit
// templates: the element is a ReactiveElement, so its bundle carries no lit-html
// (issue 13: 2.7 kB gzip of a 12 kB budget, and a template instance with its
// parts kept per widget). The structure is fixed; each update sets texts and
// states, as a template's bindings would.
import type { LocalizeController } from '../../shared/localize.js';
import { h, place, setText } from '../../shared/dom.js';
import { BRAND_NAMES } from './networks.js';

type Term = LocalizeController['term'];

/** A field of a panel: its label and the input, described by `description`. */
const field = (id: string, description: string, attributes: Record<string, string>) => [
  h('label', { for: id }),
  h('input', { id, 'aria-describedby': description, ...attributes }),
];

/** What the view calls back: the element's handlers. */
export interface ShareHandlers {
  /** Any click, middle click, key, focus or pointer event on the list's controls. */
  list(event: Event): void;
  /** The Mastodon prompt: sent, a key pressed in it, Cancel. */
  submit(event: SubmitEvent): void;
  promptKey(event: KeyboardEvent): void;
  cancel(): void;
  /** "Forget my server". */
  forget(): void;
  /** A click on the link to Mastodon's share page. */
  sharePage(event: MouseEvent): void;
}

/**
 * The widget's box, in this order: heading, list, Mastodon prompt, copy
 * fallback, live region. Each part is made when first shown and removed when
 * no longer; a part that stays is never moved (that would drop the focus).
 */
export class ShareView {
  #heading?: HTMLDivElement;
  #list: HTMLUListElement;
  /** What a link that opens a new tab adds to its description (`aria-describedby`). */
  #newTab = h('span', { id: 'new-tab', hidden: '' });
  #prompt?: HTMLFormElement;
  #forget?: HTMLButtonElement;
  #panel?: HTMLDivElement;
  #status?: HTMLDivElement;

  readonly #box: HTMLElement;
  readonly #handlers: ShareHandlers;

  constructor(box: HTMLElement, handlers: ShareHandlers) {
    this.#box = box;
    this.#handlers = handlers;
    // One listener of each kind on the list for all its controls (delegation): 200
    // widgets with the seven default controls would otherwise add 7 000 (five kinds each).
    box.append(this.#newTab);
    this.#list = box.appendChild(h('ul', { part: 'list' }));
    for (const type of ['click', 'auxclick', 'keydown', 'focusin', 'pointerover'])
      this.#list.addEventListener(type, handlers.list);
  }

  /** The visible heading, or none (`''`); without one the list is named `name`. */
  heading(text: string, name: string) {
    const list = this.#list;
    if (text)
      setText((this.#heading ??= this.#box.insertBefore(h('div', { part: 'heading', id: 'heading' }), list)), text);
    else this.#heading = void this.#heading?.remove();
    list.removeAttribute(text ? 'aria-label' : 'aria-labelledby');
    list.setAttribute(text ? 'aria-labelledby' : 'aria-label', text ? 'heading' : name);
  }

  /** The list's items (controls.ts, kept by network), and what a new tab adds to their description. */
  items(items: HTMLLIElement[], newTab: string) {
    setText(this.#newTab, newTab);
    place(this.#list, items);
  }

  /**
   * The Mastodon prompt: closed, open, or open with its error shown; `remembered`
   * when a server is remembered on this device (the box starts ticked, and
   * "Forget my server" is offered).
   */
  prompt(state: 'open' | 'invalid' | undefined, term: Term, remembered?: boolean, sharePage?: string) {
    if (!state) {
      this.#prompt = void this.#prompt?.remove();
      return;
    }
    if (!this.#prompt) {
      const { submit, promptKey, cancel } = this.#handlers;
      this.#prompt = this.#box.insertBefore(
        h(
          'form',
          { id: 'mastodon-prompt', class: 'panel' },
          ...field('mastodon-server', 'mastodon-hint', {
            inputmode: 'url',
            autocomplete: 'off',
            autocapitalize: 'none',
            spellcheck: 'false',
          }),
          h('p', { id: 'mastodon-hint' }),
          // An alert, empty until a wrong name is sent.
          h('p', { id: 'mastodon-error', class: 'error', role: 'alert' }),
          // Remembering the server is the reader's choice, off unless they made it before.
          h(
            'div',
            { class: 'remember' },
            h('input', { id: 'mastodon-remember', type: 'checkbox' }),
            h('label', { for: 'mastodon-remember' }),
          ),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'submit', part: 'button' }),
            h('button', { type: 'button', part: 'button', class: 'secondary' }),
          ),
          // The second way, for readers who do not know their server: Mastodon's own share page, a plain link.
          h(
            'p',
            { class: 'other' },
            h('a', { target: '_blank', rel: 'noopener noreferrer', 'aria-describedby': 'new-tab' }),
          ),
        ),
        this.#panel ?? this.#status ?? null,
      );
      this.#prompt.onsubmit = submit;
      this.#prompt.onkeydown = promptKey;
      (this.#prompt.lastChild!.lastChild as HTMLButtonElement).onclick = cancel;
      (this.#prompt.children[4]!.firstChild as HTMLInputElement).checked = !!remembered;
      (this.#prompt.lastChild!.firstChild as HTMLAnchorElement).onclick = this.#handlers.sharePage;
      this.#forget = h('button', { type: 'button', part: 'button', class: 'secondary' });
      this.#forget.onclick = this.#handlers.forget;
    }
    const [label, input, hint, error, remember, actions, other] = this.#prompt.children as unknown as HTMLElement[];
    const link = other!.firstChild as HTMLAnchorElement;
    setText(link, term('shareMastodonSharePage'));
    if (sharePage && link.href !== sharePage) link.href = sharePage;
    setText(remember!.children[1]!, term('shareMastodonRemember'));
    // "Forget my server" only while one is remembered (no hidden control in the way).
    setText(this.#forget!, term('shareMastodonForget'));
    if (remembered) remember!.append(this.#forget!);
    else this.#forget!.remove();
    const invalid = state === 'invalid';
    setText(label!, term('shareMastodonServer'));
    input!.setAttribute('aria-invalid', `${invalid}`);
    input!.setAttribute('aria-describedby', invalid ? 'mastodon-error mastodon-hint' : 'mastodon-hint');
    setText(hint!, term('shareMastodonHint'));
    setText(error!, invalid ? term('shareMastodonInvalid') : '');
    setText(actions!.firstChild!, term('shareOn', BRAND_NAMES.mastodon));
    setText(actions!.lastChild!, term('shareCancel'));
  }

  /** The link to copy by hand when the clipboard was refused, or none. */
  fallback(url: string | undefined, term: Term) {
    if (!url) {
      this.#panel = void this.#panel?.remove();
      return;
    }
    this.#panel ??= this.#box.insertBefore(
      h('div', { class: 'panel' }, ...field('copy-field', 'copy-help', { readonly: '' }), h('p', { id: 'copy-help' })),
      this.#status ?? null,
    );
    const [label, input, help] = this.#panel.children as unknown as [HTMLElement, HTMLInputElement, HTMLElement];
    setText(label, term('shareCopyField'));
    if (input.value !== url) input.value = url;
    setText(help, term('shareCopyRefused'));
  }

  /** The live region: none until the element asks for it, then its text. */
  status(text: string | undefined) {
    if (text !== undefined)
      setText((this.#status ??= this.#box.appendChild(h('div', { role: 'status', class: 'visually-hidden' }))), text);
  }
}
