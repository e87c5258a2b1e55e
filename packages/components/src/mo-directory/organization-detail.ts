import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Organization } from './directory-api.js';
import { isolate, localizedParagraphs, localizedText, contentText } from '../shared/fallback.js';
import { formatDate, formatList, formatTimeOfDay, formatWeekday } from '../shared/format.js';
import { mailtoUrl, mapUrl, safeUrl, telUrl } from '../shared/safe-url.js';
import { labelList } from '../shared/label-list.js';
import type { CodeLabel, TaxonomyLabels } from '../shared/taxonomy-labels.js';

/** A language's name inside a composed list: its own name (another script, maybe) is isolated. */
function spokenLanguageText({ label, lang }: CodeLabel): string {
  return lang ? isolate(label) : label;
}

/** What the detail view needs besides the record. */
export interface DetailContext {
  uiLocale: string;
  labels: TaxonomyLabels;
  mapUrlTemplate: string | undefined;
  onNavigate: (id: string, name: string) => void;
}

function section(title: string, body: unknown, part: string): TemplateResult {
  return html`<section class="detail-section" part=${part}>
    <h3 class="detail-section-title">${title}</h3>
    ${body}
  </section>`;
}

/** A link only when the URL is http(s), mailto or tel; otherwise plain text. */
function link(url: string | undefined, text: string): TemplateResult {
  return url ? html`<a href=${url} rel="noopener noreferrer">${contentText(text)}</a>` : contentText(text);
}

