/**
 * Password hashing with scrypt from node:crypto, with the parameters of the
 * OWASP Password Storage Cheat Sheet (N = 2^17, r = 8, p = 1: 128 MiB, about
 * a quarter second per hash on a server core). The parameters are stored with
 * each hash, so raising them later re-hashes nobody and breaks nothing.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { MIN_PASSWORD_LENGTH } from '@teilhabe/contract';
import type { FieldError } from '../http/problem.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export interface PasswordHashing {
  /** log2 of scrypt's N; 17 by default. Tests may lower it to keep fast. */
  logN: number;
}

export const OWASP_PASSWORD_HASHING: PasswordHashing = { logN: 17 };
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string, hashing: PasswordHashing = OWASP_PASSWORD_HASHING): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, hashing.logN, BLOCK_SIZE, PARALLELISM);
  return ['scrypt', hashing.logN, BLOCK_SIZE, PARALLELISM, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of nothing, verified against when the e-mail is unknown, so both answers take as long. */
let decoyHash: Promise<string> | undefined;
export function decoyVerify(password: string, hashing: PasswordHashing): Promise<boolean> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'), hashing);
  return decoyHash.then((hash) => verifyPassword(password, hash));
}

/** Why a new password is refused, as field errors (empty when it is fine). */
export function passwordProblems(password: string, context: { email: string; tenantName: string }): FieldError[] {
  const lower = password.toLowerCase();
  const errors: FieldError[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    errors.push({ path: 'password', code: 'too_short', message: `Das Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen.` });
  }
  const localPart = context.email.split('@')[0]!.toLowerCase();
  const guessable =
    COMMON_PASSWORDS.has(lower) ||
    /^(.)\1+$/.test(password) ||
    (localPart.length >= 4 && lower.includes(localPart)) ||
    lower.includes(context.tenantName.toLowerCase());
  if (guessable) errors.push({ path: 'password', code: 'too_common', message: 'Dieses Passwort ist leicht zu erraten. Wählen Sie ein anderes, zum Beispiel einen Satz aus mehreren Wörtern.' });
  return errors;
}
