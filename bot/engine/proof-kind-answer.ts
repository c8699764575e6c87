/**
 * "银行流水能当凭证吗", "will an Alipay screenshot do?", "is the e-invoice enough?": a yes-or-no
 * question about one kind of proof gets its yes (or no) first, in one line, from what the
 * proof-of-purchase rule in the knowledge base accepts (pol-proof-of-purchase): a payment record
 * showing the shop and the date, the online order, a stamped warranty card, an electronic invoice.
 * Answered with the whole rule paragraph instead, the customer had to find their answer in it,
 * and asked again. A serial number or production date is no proof of the purchase date: said so.
 */
import type { Lang } from '../phrases';
import { namesOtherProof } from '../understanding/proof-kind-question';

type Bi = Record<Lang, string>;

const KINDS: [RegExp, Bi][] = [
  [
    /银行|流水|刷卡|信用卡|转账|付款记录|支付记录|交易记录|消费记录|付款截图|支付截图|微信支付|支付宝|\b(?:bank|card|credit card|debit card|transfer)\b|\bpayment (?:record|history|screenshot|confirmation)\b|\btransaction\b|\bwechat pay\b|\balipay\b|\bpaypal\b/i,
    {
      zh: '可以。能看到商家名称和付款日期的银行、微信或支付宝付款记录，可以作为购买凭证。',
      en: 'Yes, a bank or payment record showing the shop and the date works as proof of purchase.',
    },
  ],
  [
    /订单|下单记录|购买记录|网购记录|截图|截个图|截屏|淘宝|京东|拼多多|天猫|\b(?:online )?orders?\b|\bscreenshot\b|\border (?:screenshot|confirmation|history|record|number|email)\b|\bscreenshot of (?:the|my) order\b|\bconfirmation email\b/i,
    {
      zh: '可以。能看到商家、商品和下单日期的电商订单记录（截图也行），可以作为购买凭证。',
      en: 'Yes, the online order showing the shop, the product and the date (a screenshot is fine) works as proof of purchase.',
    },
  ],
  [/电子发票|\be-?invoice\b|\belectronic invoice\b/i, { zh: '可以，电子发票和纸质发票一样有效。', en: 'Yes, an electronic invoice counts just like a paper one.' }],
  [
    /保修卡|\bwarranty card\b/i,
    {
      zh: '可以，盖有销售商章的保修卡可以作为购买凭证。',
      en: 'Yes, a warranty card stamped by the seller works as proof of purchase.',
    },
  ],
  [
    /序列号|SN码|机身码|条码|出厂日期|生产日期|\bserial (?:number|no\.?)\b|\bs\/?n\b|\bproduction date\b|\bmanufactur\w* date\b/i,
    {
      zh: '序列号和出厂日期证明不了购买日期；只有在找不到任何购买凭证时，一般按铭牌上的出厂日期推算保修期。',
      en: "A serial number or production date doesn't prove when you bought it; only when no proof of purchase can be found is the warranty usually counted from the production date on the nameplate.",
    },
  ],
];

/** The one-line answer about the kind of proof the question names, or undefined when it names none. */
export function proofKindAnswer(question: string, lang: Lang): string | undefined {
  return KINDS.find(([words]) => words.test(question))?.[1][lang];
}

/**
 * The same line said back when the customer tells what proof they have beside a warranty question
 * ("发票没了 支付宝里有记录 还保吗"): that it counts, without the "yes" of an answer to a question they
 * did not ask. A payment record told in other words than the kinds above is a payment record.
 */
export function proofOfferedLine(text: string, lang: Lang): string | undefined {
  if (!namesOtherProof(text)) return undefined;
  const line = proofKindAnswer(text, lang) ?? KINDS[0]![1][lang];
  const statement = line.replace(/^(?:可以[。，,]|Yes, )/, '');
  return lang === 'en' ? statement.charAt(0).toUpperCase() + statement.slice(1) : statement;
}
