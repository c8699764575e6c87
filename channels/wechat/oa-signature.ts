/**
 * WeChat signs every callback to an official account: signature = sha1 of the token, timestamp
 * and nonce sorted and joined. It is checked on every request (the echostr handshake too), in
 * constant time, and a timestamp far from now is refused so a captured request cannot be replayed
 * later.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type SignatureVerdict = 'ok' | 'missing' | 'bad' | 'stale';

/** WeChat itself retries for about 15 s; five minutes leaves room for clock drift. */
export const MAX_CALLBACK_AGE_MS = 5 * 60_000;

export function signatureOf(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export function verifySignature(token: string, query: { signature?: unknown; timestamp?: unknown; nonce?: unknown }, now: Date, maxAgeMs = MAX_CALLBACK_AGE_MS): SignatureVerdict {
  const { signature, timestamp, nonce } = query;
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string' || !signature || !timestamp || !nonce) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || nonce.length > 64) return 'bad';
  const expected = Buffer.from(signatureOf(token, timestamp, nonce));
  const given = Buffer.from(signature.toLowerCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad';
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > maxAgeMs) return 'stale';
  return 'ok';
}
