/** How ticket secrets (link keys, one-time codes) are kept by every store: as SHA-256 hashes, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Equal hex digests, compared without leaking where they differ; an empty one never matches. */
export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
