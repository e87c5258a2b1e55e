/**
 * How many records use each code of a taxonomy, per kind of record. A record
 * counts once per code even when it names the code in two places (an event's
 * areas and its address). Event sources count too: their next sync would
 * otherwise write events with a code nobody can filter by.
 */
import type { TaxonomyName, TermUsage } from '@teilhabe/contract';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';

type UsageKind = Exclude<keyof TermUsage, 'total'>;

interface CodeColumn {
  kind: UsageKind;
  table: 'organizations' | 'events' | 'venues' | 'rooms' | 'funding_programs' | 'event_sources';
  /** SQL for the codes of one row, as text[]. */
  codes: string;
}

const SEAT_IN_AREAS = "ARRAY(SELECT jsonb_array_elements_text(COALESCE(doc->'requirements'->'seatInAreas', '[]'::jsonb)))";

/** Every column that holds codes of each taxonomy; the record validations name the same places. */
const CODE_COLUMNS: Record<TaxonomyName, CodeColumn[]> = {
  topics: [
    { kind: 'organizations', table: 'organizations', codes: 'topics' },
    { kind: 'events', table: 'events', codes: 'topics' },
    { kind: 'fundingPrograms', table: 'funding_programs', codes: 'topics' },
    { kind: 'eventSources', table: 'event_sources', codes: 'topics' },
  ],
  'organization-types': [{ kind: 'organizations', table: 'organizations', codes: 'types' }],
  offers: [{ kind: 'organizations', table: 'organizations', codes: 'offers' }],
  equipment: [{ kind: 'rooms', table: 'rooms', codes: 'equipment' }],
  accessibility: [{ kind: 'rooms', table: 'rooms', codes: 'accessibility' }],
  'event-formats': [
    { kind: 'events', table: 'events', codes: 'ARRAY[format]' },
    { kind: 'eventSources', table: 'event_sources', codes: 'ARRAY[format]' },
  ],
  'funding-kinds': [{ kind: 'fundingPrograms', table: 'funding_programs', codes: 'kinds' }],
  'applicant-kinds': [{ kind: 'fundingPrograms', table: 'funding_programs', codes: 'eligible_applicants' }],
  areas: [
    { kind: 'organizations', table: 'organizations', codes: 'areas' },
    // An event's areas include the area of its address (see the events repository).
    { kind: 'events', table: 'events', codes: 'areas' },
    { kind: 'venues', table: 'venues', codes: 'ARRAY[area]' },
    { kind: 'fundingPrograms', table: 'funding_programs', codes: SEAT_IN_AREAS },
  ],
};

export const noUsage = (): TermUsage => ({ total: 0, organizations: 0, events: 0, venues: 0, rooms: 0, fundingPrograms: 0, eventSources: 0 });

/** code → its usage, for the codes in `codes` (every used code of the taxonomy when omitted). */
export async function usageOfTerms(db: Kysely<DatabaseSchema>, tenantId: string, taxonomy: TaxonomyName, codes?: readonly string[]): Promise<Map<string, TermUsage>> {
  const parts: RawBuilder<unknown>[] = CODE_COLUMNS[taxonomy].map(
    (column) => sql`SELECT ${column.kind}::text AS kind, id, unnest(${sql.raw(column.codes)}) AS code FROM ${sql.table(column.table)} WHERE tenant_id = ${tenantId}`,
  );
  const result = await sql<{ code: string; kind: UsageKind; count: string | number }>`
    SELECT code, kind, count(DISTINCT id) AS count FROM (${sql.join(parts, sql` UNION ALL `)}) AS used
    WHERE code IS NOT NULL ${codes ? sql`AND code = ANY(${sql.val([...codes])}::text[])` : sql``}
    GROUP BY code, kind`.execute(db);
  const usage = new Map<string, TermUsage>();
  for (const row of result.rows) {
    const entry = usage.get(row.code) ?? noUsage();
    entry[row.kind] = Number(row.count);
    entry.total += Number(row.count);
    usage.set(row.code, entry);
  }
  return usage;
}
