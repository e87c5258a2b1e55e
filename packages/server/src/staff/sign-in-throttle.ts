/**
 * Slows down password guessing, per account and per client address, in the
 * database so that every server instance counts the same failures. For an
 * account, from the third failure in a row each attempt must wait twice as
 * long as the last (1 s, 2 s, 4 s …) and the tenth locks it for 15 minutes.
 * An address is shared by a whole town hall behind one gateway, so it gets
 * more room (20 free failures, a lock at 100) before it slows down. A failure
 * an hour old is forgotten; a successful sign-in clears the account's count.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';

const POLICIES = {
  account: { freeFailures: 2, lockAfter: 10 },
  address: { freeFailures: 20, lockAfter: 100 },
};
const LOCK_MS = 15 * 60_000;
const policyOf = (key: string) => (key.startsWith('account:') ? POLICIES.account : POLICIES.address);
const FORGET_AFTER_MS = 60 * 60_000;

export const accountKey = (tenantId: string, email: string) => `account:${tenantId}:${email.toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** Throws a 429 problem when one of the keys must still wait. */
export async function assertMayTry(db: Kysely<DatabaseSchema>, keys: string[], now: Date) {
  const rows = await db.selectFrom('sign_in_failures').selectAll().where('key', 'in', keys).execute();
  const waitMs = Math.max(0, ...rows.map((row) => waitFor(row, policyOf(row.key), now)));
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new ProblemError({
      status: 429,
      type: 'sign-in-throttled',
      title: 'Zu viele Versuche',
      detail: `Warten Sie ${seconds} Sekunden und versuchen Sie es dann noch einmal. Wenn Sie Ihr Passwort vergessen haben, lassen Sie sich einen neuen Link schicken.`,
      headers: { 'Retry-After': String(seconds) },
    });
  }
}

function waitFor(row: { failures: number; last_failed_at: Date; locked_until: Date | null }, policy: (typeof POLICIES)['account'], now: Date): number {
  if (row.locked_until && row.locked_until > now) return row.locked_until.getTime() - now.getTime();
  if (now.getTime() - row.last_failed_at.getTime() > FORGET_AFTER_MS) return 0;
  if (row.failures <= policy.freeFailures) return 0;
  const backoffMs = 1000 * 2 ** Math.min(row.failures - policy.freeFailures - 1, 10);
  return Math.max(0, row.last_failed_at.getTime() + backoffMs - now.getTime());
}

export async function recordFailure(db: Kysely<DatabaseSchema>, keys: string[], now: Date) {
  for (const key of keys) {
    const { lockAfter } = policyOf(key);
    await db
      .insertInto('sign_in_failures')
      .values({ key, failures: 1, last_failed_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          // A failure long after the last one starts counting anew.
          failures: sql`CASE WHEN sign_in_failures.last_failed_at < ${new Date(now.getTime() - FORGET_AFTER_MS)} THEN 1 ELSE sign_in_failures.failures + 1 END`,
          last_failed_at: now,
          locked_until: sql`CASE WHEN sign_in_failures.failures + 1 >= ${lockAfter} AND sign_in_failures.last_failed_at >= ${new Date(now.getTime() - FORGET_AFTER_MS)} THEN ${new Date(now.getTime() + LOCK_MS)}::timestamptz ELSE NULL END`,
        }),
      )
      .execute();
  }
}

export async function clearFailures(db: Kysely<DatabaseSchema>, key: string) {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}
