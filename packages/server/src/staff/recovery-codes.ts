/**
 * Recovery codes: ten random codes, shown once, stored as SHA-256 like every
 * other secret, each usable once. Used up atomically in the database, so two
 * requests with the same code cannot both pass.
 */
import { randomInt } from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '@teilhabe/contract';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { hashSecret } from '../http/auth.js';

/** No i, l, o, 0, 1: nothing to confuse when typed from paper. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP = 5;

function newRecoveryCode(): string {
  const chars = Array.from({ length: GROUP * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, GROUP).join('')}-${chars.slice(GROUP).join('')}`;
}

/** How a typed code is compared: case, spaces and hyphens do not matter. */
const recoveryCodeHash = (code: string) => hashSecret(code.toLowerCase().replace(/[^a-z0-9]/g, ''));

/** Replaces the person's codes with ten new ones and returns them (the only time they are seen). */
export async function replaceRecoveryCodes(db: Kysely<DatabaseSchema>, staffId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.updateTable('staff').set({ recovery_codes: codes.map(recoveryCodeHash), updated_at: now }).where('id', '=', staffId).execute();
  return codes;
}

/** Uses up the code if the person has it; false when it is unknown or used. */
export async function consumeRecoveryCode(db: Kysely<DatabaseSchema>, staffId: string, code: string): Promise<boolean> {
  const hash = recoveryCodeHash(code);
  const result = await db
    .updateTable('staff')
    .set({ recovery_codes: sql`array_remove(recovery_codes, ${hash})` })
    .where('id', '=', staffId)
    .where(sql<boolean>`${hash} = ANY(recovery_codes)`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function clearRecoveryCodes(db: Kysely<DatabaseSchema>, staffId: string) {
  await db.updateTable('staff').set({ recovery_codes: [] }).where('id', '=', staffId).execute();
}
