/**
 * What knowledge text may never say to a customer, whoever wrote it: knowledge is data, and a
 * poisoned entry (issue 18 #4: "e-mail your ID card to…", a foreign link, "¥500 compensation")
 * would otherwise be quoted word for word by the offline brain. One definition, used twice: `kb
 * ingest` refuses an entry that trips it, with file and line (knowledge/ingest/read-folder.ts),
 * and the engine drops a line that trips it at read time (engine/knowledge-screen.ts), for
 * entries already in a knowledge base or served by another index.
 *
 * Four kinds: instructions aimed at the customer to hand over documents or credentials, write to
 * an e-mail address, pay or transfer money, or add someone on WeChat/QQ; links and e-mail
 * addresses outside LLM_ALLOWED_LINK_HOSTS; money promised back (赔偿/返还/refund with an
 * amount); and personal data (a phone, an address, an ID…). Fees a policy states (上门费50元) and
 * the service's own hotline (400/800/95xxx numbers) are not findings.
 */
import { normaliseText } from '../../kernel/text/normal-form';
import { findPersonalData } from '../redaction/personal-data';
import { OutputGuard } from './output-guard';

export type KnowledgeFindingKind = 'customer_instruction' | 'outside_link' | 'money_promise' | 'personal_data';

export interface KnowledgeFinding {
  kind: KnowledgeFindingKind;
  /** The words that tripped it (cut short). */
  match: string;
  reason: { zh: string; en: string };
}

export interface KnowledgeScreenOptions {
  /** Hosts a link may point to (and their subdomains): LLM_ALLOWED_LINK_HOSTS. Default none. */
  allowedLinkHosts?: readonly string[];
}

const REASONS: Record<KnowledgeFindingKind, { zh: string; en: string }> = {
  customer_instruction: {
    zh: '要求客户提交证件/账户信息、发邮件、付款转账或添加私人联系方式',
    en: 'tells customers to hand over documents or account details, e-mail, pay or transfer money, or add a private contact',
  },
  outside_link: { zh: '含有不在允许列表内的链接或邮箱', en: 'has a link or e-mail address outside the allowed hosts' },
  money_promise: { zh: '承诺赔偿、返还或退款金额', en: 'promises compensation, a refund or money back' },
  personal_data: { zh: '含有个人信息（电话、地址、姓名、证件号等）', en: 'holds personal data (a phone, address, name, ID number…)' },
};

const DOCUMENTS = String.raw`身份证|证件|户口本|护照|驾照|银行卡|卡号|账号|帐号|密码|验证码|支付密码|社保卡|ID[\s-]?cards?|identity\s+cards?|passports?|driver'?s\s+licen[cs]e|bank\s+(?:cards?|details|account)|card\s+(?:number|details)|account\s+(?:number|details|password)|passwords?|PIN|verification\s+codes?|one[\s-]time\s+codes?|OTP|social\s+security`;
const HAND_OVER = String.raw`发送|发给|发到|发至|发|寄给|寄到|寄|邮寄|上传|提供|提交|拍照|拍下|告诉|告知|send|e-?mail|mail|upload|provide|submit|give|share|tell|photograph|scan|text|forward`;
const PAY = String.raw`转账|汇款|打款|汇到|转到|转入|预付|先付|先支付|先交|定金|押金|保证金|手续费|解冻费|激活费|扫码(?:付款|支付)|付款到|支付到|付到|pay\s+(?:a\s+)?(?:deposit|fee|upfront|in\s+advance|first)|transfer\s+(?:the\s+)?(?:money|funds|payment|deposit|fee)|wire\s+(?:the\s+)?(?:money|funds|payment)|remit|send\s+(?:the\s+)?(?:money|payment|deposit)|gift\s+cards?|pay\s+(?:to|into|via)`;
const PRIVATE_CONTACT = String.raw`(?:加|添加|联系|私信|私聊)(?:我|我们|客服|专员|工作人员|经理)?的?(?:个人)?(?:微信|QQ|vx|wx|V信|WhatsApp|Telegram)|add\s+(?:us|me|our\s+\w+|the\s+\w+)\s+on\s+(?:WeChat|QQ|WhatsApp|Telegram|Line)|(?:WeChat|WhatsApp|Telegram)\s+(?:us|me)`;
const EMAIL_US = String.raw`(?:发|写|寄)(?:邮件|电子邮件|邮箱)|(?:邮件|邮箱)(?:发送|发给|发到|至)|e-?mail\s+(?:us|them|it|a\s+copy|your|the|to)|send\s+(?:an\s+)?e-?mail`;
const INSTRUCTION = new RegExp(
  [`(?:${HAND_OVER})[^。！？.!?\\n]{0,16}?(?:${DOCUMENTS})`, `(?:${DOCUMENTS})[^。！？.!?\\n]{0,6}?(?:发送|发给|发到|寄到|上传|告诉|提供给|to\\s+(?:us|our|the))`, PAY, PRIVATE_CONTACT, EMAIL_US].join(
    '|',
  ),
  'i',
);

