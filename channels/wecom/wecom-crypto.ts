/**
 * WeCom's callback encryption (WXBizMsgCrypt, 企业微信回调加解密): every callback of 微信客服 is
 * encrypted, with no plaintext mode.
 *
 * - The AES key is base64(EncodingAESKey + "="), 32 bytes; AES-256-CBC with the key's first 16
 *   bytes as IV. The plaintext is 16 random bytes, the message length (4 bytes, big-endian), the
 *   message, then the receive id (the CorpID), padded PKCS#7 to a multiple of **32** bytes, not
 *   AES's 16: Node's own padding check would refuse pads of 17-32, so padding is done here.
 * - msg_signature = sha1 of the token, timestamp, nonce and the encrypted text, sorted and joined.
 * - A message whose receive id is not our CorpID was meant for someone else and is refused.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../../kernel/errors';

const BLOCK = 32;

export class WecomCrypto {
  private readonly key: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    private readonly receiveId: string,
  ) {
    if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new ValidationError('wecom_aes_key_invalid', 'WECOM_ENCODING_AES_KEY must be the 43 characters from the WeCom console');
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new ValidationError('wecom_aes_key_invalid', 'WECOM_ENCODING_AES_KEY does not decode to 32 bytes');
  }

  signature(timestamp: string, nonce: string, encrypted: string): string {
    return createHash('sha1').update([this.token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  /** Whether `msgSignature` signs these values (compared in constant time). */
  verify(msgSignature: string, timestamp: string, nonce: string, encrypted: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypted), 'utf8');
    const given = Buffer.from(msgSignature.toLowerCase(), 'utf8');
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The plaintext of an encrypted text; throws a ValidationError if it is malformed or for another receiver. */
  decrypt(encrypted: string): string {
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
      decipher.setAutoPadding(false);
      plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    } catch (error) {
      throw new ValidationError('wecom_decrypt_failed', 'WeCom message could not be decrypted (check WECOM_ENCODING_AES_KEY)', error);
    }
    const pad = plain[plain.length - 1] ?? 0;
    if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) throw new ValidationError('wecom_decrypt_failed', 'WeCom message has bad padding (check WECOM_ENCODING_AES_KEY)');
    const body = plain.subarray(16, plain.length - pad);
    const length = body.readUInt32BE(0);
    if (length > body.length - 4) throw new ValidationError('wecom_decrypt_failed', 'WeCom message length is out of range');
    const message = body.subarray(4, 4 + length).toString('utf8');
    const receiver = body.subarray(4 + length).toString('utf8');
    if (receiver !== this.receiveId) throw new ValidationError('wecom_receiver_mismatch', 'WeCom message is for another corp id (check WECOM_CORP_ID)');
    return message;
  }

  /** Encrypts a message for our receive id (the fake WeCom API and passive replies use it). */
  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const text = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(text.length, 0);
    const raw = Buffer.concat([random, length, text, Buffer.from(this.receiveId, 'utf8')]);
    const pad = BLOCK - (raw.length % BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat([raw, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  }
}
