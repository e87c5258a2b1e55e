/** The rows of a proposal's diff as staff read them: field, live value, proposed value. */
import { msg } from '@lit/localize';
import type { Proposal } from '@teilhabe/sdk';

export interface DiffRow {
  field: string;
  before: string;
  after: string;
}

/** Texts per locale show their German source; lists and objects as compact text. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? value.map(shown).join(', ') : '—';
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object['de'] === 'string') return object['de'] as string;
    if (typeof object['street'] === 'string') return `${object['street']}, ${object['postalCode'] ?? ''} ${object['city'] ?? ''}`.trim();
    return JSON.stringify(value);
  }
  return String(value);
}

/** `id` is the server's choice; it is not worth a row. */
export function diffRows(proposal: Proposal): DiffRow[] {
  return Object.entries(proposal.diff)
    .filter(([field]) => field !== 'id')
    .map(([field, change]) => ({ field, before: proposal.targetId ? shown(change.before) : '—', after: shown(change.after) }));
}

export function proposalTitle(proposal: Proposal): string {
  const record = proposal.record as Record<string, unknown>;
  return shown(proposal.kind === 'organization' ? record['name'] : record['title']) || msg('Ohne Titel', { id: 'review.untitled' });
}
