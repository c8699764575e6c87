/**
 * Messaging accounts in free text: WeChat IDs (微信号 lily_wang88, wxid_…), QQ numbers and the
 * like. A WeChat ID is 6-20 letters, digits, _ or -, starting with a letter, so it looks like any
 * word: it is read only after a word naming the account (微信, vx, WeChat ID, QQ), except the
 * wxid_ form, which is an account wherever it stands. A phone number given as a WeChat account is
 * left to the phone finder. Used by the personal-data detector; runs on normalised text.
 */

export interface ChatIdMatch {
  raw: string;
  index: number;
}

/** Cues that name the account itself: any well-formed ID after them is one (微信号 lilywang). */
const STRONG_CUE = String.raw`微信号|微信\s?ID|微信账号|微信帐号|vx号|wx号|V信号|薇信号|威信号|WeChat\s?ID|WeChat\s?account|Weixin\s?ID|QQ号码?|QQ\s?number|Line\s?ID|Telegram|Skype\s?ID|WhatsApp\s?ID`;
/** Cues that may also name the app (微信支付, WeChat is down): the ID must then hold a digit, _ or -. */
const WEAK_CUE = String.raw`微信|威信|薇信|V信|vx|wx|WeChat|Weixin|QQ|WhatsApp|Line`;
const JOIN = String.raw`\s*(?:[:：]|是|为|is|:)?\s*`;
const ACCOUNT = String.raw`[A-Za-z][A-Za-z0-9_-]{5,19}|\d{5,12}`;
const STRONG = new RegExp(`(?<![A-Za-z])(?:${STRONG_CUE})${JOIN}(${ACCOUNT})(?![A-Za-z0-9_-])`, 'gi');
const WEAK = new RegExp(`(?<![A-Za-z])(?:加我?|添加|加个|my|add(?:\\s+me\\s+on)?)?\\s*(?:${WEAK_CUE})${JOIN}(${ACCOUNT})(?![A-Za-z0-9_-])`, 'gi');
const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,30}/gi;

export function findChatIds(text: string): ChatIdMatch[] {
  const found: ChatIdMatch[] = [];
  const add = (raw: string, index: number) => {
    if (!found.some((f) => index < f.index + f.raw.length && f.index < index + raw.length)) found.push({ raw, index });
  };
  for (const m of text.matchAll(WXID)) add(m[0], m.index);
  for (const m of text.matchAll(STRONG)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of text.matchAll(WEAK)) {
    const id = m[1]!;
    // After a word that may name the app, only an ID-shaped token counts (not "WeChat account").
    if (/^[A-Za-z]+$/.test(id)) continue;
    add(id, m.index + m[0].length - id.length);
  }
  return found.sort((a, b) => a.index - b.index);
}
