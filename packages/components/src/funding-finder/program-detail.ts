/**
 * The full programme: what is funded, amount and own contribution, deadlines
 * (the next one highlighted, "laufend" for rolling ones), the steps, the
 * documents as a checklist to tick and print, the office, the links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FundingMatch, FundingProgram } from './funding-api.js';
import { localizedParagraphs, localizedText, contentText } from '../shared/fallback.js';
import { mailtoUrl, safeUrl, telUrl } from '../shared/safe-url.js';
import { labelList } from '../shared/label-list.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { formatDay, formatPercent } from './criterion-text.js';
import { criterionItem } from './match-card.js';
import { fitLabel, providerLevelLabel } from './labels.js';
import { amountText } from './program-facts.js';

export interface DetailContext {
  uiLocale: string;
  /** Level of the programme's title; its sections sit one below. */
  headingLevel: number;
  labels: TaxonomyLabels;
  /** Today in Berlin, `YYYY-MM-DD`. */
  today: string;
  /** The match of this programme when the reader came from the results. */
  match: FundingMatch | undefined;
  /** Indexes of the documents the reader ticked. */
  ticked: ReadonlySet<number>;
  icsUrl: string | undefined;
  onTick: (index: number, checked: boolean) => void;
  onPrint: () => void;
}

function section(title: string, body: unknown, part: string, headingLevel: number): TemplateResult {
  return html`<section class="detail-section" part=${part}>
    <div role="heading" aria-level=${headingLevel} class="detail-section-title">${title}</div>
    ${body}
  </section>`;
}

/** Upcoming deadline dates: every fixed date, or each yearly date of the coming twelve months. */
function deadlineDates(program: FundingProgram, today: string): { date: string; past: boolean }[] {
  const { deadlines } = program;
  if (deadlines.kind === 'fixed') return [...deadlines.dates].sort().map((date) => ({ date, past: date < today }));
  if (deadlines.kind === 'yearly') {
    const year = Number(today.slice(0, 4));
    return deadlines.monthDays
      .map((monthDay) => {
        const thisYear = `${year}-${monthDay}`;
        return { date: thisYear >= today ? thisYear : `${year + 1}-${monthDay}`, past: false };
      })
      .sort((a, b) => a.date.localeCompare(b.date));
  }
  return [];
}

function deadlinesSection(program: FundingProgram, context: DetailContext): TemplateResult {
  const { uiLocale } = context;
  const body =
    program.deadlines.kind === 'rolling'
      ? html`<p class="next-deadline"><strong>${msg('Laufend', { id: 'funding.detail.rolling' })}</strong>: ${msg('Sie können jederzeit einen Antrag stellen.', { id: 'funding.reason.deadline-rolling' })}</p>`
      : html`${program.nextDeadline
            ? html`<p class="next-deadline">${msg('Nächste Frist:', { id: 'funding.detail.next-deadline' })}
                <strong><time datetime=${program.nextDeadline}>${formatDay(program.nextDeadline, uiLocale)}</time></strong></p>`
            : html`<p>${msg('Zurzeit gibt es keine offene Frist.', { id: 'funding.detail.no-open-deadline' })}</p>`}
          ${program.deadlines.kind === 'yearly' ? html`<p class="hint-text">${msg('Diese Fristen gelten jedes Jahr.', { id: 'funding.detail.yearly' })}</p>` : nothing}
          <ul class="deadline-list">
            ${deadlineDates(program, context.today).map(
              ({ date, past }) => html`<li class=${date === program.nextDeadline ? 'deadline next' : past ? 'deadline past' : 'deadline'}>
                <time datetime=${date}>${formatDay(date, uiLocale)}</time>
                ${date === program.nextDeadline ? html` <span class="tag">${msg('nächste Frist', { id: 'funding.detail.next-tag' })}</span>` : nothing}
                ${past ? html` <span class="muted">${msg('(vorbei)', { id: 'funding.detail.past' })}</span>` : nothing}
              </li>`,
            )}
          </ul>
          ${context.icsUrl
            ? html`<p class="no-print"><a href=${context.icsUrl} download part="ics-link">${msg('Frist in meinen Kalender übernehmen (.ics)', { id: 'funding.detail.ics' })}</a></p>`
            : nothing}`;
  return section(msg('Fristen', { id: 'funding.detail.deadlines' }), body, 'detail-deadlines', context.headingLevel + 1);
}

function officeSection(program: FundingProgram, headingLevel: number): TemplateResult {
  const { office } = program;
  const mail = mailtoUrl(office.email);
  const phone = telUrl(office.phone);
  return section(
    msg('Ansprechstelle', { id: 'funding.detail.office' }),
    html`<p class="office-name">${contentText(office.name)}</p>
      ${office.contactName ? html`<p>${msg('Ansprechperson:', { id: 'funding.detail.contact-person' })} ${contentText(office.contactName)}</p>` : nothing}
      <ul class="contact-links">
        ${mail ? html`<li>${msg('E-Mail:', { id: 'detail.email' })} <a href=${mail}>${contentText(office.email ?? '')}</a></li>` : nothing}
        ${phone ? html`<li>${msg('Telefon:', { id: 'detail.phone' })} <a href=${phone}>${office.phone}</a></li>` : nothing}
      </ul>
      ${office.address ? html`<address dir="auto">${office.address}</address>` : nothing}`,
    'detail-office',
    headingLevel,
  );
}

function linkKindLabel(kind: FundingProgram['links'][number]['kind']): string {
  switch (kind) {
    case 'guideline':
      return msg('Richtlinie', { id: 'funding.link.guideline' });
    case 'form':
      return msg('Antragsformular', { id: 'funding.link.form' });
    case 'info':
      return msg('Mehr Informationen', { id: 'funding.link.info' });
  }
}

