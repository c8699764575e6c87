/**
 * WXBizMsgCrypt as WeCom publishes it: the vectors from WeCom's own sample (Sample.py of the
 * callback SDK: token, EncodingAESKey and corp id, a URL check and an encrypted message), then the
 * edges the samples do not reach (a full 32-byte pad, tampering, another corp's message).
 */
import { describe, expect, it } from 'vitest';
import { WecomCrypto } from '../../channels/wecom/wecom-crypto';

const SAMPLE = { token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo', key: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt', corpId: 'ww1436e0e65a779aee' };
const URL_CHECK = {
  signature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
  timestamp: '1476416373',
  nonce: '47744683',
  echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
};
const MESSAGE = {
  signature: '0c3914025cb4b4d68103f6bfc8db550f79dcf48e',
  timestamp: '1476422779',
  nonce: '1597212914',
  encrypt:
    'Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+',
};

describe('WeCom callback crypto (WXBizMsgCrypt)', () => {
  const crypto = new WecomCrypto(SAMPLE.token, SAMPLE.key, SAMPLE.corpId);

  it('verifies and decrypts the published URL check', () => {
    expect(crypto.signature(URL_CHECK.timestamp, URL_CHECK.nonce, URL_CHECK.echostr)).toBe(URL_CHECK.signature);
    expect(crypto.verify(URL_CHECK.signature, URL_CHECK.timestamp, URL_CHECK.nonce, URL_CHECK.echostr)).toBe(true);
    expect(crypto.decrypt(URL_CHECK.echostr)).toBe('1288432023552776189');
  });

  it('verifies and decrypts the published message', () => {
    expect(crypto.verify(MESSAGE.signature, MESSAGE.timestamp, MESSAGE.nonce, MESSAGE.encrypt)).toBe(true);
    const xml = crypto.decrypt(MESSAGE.encrypt);
    expect(xml).toContain('<FromUserName>ChenJiaShun</FromUserName>');
    expect(xml).toContain('<Content>你好</Content>');
    expect(xml).toContain('<MsgId>1456453720</MsgId>');
  });

  it('refuses a signature over other values, and a nonce or timestamp changed in transit', () => {
    expect(crypto.verify(MESSAGE.signature, MESSAGE.timestamp, '1597212915', MESSAGE.encrypt)).toBe(false);
    expect(crypto.verify(MESSAGE.signature, '1476422780', MESSAGE.nonce, MESSAGE.encrypt)).toBe(false);
    expect(crypto.verify('0'.repeat(40), MESSAGE.timestamp, MESSAGE.nonce, MESSAGE.encrypt)).toBe(false);
    expect(new WecomCrypto('another-token', SAMPLE.key, SAMPLE.corpId).verify(MESSAGE.signature, MESSAGE.timestamp, MESSAGE.nonce, MESSAGE.encrypt)).toBe(false);
  });

  it('refuses a message meant for another corp, and one encrypted with another key', () => {
    expect(() => new WecomCrypto(SAMPLE.token, SAMPLE.key, 'ww-someone-else').decrypt(MESSAGE.encrypt)).toThrow(/corp id/);
    const otherKey = new WecomCrypto(SAMPLE.token, 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', SAMPLE.corpId);
    expect(() => otherKey.decrypt(MESSAGE.encrypt)).toThrow(/decrypt|padding|length|corp/);
  });

  it('pads to 32-byte blocks, so pads of 17 to 32 bytes round-trip (Node pads to 16)', () => {
    // 16 random + 4 length + message + 18-byte corp id: a 26-byte message fills whole blocks, so the pad is a full 32.
    for (const length of [1, 10, 26, 27, 100]) {
      const message = 'x'.repeat(length);
      const encrypted = crypto.encrypt(message);
      expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
      expect(crypto.decrypt(encrypted)).toBe(message);
    }
    // A known random prefix: two blocks of ciphertext for a two-character message.
    const fixed = crypto.encrypt('你好', Buffer.alloc(16, 0x61));
    expect(crypto.decrypt(fixed)).toBe('你好');
    expect(Buffer.from(fixed, 'base64').length).toBe(64);
  });

  it('refuses an EncodingAESKey that is not 43 base64 characters', () => {
    expect(() => new WecomCrypto('t', 'short', 'ww')).toThrow(/43 characters/);
  });
});
