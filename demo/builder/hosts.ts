// Next to Copy: every host the snippet makes readers' browsers contact, and a
// plain warning naming each one that neither this builder nor the person chose
// (a value from a crafted builder link could point a partner's page at a host
// that logs every reader, or serves changed files).
import { html, nothing } from 'lit';
import type { App } from './app.js';
import { CHECK_STRINGS, type HostRole } from './check-strings.js';
import { hostOf, imageSources, isFolderPath } from './checks.js';

export interface Contact {
  /** '' for the partner's own site (a folder path). */
  host: string;
  role: HostRole;
  /** The builder's own kit host, the partner's own site, or a host typed in this visit. */
  trusted: boolean;
}

/** Every host the snippet contacts: the kit's, the sign-up endpoint's, the document's and its images'. */
export function contactsOf(app: App): Contact[] {
  const kitHost = hostOf(app.kitBase) ?? '';
  const contact = (value: unknown, role: HostRole): Contact[] => {
    const host = hostOf(value);
    return host ? [{ host, role, trusted: host === kitHost || app.typedHosts.has(host) }] : [];
  };
  const base = app.config.base.trim();
  const list: Contact[] = !app.kit
    ? []
    : isFolderPath(base)
      ? [{ host: '', role: 'kit', trusted: true }]
      : contact(base || app.kitBase, 'kit');
  const values = app.effective.values;
  if (app.model.tag === 'btw-signup') list.push(...contact(values.action, 'endpoint'));
  if (app.model.tag === 'btw-recommendation') {
    list.push(...contact(values.src, 'document'));
    for (const src of imageSources(app.parsedDoc)) list.push(...contact(src, 'image'));
  }
  return list.filter((c, i) => list.findIndex((d) => d.host === c.host && d.role === c.role) === i);
}

/** The hosts the snippet contacts that neither the builder nor the person chose. */
export const untrustedHosts = (app: App) => [
  ...new Set(
    contactsOf(app)
      .filter((c) => !c.trusted)
      .map((c) => c.host),
  ),
];

export function hostsStep(app: App) {
  const t = CHECK_STRINGS[app.uiLang];
  const contacts = contactsOf(app);
  const kitHost = hostOf(app.kitBase);
  const untrusted = untrustedHosts(app);
  if (!contacts.length) return nothing;
  return html`<div class="hosts" id="snippet-hosts">
    <h3 id="snippet-hosts-title">${t.hostsTitle}</h3>
    <p class="help">${t.hostsHelp}</p>
    <ul aria-labelledby="snippet-hosts-title">
      ${contacts.map(
        (c) =>
          html`<li>${c.host ? html`<code>${c.host}</code>` : t.ownSite}: ${t.hostRoles[c.role]}${
            c.host && c.host === kitHost ? html` (${t.kitHost})` : nothing
          }</li>`,
      )}
    </ul>
    ${untrusted.length ? html`<p class="warning" id="snippet-warning">${t.warning(untrusted.join(', '))}</p>` : nothing}
  </div>`;
}