/** The detail of one programme (rendered in place of the list, so it prints on its own). */
export function programDetail(program: FundingProgram, context: DetailContext): TemplateResult {
  const { uiLocale } = context;
  const { requirements } = program;
  const links = program.links.map((link, index) => ({ ...link, href: safeUrl(link.url), index })).filter((link) => link.href);
  return html`<div role="heading" aria-level=${context.headingLevel} id="detail-heading" class="detail-title" tabindex="-1">${localizedText(program.title, 'title', program.translation, uiLocale)}</div>
    <p class="card-meta">${contentText(program.provider.name)} · ${providerLevelLabel(program.provider.level)}</p>
    ${context.match ? html`<p class="fit fit-${context.match.fit}"><span class="fit-icon" aria-hidden="true">${context.match.fit === 'eligible' ? '✓' : context.match.fit === 'partial' ? '?' : '✗'}</span> ${fitLabel(context.match.fit)}</p>` : nothing}
    <p class="detail-lead">${localizedText(program.summary, 'summary', program.translation, uiLocale)}</p>
    ${localizedParagraphs(program.description, 'description', program.translation, uiLocale)}
    <dl class="facts">
      <div class="fact"><dt>${msg('Art der Förderung', { id: 'funding.detail.kinds' })}</dt><dd>${labelList(context.labels, 'funding-kinds', program.kinds)}</dd></div>
      <div class="fact"><dt>${msg('Betrag', { id: 'funding.criterion.amount' })}</dt><dd>${amountText(program, uiLocale)}</dd></div>
      <div class="fact">
        <dt>${msg('Eigenanteil', { id: 'funding.criterion.own-contribution' })}</dt>
        <dd>${requirements.ownContributionPercent > 0
          ? msg(str`${formatPercent(requirements.ownContributionPercent, uiLocale)} der Kosten`, { id: 'funding.detail.own-share' })
          : msg('Kein Eigenanteil nötig', { id: 'funding.detail.no-own-share' })}</dd>
      </div>
      <div class="fact"><dt>${msg('Wer einen Antrag stellen darf', { id: 'funding.criterion.applicant' })}</dt><dd>${labelList(context.labels, 'applicant-kinds', program.eligibleApplicants)}</dd></div>
      <div class="fact">
        <dt>${msg('Ort', { id: 'funding.criterion.area' })}</dt>
        <dd>${requirements.seatInAreas.length ? labelList(context.labels, 'areas', requirements.seatInAreas) : msg('Überall', { id: 'funding.detail.anywhere' })}</dd>
      </div>
      ${requirements.nonProfitRequired ? html`<div class="fact"><dt>${msg('Gemeinnützigkeit', { id: 'funding.criterion.non-profit' })}</dt><dd>${msg('nötig', { id: 'funding.detail.required' })}</dd></div>` : nothing}
      ${program.topics.length ? html`<div class="fact"><dt>${msg('Themen', { id: 'card.topics' })}</dt><dd>${labelList(context.labels, 'topics', program.topics)}</dd></div>` : nothing}
    </dl>
    ${requirements.notes ? html`<p class="notes">${localizedText(requirements.notes, 'requirements.notes', program.translation, uiLocale)}</p>` : nothing}
    ${context.match
      ? section(
          msg('Passt das Programm zu Ihnen?', { id: 'funding.detail.fit' }),
          html`<ul class="criteria">${context.match.criteria.map((verdict) => criterionItem(verdict, context))}</ul>`,
          'detail-fit',
          context.headingLevel + 1,
        )
      : nothing}
    ${deadlinesSection(program, context)}
    ${program.applicationSteps.length
      ? section(
          msg('So stellen Sie den Antrag', { id: 'funding.detail.steps' }),
          html`<ol class="steps">${program.applicationSteps.map((text, index) => html`<li>${localizedText(text, `applicationSteps.${index}`, program.translation, uiLocale)}</li>`)}</ol>`,
          'detail-steps',
          context.headingLevel + 1,
        )
      : nothing}
    ${program.requiredDocuments.length
      ? section(
          msg('Diese Unterlagen brauchen Sie', { id: 'funding.detail.documents' }),
          html`<p class="hint-text no-print">${msg('Haken Sie ab, was Sie schon haben. Das bleibt nur in diesem Fenster.', { id: 'funding.detail.documents-hint' })}</p>
            <ul class="checklist" part="checklist">
              ${program.requiredDocuments.map((text, index) => {
                const id = `doc-${index}`;
                return html`<li class="choice">
                  <input type="checkbox" id=${id} .checked=${context.ticked.has(index)} @change=${(event: Event) => context.onTick(index, (event.target as HTMLInputElement).checked)} />
                  <label for=${id}>${localizedText(text, `requiredDocuments.${index}`, program.translation, uiLocale)}</label>
                </li>`;
              })}
            </ul>
            <p class="no-print">
              <button type="button" class="button secondary" part="button" @click=${context.onPrint}>${msg('Checkliste drucken', { id: 'funding.detail.print' })}</button>
            </p>`,
          'detail-documents',
          context.headingLevel + 1,
        )
      : nothing}
    ${officeSection(program, context.headingLevel + 1)}
    ${links.length
      ? section(
          msg('Links', { id: 'funding.detail.links' }),
          html`<ul class="contact-links">
            ${links.map((link) => html`<li>${linkKindLabel(link.kind)}: <a href=${link.href!} rel="noopener noreferrer">${localizedText(link.label, `links.${link.index}.label`, program.translation, uiLocale)}</a></li>`)}
          </ul>`,
          'detail-links',
          context.headingLevel + 1,
        )
      : nothing}`;
}
