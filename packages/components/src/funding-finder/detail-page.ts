/**
 * The programme detail in place of the list, in each state of its load, with
 * the way back above it. It replaces the list instead of opening a dialog:
 * the reader prints it and ticks off its documents.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { directionOf } from '../localization/direction.js';
import type { FetchStatus } from '../shared/fetch-controller.js';
import { errorState, skeleton } from '../shared/status.js';
import type { FundingProgram } from './funding-api.js';
import { programDetail, type DetailContext } from './program-detail.js';

export interface DetailPageContext extends Omit<DetailContext, 'icsUrl' | 'ticked' | 'onTick'> {
  status: FetchStatus;
  program: FundingProgram | undefined;
  /** The programme the reader opened (a programme still loaded from before is not shown). */
  programId: string | undefined;
  ticked: (programId: string) => ReadonlySet<number>;
  /** The deadline calendar of one programme, or `undefined` without a data client. */
  icsUrl: ((programId: string) => string) | undefined;
  onTick: (programId: string, index: number, checked: boolean) => void;
  onRetry: () => void;
  onBack: () => void;
}

export function detailPage(context: DetailPageContext): TemplateResult {
  const { status, program: value } = context;
  const back = html`<p class="no-print"><button type="button" class="button secondary back" part="button" @click=${context.onBack}>
    <span aria-hidden="true">${directionOf(context.uiLocale) === 'rtl' ? '→' : '←'}</span> ${msg('Zurück zur Liste', { id: 'funding.detail.back' })}
  </button></p>`;
  let body: TemplateResult;
  if (status === 'error' || status === 'offline') body = errorState(status === 'offline', context.onRetry);
  else if (status === 'success' && value && value.id === context.programId) {
    body = programDetail(value, {
      ...context,
      ticked: context.ticked(value.id),
      icsUrl: context.icsUrl && value.deadlines.kind !== 'rolling' ? context.icsUrl(value.id) : undefined,
      onTick: (index, checked) => context.onTick(value.id, index, checked),
    });
  } else body = html`<div role="heading" aria-level=${context.headingLevel} id="detail-heading" class="detail-title" tabindex="-1">${msg('Programm wird geladen …', { id: 'funding.detail.loading' })}</div>${skeleton(1)}`;
  return html`<div class="detail" part="detail" aria-busy=${status === 'loading' ? 'true' : 'false'}>${back}${body}</div>`;
}

/** The documents ticked per programme after the reader (un)ticks one; a new map, so the widget re-renders. */
export function withTicked(ticked: Map<string, Set<number>>, programId: string, index: number, checked: boolean): Map<string, Set<number>> {
  const next = new Map(ticked);
  const set = new Set(next.get(programId) ?? []);
  if (checked) set.add(index);
  else set.delete(index);
  next.set(programId, set);
  return next;
}
