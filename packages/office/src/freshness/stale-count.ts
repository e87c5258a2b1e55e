/** The stale records of every kind the signed-in person may read (a kind refused for the role counts as none). */
import type { RecordCollection, StoredRecordSummary, TeilhabeClient } from '@teilhabe/sdk';
import { ApiError } from '@teilhabe/sdk';
import { RECORD_KINDS } from '../records/collections.js';
import { staleSince } from './freshness-settings.js';

export async function staleRecords(client: TeilhabeClient): Promise<Record<RecordCollection, StoredRecordSummary[]>> {
  const since = staleSince();
  const pages = await Promise.all(
    RECORD_KINDS.map((collection) =>
      client.records.list(collection, { staleSince: since, limit: 100 }).then(
        (page) => page.data,
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 403) return [];
          throw error;
        },
      ),
    ),
  );
  return Object.fromEntries(RECORD_KINDS.map((collection, index) => [collection, pages[index]!])) as Record<RecordCollection, StoredRecordSummary[]>;
}

/** How many records wait to be confirmed, for the start page (at most 100 of each kind are counted). */
export async function staleCount(client: TeilhabeClient): Promise<number> {
  const byKind = await staleRecords(client);
  return Object.values(byKind).reduce((sum, rows) => sum + rows.length, 0);
}
