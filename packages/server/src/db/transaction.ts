import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from './schema.js';

/** Runs `work` in a transaction, or inside the caller's one if `db` already is a transaction. */
export function inTransaction<T>(db: Kysely<DatabaseSchema>, work: (trx: Transaction<DatabaseSchema>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<DatabaseSchema>) : db.transaction().execute(work);
}

