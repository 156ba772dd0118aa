/**
 * Templates of the `full` variant's blocks and the heading helper, kept out of
 * the element so that it reads as state and flow. Every value enters as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../shared/localize.js';
import type { View } from './view.js';

type Content = unknown;
/** An attribute value; `nothing` leaves the attribute out. */
type Attribute = string | typeof nothing;

/**
 * A heading at `level` (1–6); deeper levels (a title at 6 has inner headings at
 * 7) keep their place in the outline with `role="heading"`.
 */
export function heading(
  level: number,
  content: Content,
  part: Attribute = nothing,
  lang: Attribute = nothing,
  id: Attribute = nothing,
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="h" part=${part} lang=${lang} id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 class="h" part=${part} lang=${lang} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 class="h" part=${part} lang=${lang} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class="h" part=${part} lang=${lang} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class="h" part=${part} lang=${lang} id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 class="h" part=${part} lang=${lang} id=${id}>${content}</h6>`;
    default:
      return html`<p class="h" role="heading" aria-level=${level} part=${part} lang=${lang} id=${id}>${content}</p>`;
  }
}

export function renderImage(view: View) {
  const image = view.fields.image;
  if (!image || !view.imageSrc) return nothing;
  return html`<figure part="image" lang=${view.lang.image}>
    <img src=${view.imageSrc} alt=${image.alt} decoding="async" />
    ${image.credit ? html`<figcaption class="credit" lang=${view.creditLang}>${image.credit}</figcaption>` : nothing}
  </figure>`;
}

export function renderSections(view: View, level: number) {
  return (view.fields.sections ?? []).map(
    (section) => html`<section part="section" lang=${view.lang.sections}>
      ${heading(level, section.heading)}
      ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    </section>`,
  );
}

export function renderQuotes(view: View, localize: LocalizeController, level: number) {
  const quotes = view.fields.quotes ?? [];
  if (!quotes.length) return nothing;
  return html`<section class="quotes" lang=${view.lang.quotes}>
    ${heading(level, localize.term('recQuotes'))}
    ${quotes.map(
      (quote) => html`<figure part="quote">
        <blockquote><p>${quote.text}</p></blockquote>
        ${quote.attribution ? html`<figcaption>— ${quote.attribution}</figcaption>` : nothing}
        <btw-share variant="icons" text=${quote.text} url=${view.url ?? nothing}></btw-share>
      </figure>`,
    )}
  </section>`;
}

export function renderLinks(view: View, localize: LocalizeController, level: number) {
  const { links: lang } = view.lang;
  const groups = [...view.groups].filter(([kind]) => kind !== 'campaign');
  const campaign = view.groups.get('campaign') ?? [];
  return html`
    ${groups.length
      ? html`<section part="links">
          ${heading(level, localize.term('recLinks'))}
          ${groups.map(
            ([kind, links]) => html`<div class="group">
              ${heading(level + 1, localize.term('recLink', kind))}
              <ul lang=${lang}>
                ${links.map((link) => html`<li><a part="link" href=${link.href}>${link.label}</a></li>`)}
              </ul>
            </div>`,
          )}
        </section>`
      : nothing}
    ${campaign.map(
      (link) => html`<a part="cta" href=${link.href}>
        <span class="cta-label">${localize.term('recLink', 'campaign')}</span>
        <span lang=${lang}>${link.label}</span>
      </a>`,
    )}
  `;
}
