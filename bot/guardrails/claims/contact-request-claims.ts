/**
 * Requests that move a customer off the channel or ask for what a scammer wants: add someone on
 * WeChat, QQ, WhatsApp or Telegram, scan a QR code, send an ID card, bank card, password or
 * verification code, transfer money or pay a deposit. A clause that warns against it ("请勿向任何人
 * 提供验证码", never share your password) asks for nothing. The key names what is asked for.
 */
import type { Claim } from './claim';
import { clauses } from './clauses';

const MESSENGER = String.raw`(微信|vx|v信|wx|威信|薇信|企业微信|qq|扣扣|whatsapp|telegram|飞机|钉钉|line|signal|skype|viber|messenger)`;
const KEYS: Record<string, string> = {
  微信: 'wechat',
  vx: 'wechat',
  v信: 'wechat',
  wx: 'wechat',
  威信: 'wechat',
  薇信: 'wechat',
  企业微信: 'wechat',
  qq: 'qq',
  扣扣: 'qq',
  whatsapp: 'whatsapp',
  telegram: 'telegram',
  飞机: 'telegram',
  钉钉: 'dingtalk',
  line: 'line',
  signal: 'signal',
  skype: 'skype',
  viber: 'viber',
  messenger: 'messenger',
};

const REQUESTS: [key: string | ((m: RegExpExecArray) => string), pattern: RegExp][] = [
  [
    (m) => KEYS[(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()] ?? 'messenger',
    new RegExp(
      String.raw`(?:加|添加|加一下|联系|私聊|私信|扫码加|搜索|搜)\s*(?:我|我们|您|你|客服|专员|经理|工程师|师傅|下面|以下|这个|的|个人|私人|专属|\s){0,6}${MESSENGER}|${MESSENGER}\s*(?:号|id|账号)?\s*(?:是|为|[:：])\s*[a-z0-9_-]{4,}|\b(?:add|message|contact|text|dm|reach|ping|find|chat with)\s+(?:me|us|our \w+|the \w+|him|her)?\s*(?:on|via|at|through|using)\s+${MESSENGER}\b`,
      'i',
    ),
  ],
  ['qr_code', /扫(?:描|一下|一扫)?(?:这个|下面的?|以下的?|我的)?(?:二维码|码)|\bscan (?:the|this|my|our|below)? ?qr\b/i],
  [
    'id_card',
    /(?:发|发送|提供|上传|拍|报|告诉|出示|寄)\S{0,8}(?:身份证|户口本|护照|驾照|社保卡)|(?:身份证|户口本|护照|驾照|社保卡)\S{0,12}(?:发给|发送给|发到|传给|拍给|寄给|报给|告诉|提供给|发过来|传过来)|\b(?:send|provide|upload|share|give|tell|show|email|text)\b[^.?!]{0,30}\b(?:id card|identity card|passport|driver'?s licen[cs]e|social security)/i,
  ],
  [
    'bank_card',
    /(?:发|发送|提供|上传|拍|报|告诉|输入|填写)\S{0,8}(?:银行卡|卡号|信用卡|cvv|安全码|有效期)|(?:银行卡|卡号|信用卡)\S{0,12}(?:发给|发送给|发到|报给|告诉|提供给|发过来)|\b(?:send|provide|upload|share|give|tell|enter|type)\b[^.?!]{0,30}\b(?:bank card|card number|credit card|debit card|cvv|security code)/i,
  ],
  ['password', /(?:发|发送|提供|告诉|输入|填写|报)\S{0,8}(?:密码|支付密码|登录密码|pin码)|\b(?:send|provide|share|give|tell|enter|type)\b[^.?!]{0,30}\b(?:password|passcode|pin)\b/i],
  [
    'verification_code',
    /(?:发|发送|提供|告诉|输入|报|念)\S{0,8}(?:验证码|动态码|短信码|校验码)|(?:验证码|动态码|短信码|密码)\S{0,8}(?:发给|发送给|发到|发我|给我|报给|告诉|念给|发过来)|\b(?:send|provide|share|give|tell|read|forward)\b[^.?!]{0,30}\b(?:verification code|otp|one[- ]time (?:code|password)|sms code)/i,
  ],
  [
    'transfer',
    /转账|汇款|打款到|付款到|支付到|转到(?:这个|以下|下面)?(?:账户|账号|卡)|先(?:付|交|支付)|预付|保证金|押金|解冻费|手续费|\b(?:transfer|wire|send)\b[^.?!]{0,20}\b(?:money|payment|funds|fee|deposit)\b|\bpay (?:a |the )?(?:deposit|fee|handling fee|unlock fee)\b/i,
  ],
];

/**
 * We are the ones sending a code ("我往那个手机发个验证码", "we have texted a code to that phone"): that
 * asks nothing of the customer. A clause that names the customer (您, 你, you) or has them hand
 * the code over (把, 请) is still read as a request.
 */
const WE_SEND_A_CODE =
  /(?:我们|我|系统)(?:(?![您你请把])[^，。！？\n]){0,12}(?:发送|发|短信)(?:(?![您你请把])[^，。！？\n]){0,8}(?:验证码|动态码|短信码|校验码)|\b(?:we|I)\b(?:(?!\byou\b|\bplease\b)[^.?!,;]){0,20}\b(?:sent|send|texted|text)\b(?:(?!\byou\b|\bplease\b|\bme\b)[^.?!,;]){0,25}\bcodes?\b/i;

/** A tool that texted the customer a code (codeSent) backs asking them for it. */
const TOOL_SENT_A_CODE = /"codeSent"\s*:\s*true/;

export function contactRequestClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const clause of clauses(text)) {
    if (clause.warning || WE_SEND_A_CODE.test(clause.text)) continue;
    for (const [key, pattern] of REQUESTS) {
      const m = pattern.exec(clause.text);
      if (m) claims.push({ kind: 'contact_request', key: typeof key === 'string' ? key : key(m), said: m[0] });
    }
  }
  return claims;
}

/** What a source asks for at all (a passage that says to send the receipt by WeChat supports the same request). */
export function requestsNamed(text: string): Set<string> {
  const named = new Set<string>();
  for (const [key, pattern] of REQUESTS) {
    const m = pattern.exec(text);
    if (m) named.add(typeof key === 'string' ? key : key(m));
  }
  if (TOOL_SENT_A_CODE.test(text)) named.add('verification_code');
  return named;
}
