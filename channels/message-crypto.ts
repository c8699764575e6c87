/**
 * Tencent's message encryption (WXBizMsgCrypt), one scheme for WeChat official accounts in safe and
 * compatible mode and for every WeCom callback, as in Tencent's published samples:
 * - the key is the 43-character EncodingAESKey plus "=", base64-decoded to 32 bytes; the IV is its
 *   first 16 bytes; AES-256-CBC;
 * - the plaintext is 16 random bytes, the message length (4 bytes, big-endian), the message (UTF-8)
 *   and the receiver id (an official account's AppID, WeCom's CorpID), padded PKCS#7 to a multiple
 *   of **32** bytes, not AES's 16: Node's own padding check would refuse pads of 17-32, so padding
 *   is done here;
 * - msg_signature = sha1 of the token, timestamp, nonce and the base64 ciphertext, sorted and joined;
 * - a message for another receiver id was meant for someone else and is refused.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../kernel/errors';

const BLOCK = 32;

/** How one platform names the errors (its setting names, its receiver id) for the operator. */
export interface CryptoWording {
  badKey: [code: string, message: string];
  decryptFailed: [code: string, message: string];
  otherReceiver: [code: string, message: string];
}

export class MessageCrypto {
  private readonly key: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    private readonly receiverId: string,
    private readonly wording: CryptoWording,
  ) {
    if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new ValidationError(...wording.badKey);
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new ValidationError(...wording.badKey);
  }

  /** sha1 of the token, timestamp, nonce and ciphertext, sorted and joined. */
  signature(timestamp: string, nonce: string, encrypted: string): string {
    return createHash('sha1').update([this.token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  /** Whether `msgSignature` signs these values (compared in constant time). */
  verify(msgSignature: string, timestamp: string, nonce: string, encrypted: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypted), 'utf8');
    const given = Buffer.from(msgSignature.toLowerCase(), 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Encrypts a message for our receiver id. `random` is only for reproducing a published vector. */
  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length, 0);
    const plain = Buffer.concat([random, length, body, Buffer.from(this.receiverId, 'utf8')]);
    const pad = BLOCK - (plain.length % BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  }

  /** The plaintext of an encrypted text; throws a ValidationError if it is malformed or for another receiver. */
  decrypt(encrypted: string): string {
    const [failedCode, failedMessage] = this.wording.decryptFailed;
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
      decipher.setAutoPadding(false);
      plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    } catch (error) {
      throw new ValidationError(failedCode, failedMessage, error);
    }
    const pad = plain.at(-1) ?? 0;
    if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) throw new ValidationError(failedCode, `${failedMessage}: bad padding`);
    plain = plain.subarray(0, plain.length - pad);
    const length = plain.readUInt32BE(16);
    if (20 + length > plain.length) throw new ValidationError(failedCode, `${failedMessage}: bad length`);
    if (plain.subarray(20 + length).toString('utf8') !== this.receiverId) throw new ValidationError(...this.wording.otherReceiver);
    return plain.subarray(20, 20 + length).toString('utf8');
  }
}
