/**
 * How a call-centre system signs a posted call: `X-Voice-Timestamp` is the Unix time in seconds,
 * `X-Voice-Signature` is `v1=` + hex HMAC-SHA256 of `${timestamp}.${rawBody}` under the shared
 * secret (VOICE_WEBHOOK_SECRET). The timestamp is signed too, so an old request cannot be
 * replayed with a new time; one outside the allowed age is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-voice-timestamp';
export const SIGNATURE_HEADER = 'x-voice-signature';

export function signVoiceRequest(secret: string, timestamp: number | string, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
  return `v1=${mac}`;
}

export type SignatureCheck = { ok: true } | { ok: false; code: 'signature_missing' | 'signature_stale' | 'signature_invalid'; message: string };

export function verifyVoiceSignature(input: { secret: string; timestamp: string | undefined; signature: string | undefined; rawBody: Buffer; now: Date; maxAgeMs: number }): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) {
    return { ok: false, code: 'signature_missing', message: `Sign the request: ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER} headers are required / 缺少签名` };
  }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, code: 'signature_invalid', message: `${TIMESTAMP_HEADER} must be Unix time in seconds / 时间戳无效` };
  if (Math.abs(input.now.getTime() - Number(timestamp) * 1000) > input.maxAgeMs) {
    return { ok: false, code: 'signature_stale', message: 'The request is too old or its clock is off; sign it again with the current time / 请求已过期' };
  }
  const expected = Buffer.from(signVoiceRequest(input.secret, timestamp, input.rawBody));
  const given = Buffer.from(signature.trim());
  // Compared in constant time; a length mismatch is already a mismatch.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'signature_invalid', message: 'The signature does not match the body and timestamp / 签名校验失败' };
  }
  return { ok: true };
}
