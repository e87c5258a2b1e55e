/**
 * Passkeys (WebAuthn) as a second factor, with SimpleWebAuthn. The relying
 * party is this server's public origin: its host name is the RP id, so a
 * passkey works for every tenant of the server and for no other site.
 *
 * Challenges live in the database (one per session and purpose, five
 * minutes, taken out when used), so the options and the answer may reach
 * different server instances, and a challenge can never be answered twice.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import type { StaffRow } from './repository.js';

export const CHALLENGE_MS = 5 * 60_000;

export interface RelyingParty {
  /** The host name, e.g. `daten.musterkreis.de`. */
  id: string;
  /** The origin the browser must report, e.g. `https://daten.musterkreis.de`. */
  origin: string;
  /** Shown by the browser when it asks to create a passkey. */
  name: string;
}

export function relyingParty(baseUrl: string, name: string): RelyingParty {
  const url = new URL(baseUrl);
  return { id: url.hostname, origin: url.origin, name };
}

export type PasskeyRow = Awaited<ReturnType<typeof listPasskeys>>[number];

export function listPasskeys(db: Kysely<DatabaseSchema>, staffId: string) {
  return db.selectFrom('staff_passkeys').selectAll().where('staff_id', '=', staffId).orderBy('created_at').execute();
}

const bytes = (base64url: string) => new Uint8Array(Buffer.from(base64url, 'base64url'));
const toBase64url = (value: Uint8Array) => Buffer.from(value).toString('base64url');
const descriptor = (passkey: PasskeyRow) => ({ id: passkey.id, transports: passkey.transports });

export async function registrationOptions(db: Kysely<DatabaseSchema>, rp: RelyingParty, person: StaffRow, passkeys: PasskeyRow[], sessionId: string, now: Date) {
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: person.email,
    userDisplayName: person.name,
    userID: new Uint8Array(Buffer.from(person.id.replace(/-/g, ''), 'hex')),
    attestationType: 'none',
    excludeCredentials: passkeys.map(descriptor),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await storeChallenge(db, sessionId, 'registration', options.challenge, now);
  return options;
}

/** Verifies the browser's answer to `registrationOptions` and stores the new passkey. */
export async function registerPasskeyResponse(db: Kysely<DatabaseSchema>, rp: RelyingParty, staffId: string, sessionId: string, response: RegistrationResponseJSON, label: string, now: Date) {
  const expectedChallenge = await takeChallenge(db, sessionId, 'registration', now);
  let verification;
  try {
    verification = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: false });
  } catch (error) {
    throw notVerified(400, (error as Error).message);
  }
  if (!verification.verified) throw notVerified(400, 'The attestation does not verify.');
  const { credential } = verification.registrationInfo;
  const existing = await db.selectFrom('staff_passkeys').select('id').where('id', '=', credential.id).executeTakeFirst();
  if (existing) throw new ProblemError({ status: 409, type: 'passkey-exists', title: 'Dieser Passkey ist schon eingetragen' });
  await db
    .insertInto('staff_passkeys')
    .values({ id: credential.id, staff_id: staffId, public_key: toBase64url(credential.publicKey), counter: credential.counter, transports: credential.transports ?? [], label, created_at: now, last_used_at: null })
    .execute();
  return credential.id;
}

export async function authenticationOptions(db: Kysely<DatabaseSchema>, rp: RelyingParty, passkeys: PasskeyRow[], sessionId: string, now: Date) {
  const options = await generateAuthenticationOptions({ rpID: rp.id, allowCredentials: passkeys.map(descriptor), userVerification: 'preferred' });
  await storeChallenge(db, sessionId, 'authentication', options.challenge, now);
  return options;
}

/** Verifies a passkey's signature over the session's challenge; true when it is one of the person's passkeys and it signed. */
export async function verifyPasskeyResponse(db: Kysely<DatabaseSchema>, rp: RelyingParty, staffId: string, sessionId: string, response: AuthenticationResponseJSON, now: Date): Promise<boolean> {
  const expectedChallenge = await takeChallenge(db, sessionId, 'authentication', now);
  const passkey = await db.selectFrom('staff_passkeys').selectAll().where('id', '=', response.id).where('staff_id', '=', staffId).executeTakeFirst();
  if (!passkey) return false;
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: passkey.id, publicKey: bytes(passkey.public_key), counter: Number(passkey.counter), transports: passkey.transports },
      requireUserVerification: false,
    });
    if (!verified) return false;
    await db.updateTable('staff_passkeys').set({ counter: authenticationInfo.newCounter, last_used_at: now }).where('id', '=', passkey.id).execute();
    return true;
  } catch {
    // A wrong origin, a replayed signature counter or a broken signature: all simply "not this passkey".
    return false;
  }
}

export async function removePasskeyRow(db: Kysely<DatabaseSchema>, staffId: string, id: string) {
  const result = await db.deleteFrom('staff_passkeys').where('id', '=', id).where('staff_id', '=', staffId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

async function storeChallenge(db: Kysely<DatabaseSchema>, sessionId: string, purpose: 'registration' | 'authentication', challenge: string, now: Date) {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<', now).execute();
  await db
    .insertInto('webauthn_challenges')
    .values({ session_id: sessionId, purpose, challenge, expires_at: new Date(now.getTime() + CHALLENGE_MS) })
    .onConflict((oc) => oc.columns(['session_id', 'purpose']).doUpdateSet({ challenge, expires_at: new Date(now.getTime() + CHALLENGE_MS) }))
    .execute();
}

/** The session's live challenge, removed so that it works once. */
async function takeChallenge(db: Kysely<DatabaseSchema>, sessionId: string, purpose: 'registration' | 'authentication', now: Date): Promise<string> {
  const row = await db.deleteFrom('webauthn_challenges').where('session_id', '=', sessionId).where('purpose', '=', purpose).returning(['challenge', 'expires_at']).executeTakeFirst();
  if (!row || row.expires_at <= now) {
    throw new ProblemError({ status: 410, type: 'challenge-expired', title: 'Die Anfrage für den Passkey ist abgelaufen', detail: 'Versuchen Sie es noch einmal; der Browser fragt dann erneut nach dem Passkey.' });
  }
  return row.challenge;
}

function notVerified(status: number, reason: string) {
  return new ProblemError({ status, type: 'passkey-not-verified', title: 'Der Passkey konnte nicht geprüft werden', detail: `Versuchen Sie es noch einmal. (${reason})` });
}
