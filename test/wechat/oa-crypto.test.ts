/**
 * The message crypto against vectors from Tencent's published WXBizMsgCrypt samples (the Java
 * sample's encrypt test and the C# sample's request with its msg_signature).
 */
import { describe, expect, it } from 'vitest';
import { OaCrypto } from '../../channels/wechat/oa-crypto';

// Java sample (WXBizMsgCryptTest): fixed random "aaaabbbbccccdddd".
const JAVA = {
  key: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  token: 'pamtest',
  appId: 'wxb11529c136998cb6',
  plain: '我是中文abcd123',
  encrypted: 'jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==',
};
// C# sample (Sample.cs): a signed, encrypted request.
const CSHARP = {
  key: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  token: 'QDG6eK',
  appId: 'wx5823bf96d3bd56c7',
  msgSignature: '477715d11cdb4164915debcba66cb864d751f3e6',
  timestamp: '1409659813',
  nonce: '1372623149',
  encrypted:
    'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
};

describe('OaCrypto (WXBizMsgCrypt scheme)', () => {
  it('encrypts exactly as the Java sample does, given its random prefix', () => {
    const crypto = new OaCrypto(JAVA.token, JAVA.key, JAVA.appId);
    expect(crypto.encrypt(JAVA.plain, Buffer.from('aaaabbbbccccdddd'))).toBe(JAVA.encrypted);
    expect(crypto.decrypt(JAVA.encrypted)).toBe(JAVA.plain);
  });

  it("verifies the C# sample's msg_signature and decrypts its message", () => {
    const crypto = new OaCrypto(CSHARP.token, CSHARP.key, CSHARP.appId);
    expect(crypto.verify(CSHARP.msgSignature, CSHARP.timestamp, CSHARP.nonce, CSHARP.encrypted)).toBe(true);
    expect(crypto.verify(CSHARP.msgSignature, CSHARP.timestamp, '1372623148', CSHARP.encrypted)).toBe(false);
    const xml = crypto.decrypt(CSHARP.encrypted);
    expect(xml).toContain('<Content><![CDATA[hello]]></Content>');
    expect(xml).toContain('<MsgId>4561255354251345929</MsgId>');
  });

  it('refuses a message for another AppID and one under another key', () => {
    expect(() => new OaCrypto(CSHARP.token, CSHARP.key, 'wx-someone-else').decrypt(CSHARP.encrypted)).toThrow(/another AppID/);
    expect(() => new OaCrypto(CSHARP.token, JAVA.key, CSHARP.appId).decrypt(CSHARP.encrypted)).toThrow(/EncodingAESKey|length|AppID/);
    expect(() => new OaCrypto('t', 'short', 'wx')).toThrow(/43-character/);
  });

  it('round-trips long Chinese text with a fresh random prefix each time', () => {
    const crypto = new OaCrypto(JAVA.token, JAVA.key, JAVA.appId);
    const text = '<xml><Content><![CDATA[' + '空调显示E1，请断电。'.repeat(200) + ']]></Content></xml>';
    const a = crypto.encrypt(text);
    expect(a).not.toBe(crypto.encrypt(text));
    expect(Buffer.from(a, 'base64').length % 32).toBe(0);
    expect(crypto.decrypt(a)).toBe(text);
  });
});
