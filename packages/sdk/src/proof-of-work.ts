/**
 * Solves the server's proof-of-work challenge (ALTCHA v2, SHA-256) with Web
 * Crypto: the SHA-256 of salt, nonce and a big-endian 32-bit counter must
 * start with the challenge's hex prefix. A plain loop rather than the altcha
 * widget: that widget starts its workers from `blob:` URLs, which a strict
 * CSP (`default-src 'self'`) refuses, and it would weigh 110 kB more.
 */
import type { ProofOfWorkChallenge } from './types.js';

export interface ProofOfWorkAnswer {
  challenge: ProofOfWorkChallenge;
  solution: { counter: number; derivedKey: string };
}

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const bytesToHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Finds the counter; rejects with an `AbortError` when `signal` aborts, or a `RangeError` past `maxCounter`. */
export async function solveProofOfWork(challenge: ProofOfWorkChallenge, options: { signal?: AbortSignal; maxCounter?: number } = {}): Promise<ProofOfWorkAnswer> {
  const { salt, nonce, keyPrefix, algorithm, cost, keyLength } = challenge.parameters;
  if (algorithm !== 'SHA-256' || cost !== 1) throw new RangeError(`proof of work: cannot solve ${algorithm} with cost ${cost}`);
  const saltBytes = hexToBytes(salt);
  const nonceBytes = hexToBytes(nonce);
  const input = new Uint8Array(saltBytes.length + nonceBytes.length + 4);
  input.set(saltBytes, 0);
  input.set(nonceBytes, saltBytes.length);
  const counterView = new DataView(input.buffer, saltBytes.length + nonceBytes.length, 4);
  const prefix = keyPrefix.toLowerCase();
  const maxCounter = options.maxCounter ?? 50_000_000;
  for (let counter = 0; counter <= maxCounter; counter++) {
    if (counter % 1000 === 0 && options.signal?.aborted) throw options.signal.reason ?? new DOMException('aborted', 'AbortError');
    counterView.setUint32(0, counter, false);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
    const hex = bytesToHex(digest.subarray(0, keyLength));
    if (hex.startsWith(prefix)) return { challenge, solution: { counter, derivedKey: hex } };
  }
  throw new RangeError('proof of work: no counter found');
}
