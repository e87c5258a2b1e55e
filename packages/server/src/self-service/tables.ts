/** The tables of migration 005, for Kysely's `withTables`: self-service stays in its own folder. */
import type { ColumnType, Generated, Selectable } from 'kysely';

export type EntryLinksTable = {
  token_hash: string;
  tenant_id: string;
  organization_id: string;
  purpose: 'verify-entry';
  created_at: ColumnType<Date, Date | undefined, never>;
  expires_at: Date;
  used_at: Date | null;
}

export type ProposalSubmitter = {
  name: string;
  email: string;
}

export type ProposalsTable = {
  id: string;
  tenant_id: string;
  kind: 'organization' | 'event';
  target_id: string | null;
  origin: 'public-form' | 'entry-link';
  record: ColumnType<Record<string, unknown>, string, string>;
  submitter: ColumnType<ProposalSubmitter | null, string | null, string | null>;
  submitter_locale: string;
  status: ColumnType<'pending' | 'accepted' | 'declined', 'pending' | undefined, 'accepted' | 'declined'>;
  decision_reason: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  submitter_erased_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export type SelfServiceTables = {
  entry_links: EntryLinksTable;
  proposals: ProposalsTable;
  proof_of_work_used: { challenge_hash: string; expires_at: Date };
  server_secrets: { name: string; value: string; created_at: Generated<Date> };
}

export type EntryLink = Selectable<EntryLinksTable>;
export type ProposalRow = Selectable<ProposalsTable>;
