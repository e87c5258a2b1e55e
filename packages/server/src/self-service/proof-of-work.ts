/**
 * Spam protection without a third party: an ALTCHA (v2) proof of work.
 * The server signs a challenge with a key every instance shares (kept in
 * `server_secrets`), the browser searches a counter, and a solution counts
 * once: its challenge is remembered in `proof_of_work_used` until it expires,
 * so a replay is refused on any instance.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createChallenge, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import type { SelfServiceTables } from './tables.js';

export interface ProofOfWorkOptions {
  /**
   * Hex prefix the SHA-256 of salt and counter must start with. Each hex
   * digit multiplies the expected work by 16: `0000` takes about 65,000
   * hashes, well under a second in a browser and costly for a mass sender.
   */
  keyPrefix: string;
  /** How long a challenge may be solved and sent. */
  validForMs: number;
}

export const DEFAULT_PROOF_OF_WORK: ProofOfWorkOptions = { keyPrefix: '0000', validForMs: 10 * 60_000 };

const SECRET_NAME = 'proof-of-work-hmac';

/** The shared HMAC key; the first instance that needs it creates it. */
async function hmacKey(db: Kysely<DatabaseSchema>): Promise<string> {
  const tables = db.withTables<SelfServiceTables>();
  await tables
    .insertInto('server_secrets')
    .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await tables.selectFrom('server_secrets').select('value').where('name', '=', SECRET_NAME).executeTakeFirstOrThrow();
  return row.value;
}

// Challenges expire by the wall clock, as altcha-lib checks them, not by the app's (movable) clock.
export async function issueChallenge(db: Kysely<DatabaseSchema>, options: ProofOfWorkOptions): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    keyPrefix: options.keyPrefix,
    expiresAt: new Date(Date.now() + options.validForMs),
    deriveKey,
    hmacSignatureSecret: await hmacKey(db),
  });
}

const refused = (message: string) =>
  new ProblemError({
    status: 400,
    type: 'validation',
    title: 'Die Prüfung gegen Spam ist nicht bestanden',
    errors: [{ path: 'proofOfWork', code: 'proof_of_work_refused', message }],
  });

/**
 * Checks a solution and uses up its challenge, in the caller's transaction
 * when `db` is one (a refused proposal then leaves the challenge usable).
 */
export async function spendSolution(db: Kysely<DatabaseSchema>, submitted: { challenge: unknown; solution: unknown }): Promise<void> {
  const challenge = submitted.challenge as Challenge;
  let result;
  try {
    result = await verifySolution({ challenge, solution: submitted.solution as Solution, deriveKey, hmacSignatureSecret: await hmacKey(db) });
  } catch {
    throw refused('The proof of work is malformed. Fetch a new challenge.');
  }
  if (result.expired) throw refused('The challenge expired. Fetch a new one.');
  if (!result.verified) throw refused('The proof of work does not solve the challenge.');
  const expiresAt = new Date((challenge.parameters.expiresAt ?? Math.floor(Date.now() / 1000) + 3600) * 1000);
  const challengeHash = createHash('sha256').update(challenge.signature ?? '').digest('base64url');
  const { rows } = await sql<{ challenge_hash: string }>`
    INSERT INTO proof_of_work_used (challenge_hash, expires_at) VALUES (${challengeHash}, ${expiresAt})
    ON CONFLICT (challenge_hash) DO NOTHING RETURNING challenge_hash`.execute(db);
  if (rows.length === 0) throw refused('This challenge was used already. Fetch a new one.');
}

/** Forgets used challenges that expired: they cannot be replayed anyway. */
export async function sweepUsedChallenges(db: Kysely<DatabaseSchema>) {
  await db.withTables<SelfServiceTables>().deleteFrom('proof_of_work_used').where('expires_at', '<', new Date()).execute();
}
