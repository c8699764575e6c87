/**
 * An official account's safe mode (安全模式) and compatible mode (兼容模式): Tencent's message
 * encryption (channels/message-crypto.ts) with the account's AppID as the receiver id.
 */
import { MessageCrypto } from '../message-crypto';

export class OaCrypto extends MessageCrypto {
  constructor(token: string, encodingAesKey: string, appId: string) {
    super(token, encodingAesKey, appId, {
      badKey: ['wechat_aes_key_invalid', 'WECHAT_OA_AES_KEY must be the 43-character EncodingAESKey from the console'],
      decryptFailed: ['wechat_decrypt_failed', 'Encrypted message could not be decrypted (wrong EncodingAESKey?)'],
      otherReceiver: ['wechat_appid_mismatch', 'Encrypted message is for another AppID'],
    });
  }
}
