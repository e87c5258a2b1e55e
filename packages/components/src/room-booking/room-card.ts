/** One room in the results: capacity, equipment, accessibility, venue, fee for the reader's kind of organisation. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fallbackHint, contentText, isolate } from '../shared/fallback.js';
import { formatList } from '../shared/format.js';
import { labelList } from '../shared/label-list.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import type { RoomSummary } from './booking-api.js';
import { plural } from '../shared/plural.js';

const currency = new Map<string, Intl.NumberFormat>();

/** `12 €` / `€12.00` in the reader's style. */
export function formatEuro(amount: number, locale: string): string {
  let format = currency.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 });
    currency.set(locale, format);
  }
  return format.format(amount);
}

/** EUR per hour for an applicant kind: the first rule naming it, else the standard fee (as the server computes it). */
export function feeFor(room: Pick<RoomSummary, 'fees'>, applicantKind: string | undefined): number {
  const rule = applicantKind ? room.fees.rules.find((r) => r.applicantKinds.includes(applicantKind)) : undefined;
  return rule ? rule.eurPerHour : room.fees.standardEurPerHour;
}

function perHour(amount: number, locale: string): string {
  if (amount === 0) return msg('kostenlos', { id: 'rb.fee.free' });
  const value = formatEuro(amount, locale);
  return msg(str`${value} pro Stunde`, { id: 'rb.fee.per-hour' });
}

/** The fee line: for the chosen kind of organisation, or the standard fee with the reductions. */
export function feeText(room: Pick<RoomSummary, 'fees'>, applicantKind: string, labels: TaxonomyLabels, locale: string): string {
  if (applicantKind) {
    const kind = isolate(labels.label('applicant-kinds', applicantKind).label);
    const fee = perHour(feeFor(room, applicantKind), locale);
    return msg(str`Für ${kind}: ${fee}`, { id: 'rb.fee.for-kind' });
  }
  const standard = perHour(room.fees.standardEurPerHour, locale);
  const reductions = room.fees.rules
    .filter((rule) => rule.eurPerHour < room.fees.standardEurPerHour)
    .map((rule) => {
      const kinds = formatList(rule.applicantKinds.map((code) => isolate(labels.label('applicant-kinds', code).label)), locale);
      const fee = perHour(rule.eurPerHour, locale);
      return msg(str`${kinds}: ${fee}`, { id: 'rb.fee.rule' });
    });
  return reductions.length ? `${standard}. ${reductions.join('. ')}.` : standard;
}

export interface RoomCardContext {
  uiLocale: string;
  labels: TaxonomyLabels;
  applicantKind: string;
  headingLevel: number;
  onOpen: (room: RoomSummary) => void;
}

export function roomCard(room: RoomSummary, context: RoomCardContext): TemplateResult {
  const { uiLocale, labels } = context;
  const address = room.venue.address;
  return html`<article class="card room-card" part="card" aria-labelledby="room-${room.id}">
    <div role="heading" aria-level=${context.headingLevel} class="card-title" id="room-${room.id}">${contentText(room.name)}</div>
    <p class="card-venue">${contentText(`${room.venue.name}${address ? `, ${address.street}, ${address.postalCode} ${address.city}` : ''}`)}</p>
    <dl class="facts">
      <div class="fact">
        <dt>${msg('Plätze', { id: 'rb.room.capacity' })}</dt>
        <dd>${plural(room.capacity, uiLocale, msg('one {bis # Person} other {bis # Personen}', { id: 'rb.room.capacity-count' }))}</dd>
      </div>
      ${room.equipment.length
        ? html`<div class="fact"><dt>${msg('Ausstattung', { id: 'rb.search.equipment' })}</dt><dd>${labelList(labels, 'equipment', room.equipment)}</dd></div>`
        : nothing}
      <div class="fact">
        <dt>${msg('Barrierefreiheit', { id: 'rb.search.accessibility' })}</dt>
        <dd>
          ${room.accessibility.length ? labelList(labels, 'accessibility', room.accessibility) : msg('keine Angaben', { id: 'rb.room.no-accessibility' })}
          ${room.venue.accessibilityNote
            ? html`<span class="note">${contentText(room.venue.accessibilityNote, room.translation.fallbacks['venue.accessibilityNote'])} ${fallbackHint('venue.accessibilityNote', room.translation, uiLocale)}</span>`
            : nothing}
        </dd>
      </div>
      <div class="fact">
        <dt>${msg('Kosten', { id: 'rb.room.fee' })}</dt>
        <dd>${feeText(room, context.applicantKind, labels, uiLocale)}</dd>
      </div>
      <div class="fact">
        <dt>${msg('Anfrage', { id: 'rb.room.approval' })}</dt>
        <dd>
          ${room.bookingPolicy.needsApproval
            ? msg('Die Stadt prüft jede Anfrage.', { id: 'rb.room.needs-approval' })
            : msg('Sofort gebucht, wenn die Zeit frei ist.', { id: 'rb.room.instant' })}
        </dd>
      </div>
    </dl>
    <div class="card-actions">
      <button type="button" class="button secondary room-open" part="button" data-room-id=${room.id} @click=${() => context.onOpen(room)}>
        ${msg('Freie Zeiten ansehen und anfragen', { id: 'rb.room.open' })}<span class="visually-hidden">: ${contentText(room.name)}</span>
      </button>
    </div>
  </article>`;
}
