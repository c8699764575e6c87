/**
 * WeChat's message encryption for official accounts in safe mode (安全模式) and compatible mode
 * (兼容模式), as in Tencent's published WXBizMsgCrypt samples:
 * - the key is the 43-character EncodingAESKey plus "=", base64-decoded to 32 bytes; the IV is
 *   its first 16 bytes; AES-256-CBC with PKCS#7 padding to a 32-byte block;
 * - the plaintext is 16 random bytes, the message length as 4 bytes big-endian, the message
 *   (UTF-8) and the AppID, which is checked on the way in so another account's messages are refused;
 * - msg_signature = sha1 of the sorted token, timestamp, nonce and the base64 ciphertext.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../../kernel/errors';

const BLOCK = 32;

export class OaCrypto {
  private readonly key: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    private readonly appId: string,
  ) {
    if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new ValidationError('wechat_aes_key_invalid', 'WECHAT_OA_AES_KEY must be the 43-character EncodingAESKey from the console');
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
  }

  /** sha1 of the token, timestamp, nonce and ciphertext, sorted and joined. */
  signature(timestamp: string, nonce: string, encrypted: string): string {
    return createHash('sha1').update([this.token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  verify(msgSignature: string, timestamp: string, nonce: string, encrypted: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypted));
    const given = Buffer.from(msgSignature.toLowerCase());
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** `random` is only for reproducing a published vector; leave it out. */
  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const plain = Buffer.concat([random, length, body, Buffer.from(this.appId, 'utf8')]);
    const pad = BLOCK - (plain.length % BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  }

  decrypt(encrypted: string): string {
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
      decipher.setAutoPadding(false);
      plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    } catch (error) {
      throw new ValidationError('wechat_decrypt_failed', 'Encrypted message could not be decrypted (wrong EncodingAESKey?)', error);
    }
    const pad = plain.at(-1) ?? 0;
    if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) throw new ValidationError('wechat_decrypt_failed', 'Encrypted message has bad padding (wrong EncodingAESKey?)');
    plain = plain.subarray(0, plain.length - pad);
    const length = plain.readUInt32BE(16);
    if (20 + length > plain.length) throw new ValidationError('wechat_decrypt_failed', 'Encrypted message has a bad length');
    const appId = plain.subarray(20 + length).toString('utf8');
    if (appId !== this.appId) throw new ValidationError('wechat_appid_mismatch', 'Encrypted message is for another AppID');
    return plain.subarray(20, 20 + length).toString('utf8');
  }
}
