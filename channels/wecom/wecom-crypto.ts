/**
 * WeCom's callback encryption (企业微信回调加解密): every callback of 微信客服 is encrypted, with no
 * plaintext mode. Tencent's message encryption (channels/message-crypto.ts) with the CorpID as the
 * receiver id.
 */
import { MessageCrypto } from '../message-crypto';

export class WecomCrypto extends MessageCrypto {
  constructor(token: string, encodingAesKey: string, receiveId: string) {
    super(token, encodingAesKey, receiveId, {
      badKey: ['wecom_aes_key_invalid', 'WECOM_ENCODING_AES_KEY must be the 43 characters from the WeCom console'],
      decryptFailed: ['wecom_decrypt_failed', 'WeCom message could not be decrypted (check WECOM_ENCODING_AES_KEY)'],
      otherReceiver: ['wecom_receiver_mismatch', 'WeCom message is for another corp id (check WECOM_CORP_ID)'],
    });
  }
}
