/**
 * One ranked result: the programme, how well it fits, and every criterion
 * with its verdict in words (the ✓ ✗ ? icons are decoration). An open
 * criterion that one answer would settle offers that question right there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CriterionVerdict, FundingMatch, FundingProgramSummary } from './funding-api.js';
import { localizedText, contentText } from '../shared/fallback.js';
import type { TaxonomyLabels } from '../shared/taxonomy-labels.js';
import { explainVerdict } from './criterion-text.js';
import { criterionName, fitLabel, providerLevelLabel, verdictLabel, VERDICT_ICON } from './labels.js';
import { amountText, deadlineText } from './program-facts.js';
import type { QuestionKey } from './profile.js';
import { questionText } from './questions.js';
import { plural } from '../shared/plural.js';

export interface MatchCardContext {
  uiLocale: string;
  labels: TaxonomyLabels;
  /** Level of the card's title. */
  headingLevel: number;
  /** The open inline question, if any: `programId:question`. */
  openQuestion: string | undefined;
  onOpen: (program: FundingProgramSummary) => void;
  onToggleQuestion: (programId: string, key: QuestionKey) => void;
  /** Renders the inline form of an open question. */
  renderQuestion: (programId: string, key: QuestionKey) => TemplateResult;
}

/** Stands for the title inside the message; U+2063 never occurs in a translation. */
const TITLE_SLOT = '\u2063';

/**
 * "Bedingungen für <Titel>" as an accessible name whose parts keep their
 * language: the UI's words of the message (before and after the title, as
 * the translation orders them) in hidden elements, the title from the card's
 * own heading, which carries `lang` and `dir` when it is a German fallback.
 */
function criteriaLabel(program: FundingProgramSummary, titleId: string): { ids: string; parts: TemplateResult } {
  const [before = '', after = ''] = msg(str`Bedingungen für ${TITLE_SLOT}`, { id: 'funding.criteria-label' }).split(TITLE_SLOT);
  const beforeId = `${titleId}-criteria-before`;
  const afterId = `${titleId}-criteria-after`;
  return {
    ids: [before.trim() ? beforeId : '', titleId, after.trim() ? afterId : ''].filter(Boolean).join(' '),
    parts: html`${before.trim() ? html`<span hidden id=${beforeId}>${before.trim()}</span>` : nothing}${after.trim() ? html`<span hidden id=${afterId}>${after.trim()}</span>` : nothing}`,
  };
}

const ORDER: Record<CriterionVerdict['verdict'], number> = { 'not-met': 0, unknown: 1, met: 2 };

/** One criterion as a list item: icon, verdict in words, what it is about, why. */
export function criterionItem(verdict: CriterionVerdict, context: Pick<MatchCardContext, 'uiLocale' | 'labels'>, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  const explanation = explainVerdict(verdict, context);
  return html`<li class="criterion ${verdict.verdict}" part="criterion" data-criterion=${verdict.criterion} data-verdict=${verdict.verdict} data-reason=${verdict.reasonCode}>
    <span class="verdict-icon" aria-hidden="true">${VERDICT_ICON[verdict.verdict]}</span>
    <span class="criterion-body">
      <span class="verdict-label">${verdictLabel(verdict.verdict)}:</span>
      <span class="criterion-name">${criterionName(verdict.criterion)}.</span>
      <span class="criterion-text">${contentText(explanation.text, explanation.lang)}</span>
      ${extra}
    </span>
  </li>`;
}

export function matchCard(match: FundingMatch, context: MatchCardContext): TemplateResult {
  const { program } = match;
  const missing = match.criteria.filter((criterion) => criterion.verdict === 'unknown').length;
  const failing = match.criteria.filter((criterion) => criterion.verdict === 'not-met').length;
  const criteria = [...match.criteria].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const titleId = `match-${program.id}`;
  const label = criteriaLabel(program, titleId);
  return html`<article class="card match ${match.fit}" part="card" data-program=${program.id} data-fit=${match.fit} aria-labelledby=${titleId}>
    <div role="heading" aria-level=${context.headingLevel} class="card-title" id=${titleId}>
      <button type="button" class="card-open" data-open=${program.id} @click=${() => context.onOpen(program)}>
        ${localizedText(program.title, 'title', program.translation, context.uiLocale)}
      </button>
    </div>
    <p class="fit fit-${match.fit}" part="fit"><span class="fit-icon" aria-hidden="true">${match.fit === 'eligible' ? '✓' : match.fit === 'partial' ? '?' : '✗'}</span> ${fitLabel(match.fit)}</p>
    <p class="card-meta">${contentText(program.provider.name)} · ${providerLevelLabel(program.provider.level)}</p>
    <p>${localizedText(program.summary, 'summary', program.translation, context.uiLocale)}</p>
    <dl class="facts inline">
      <div class="fact"><dt>${msg('Betrag', { id: 'funding.criterion.amount' })}</dt><dd>${amountText(program, context.uiLocale)}</dd></div>
      <div class="fact"><dt>${msg('Frist', { id: 'funding.criterion.deadline' })}</dt><dd>${deadlineText(program, context.uiLocale)}</dd></div>
    </dl>
    ${match.fit === 'partial'
      ? html`<p class="missing">${plural(missing, context.uiLocale, msg('one {Es fehlt # Angabe.} other {Es fehlen # Angaben.}', { id: 'funding.missing' }))}</p>`
      : match.fit === 'ineligible'
        ? html`<p class="missing">${plural(failing, context.uiLocale, msg('one {# Bedingung ist nicht erfüllt.} other {# Bedingungen sind nicht erfüllt.}', { id: 'funding.failing' }))}</p>`
        : nothing}
    ${label.parts}
    <ul class="criteria" aria-labelledby=${label.ids}>
      ${criteria.map((verdict) => {
        const question = verdict.verdict === 'unknown' ? (verdict.question as QuestionKey | undefined) : undefined;
        if (!question) return criterionItem(verdict, context);
        const open = context.openQuestion === `${program.id}:${question}`;
        return criterionItem(
          verdict,
          context,
          html`<span class="inline-question">
            <button type="button" class="link-button answer-now" aria-expanded=${open ? 'true' : 'false'} data-question=${`${program.id}:${question}`} @click=${() => context.onToggleQuestion(program.id, question)}>
              ${msg('Jetzt beantworten', { id: 'funding.answer-now' })}<span class="visually-hidden">: ${questionText(question)}</span>
            </button>
            ${open ? context.renderQuestion(program.id, question) : nothing}
          </span>`,
        );
      })}
    </ul>
  </article>`;
}