const MONEY_BACK = String.raw`赔偿|补偿|赔付|理赔|返还|返现|返款|退还|退款|退钱|红包|奖励|补贴|现金|compensat\w*|refund\w*|cash\s*back|reimburse\w*|pay\s+(?:you|customers?)|payout|reward|voucher|coupon`;
const AMOUNT = String.raw`(?:[¥￥$€£]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:元|块|圆|万元|rmb|yuan|cny|usd|dollars?|euros?)|[一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟]+(?:元|块|圆)|\d{1,3}\s?%|[一二三四五六七八九]折|双倍|全额|加倍|double|full\s+(?:price|amount))`;
const MONEY_PROMISE = new RegExp(`(?:${MONEY_BACK})[^。！？.!?\\n]{0,20}?${AMOUNT}|${AMOUNT}[^。！？.!?\\n]{0,12}?(?:${MONEY_BACK})`, 'i');
/** A sentence that denies the payment ("不提供赔偿", "no compensation is paid") promises nothing. */
const DENIED = /不(?:予|会|能|提供|承担|支付)|无(?:法|须)?(?:赔偿|补偿|退款)|没有|不得|禁止|谨防|警惕|诈骗|骗局|never|not|no\s|don't|do not|scam|fraud/i;

/**
 * A bare IP address with a path or port (192.168.3.4/claim), which the output guard's link check
 * does not read as a link yet; a version number (1.0.8.2) has neither.
 */
const BARE_IP_LINK = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?=[/:]\S)/;

const guards = new Map<string, OutputGuard>();
function guardFor(hosts: readonly string[]): OutputGuard {
  const key = hosts.join(',');
  let guard = guards.get(key);
  if (!guard) guards.set(key, (guard = new OutputGuard({ allowedLinkHosts: [...hosts] })));
  return guard;
}

const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** The findings in one piece of knowledge text (a step, a title, an answer); none means it may be shown. */
export function screenKnowledgeText(text: string, options: KnowledgeScreenOptions = {}): KnowledgeFinding[] {
  const normal = normaliseText(text);
  const findings: KnowledgeFinding[] = [];
  const add = (kind: KnowledgeFindingKind, match: string) => {
    if (!findings.some((f) => f.kind === kind)) findings.push({ kind, match: cut(match), reason: REASONS[kind] });
  };
  const sentences = normal.split(/(?<=[。！？!?;；])|(?<=\.)\s+/);
  for (const sentence of sentences) {
    const instruction = INSTRUCTION.exec(sentence);
    if (instruction && !/谨防|警惕|诈骗|骗|never|scam|fraud|do not|don't/i.test(sentence)) add('customer_instruction', instruction[0]);
    const promise = MONEY_PROMISE.exec(sentence);
    if (promise && !DENIED.test(sentence)) add('money_promise', promise[0]);
  }
  for (const v of guardFor(options.allowedLinkHosts ?? []).check(normal).violations) {
    if (v.kind === 'link' || v.kind === 'image') add('outside_link', v.match);
    if (v.kind === 'email') add('outside_link', v.match);
  }
  const ip = BARE_IP_LINK.exec(normal);
  if (ip && !(options.allowedLinkHosts ?? []).includes(ip[0])) add('outside_link', ip[0]);
  const personal = findPersonalData(normal);
  if (personal.length) add('personal_data', `${personal[0]!.kind}`);
  return findings;
}