function officeHours(organization: Organization, context: DetailContext): TemplateResult | typeof nothing {
  if (organization.officeHours.length === 0 && !organization.officeHoursNote) return nothing;
  return section(
    msg('Sprechzeiten', { id: 'detail.office-hours' }),
    html`${organization.officeHours.length > 0
        ? html`<ul class="hours">
            ${organization.officeHours.map(
              (slot) => html`<li>
                <span class="weekday">${formatWeekday(slot.weekday, context.uiLocale)}</span>
                <span>${formatTimeOfDay(slot.opens, context.uiLocale)}–${formatTimeOfDay(slot.closes, context.uiLocale)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${organization.officeHoursNote
        ? html`<p>${localizedText(organization.officeHoursNote, 'officeHoursNote', organization.translation, context.uiLocale)}</p>`
        : nothing}`,
    'detail-hours',
  );
}

function address(organization: Organization, context: DetailContext): TemplateResult | typeof nothing {
  const place = organization.address;
  if (!place) return nothing;
  const oneLine = `${place.street}, ${place.postalCode} ${place.city}`;
  const map = mapUrl(context.mapUrlTemplate, oneLine);
  return section(
    msg('Adresse', { id: 'detail.address' }),
    html`<address dir="auto">${place.street}<br />${place.postalCode} ${place.city}</address>
      ${map ? html`<p><a href=${map} rel="noopener noreferrer">${msg('Auf der Karte zeigen', { id: 'detail.map' })}</a></p>` : nothing}`,
    'detail-address',
  );
}

function contacts(organization: Organization, context: DetailContext): TemplateResult | typeof nothing {
  const web = safeUrl(organization.website);
  const mail = mailtoUrl(organization.email);
  const phone = telUrl(organization.phone);
  const social = organization.social
    .map((entry) => ({ kind: entry.kind, url: safeUrl(entry.url) }))
    .filter((entry): entry is { kind: typeof entry.kind; url: string } => Boolean(entry.url) && entry.url!.startsWith('http'));
  const general =
    web || mail || phone || social.length > 0
      ? html`<ul class="contact-links">
          ${mail ? html`<li>${msg('E-Mail:', { id: 'detail.email' })} ${link(mail, organization.email ?? '')}</li>` : nothing}
          ${phone ? html`<li>${msg('Telefon:', { id: 'detail.phone' })} ${link(phone, organization.phone ?? '')}</li>` : nothing}
          ${web ? html`<li>${msg('Website:', { id: 'detail.website' })} ${link(web, new URL(web).host)}</li>` : nothing}
          ${social.map((entry) => html`<li>${link(entry.url, `${entry.kind}: ${new URL(entry.url).host}`)}</li>`)}
        </ul>`
      : nothing;
  const people = organization.contacts.length
    ? html`<ul class="people">
        ${organization.contacts.map((person) => {
          const personMail = mailtoUrl(person.email);
          const personPhone = telUrl(person.phone);
          return html`<li class="person" part="contact-person">
            <p class="person-name">${contentText(person.name)}${person.role ? html`, ${contentText(person.role)}` : nothing}</p>
            ${person.topics.length
              ? html`<p>${msg('Zuständig für:', { id: 'detail.person-topics' })} ${labelList(context.labels, 'topics', person.topics)}</p>`
              : nothing}
            ${person.languages.length
              ? html`<p>${msg('Spricht:', { id: 'detail.person-languages' })} ${formatList(
                  person.languages.map((code) => spokenLanguageText(context.labels.label('languages', code))),
                  context.uiLocale,
                )}</p>`
              : nothing}
            ${personMail ? html`<p>${link(personMail, person.email ?? '')}</p>` : nothing}
            ${personPhone ? html`<p>${link(personPhone, person.phone ?? '')}</p>` : nothing}
          </li>`;
        })}
      </ul>`
    : nothing;
  if (general === nothing && people === nothing) return nothing;
  return section(msg('Kontakt', { id: 'detail.contact' }), html`${general}${people}`, 'detail-contacts');
}

function relations(organization: Organization, context: DetailContext): TemplateResult | typeof nothing {
  const list = (refs: { id: string; name: string }[]) => html`<ul class="relations">
    ${refs.map(
      (ref) => html`<li>
        <button type="button" class="link-button" data-navigate=${ref.id} @click=${() => context.onNavigate(ref.id, ref.name)}>${contentText(ref.name)}</button>
      </li>`,
    )}
  </ul>`;
  return html`${organization.umbrellas.length
    ? section(msg('Mitglied im Dachverband', { id: 'detail.umbrellas' }), list(organization.umbrellas), 'detail-umbrellas')
    : nothing}
  ${organization.members.length
    ? section(msg('Mitgliedsorganisationen', { id: 'detail.members' }), list(organization.members), 'detail-members')
    : nothing}`;
}

function flags(organization: Organization, context: DetailContext): TemplateResult | typeof nothing {
  const items = [
    organization.registeredAssociation ? msg('Eingetragener Verein (e. V.)', { id: 'detail.flag.registered' }) : '',
    organization.nonProfit ? msg('Gemeinnützig', { id: 'detail.flag.non-profit' }) : '',
    organization.youthWelfareProvider
      ? msg('Anerkannter Träger der freien Jugendhilfe', { id: 'detail.flag.youth-welfare' })
      : '',
    organization.hasOwnRooms ? msg('Hat eigene Räume', { id: 'detail.flag.rooms' }) : '',
  ].filter(Boolean);
  if (items.length === 0 && !organization.foundedYear) return nothing;
  return section(
    msg('Über die Organisation', { id: 'detail.about' }),
    html`<ul class="flags">
      ${items.map((item) => html`<li>${item}</li>`)}
      ${organization.foundedYear
        ? html`<li>${msg('Gegründet:', { id: 'detail.founded' })} ${String(organization.foundedYear)}</li>`
        : nothing}
    </ul>
    ${organization.verifiedAt
      ? html`<p class="card-verified">${msg('Zuletzt bestätigt:', { id: 'card.verified' })}
          <time datetime=${organization.verifiedAt}>${formatDate(organization.verifiedAt, context.uiLocale)}</time></p>`
      : nothing}`,
    'detail-about',
  );
}

/** The full record of one organisation, for the detail dialog. */
export function organizationDetail(organization: Organization, context: DetailContext): TemplateResult {
  const { uiLocale } = context;
  return html`<h2 id="detail-title" class="detail-title" tabindex="-1">${contentText(organization.name)}</h2>
    <p class="card-types">${labelList(context.labels, 'organization-types', organization.types)}</p>
    <p class="detail-lead">${localizedText(organization.shortDescription, 'shortDescription', organization.translation, uiLocale)}</p>
    ${organization.description ? localizedParagraphs(organization.description, 'description', organization.translation, uiLocale) : nothing}
    <dl class="facts">
      ${organization.topics.length
        ? html`<div class="fact"><dt>${msg('Themen', { id: 'card.topics' })}</dt><dd>${labelList(context.labels, 'topics', organization.topics)}</dd></div>`
        : nothing}
      ${organization.languages.length
        ? html`<div class="fact"><dt>${msg('Sprachen', { id: 'card.languages' })}</dt><dd>${labelList(context.labels, 'languages', organization.languages)}</dd></div>`
        : nothing}
      ${organization.areas.length
        ? html`<div class="fact"><dt>${msg('Ort', { id: 'card.area' })}</dt><dd>${labelList(context.labels, 'areas', organization.areas)}</dd></div>`
        : nothing}
    </dl>
    ${organization.offers.length
      ? section(
          msg('Angebote', { id: 'detail.offers' }),
          html`<ul class="offers">${organization.offers.map((code) => {
            const { label, lang } = context.labels.label('offers', code);
            return html`<li>${contentText(label, lang)}</li>`;
          })}</ul>`,
          'detail-offers',
        )
      : nothing}
    ${officeHours(organization, context)} ${address(organization, context)} ${contacts(organization, context)}
    ${relations(organization, context)} ${flags(organization, context)}`;
}
