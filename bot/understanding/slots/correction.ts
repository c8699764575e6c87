/**
 * Corrections: the customer changes something they gave before ("地址改成…", "电话不对 是…",
 * "手机号错了，应该是…", "型号写错了 是…", "no, it's Tower 3", "sorry the number is …",
 * "wrong address, it's …"). The value is read with the slot's own reader, so it never carries the
 * verb ("改成广州市…" gives 广州市…) and a phone comes out as 11 digits. A new value with no cue is
 * not a correction: whether "13912345678" replaces an earlier number is the engine's decision,
 * from context. A cue without a usable value ("地址不对") is a correction with no value, so the
 * engine can ask for it — but only in a short message, since "wrong number" inside a longer
 * sentence is usually a complaint.
 */
import { findAddresses } from '../../text/address';
import { withCityOf } from './contact';
import { findPhoneNumbers } from '../../text/phone-numbers';
import { extractBrand } from './brand';
import { extractCategory } from './category';
import { extractAddressAnswer, extractPhone } from './contact';
import { extractErrorCode } from './error-code';
import { extractModel, extractModelAnswer } from './model';
import { visitTimeWithoutReason } from '../visit-time';

export const CORRECTABLE_SLOTS = ['phone', 'address', 'model', 'serial', 'purchaseDate', 'name', 'brand', 'category', 'errorCode', 'orderNumber', 'visitTime'] as const;
export type CorrectableSlot = (typeof CORRECTABLE_SLOTS)[number];

export interface Correction {
  slot: CorrectableSlot;
  /** The new value, read with the slot's reader; absent when the customer only said it was wrong. */
  value?: string;
  /** The words it was read from (cue and value), for debugging and for the engine's record. */
  from: string;
}

const SLOT_WORDS: Record<CorrectableSlot, string[]> = {
  phone: [
    '手机号码',
    '手机号',
    '电话号码',
    '联系电话',
    '联系方式',
    '电话',
    '手机',
    '号码',
    'phone number',
    'mobile number',
    'cell number',
    'contact number',
    'phone',
    'mobile',
    'number',
    'cell',
    'tel',
  ],
  address: ['收货地址', '上门地址', '家庭地址', '详细地址', '地址', '住址', '门牌号', '门牌', '楼号', '房号', 'address', 'addr'],
  model: ['型号', '机型', 'model number', 'model'],
  serial: ['序列号', '串号', '机身码', 'SN码', 'serial number', 'serial', 'IMEI'],
  purchaseDate: ['购买日期', '购买时间', '购买的时间', '买的时间', '购机日期', '购机时间', '日期', 'purchase date', 'date of purchase', 'date'],
  name: ['姓名', '名字', '称呼', '联系人', 'name'],
  brand: ['品牌', '牌子', 'brand'],
  category: ['产品类型', '品类', 'product', 'appliance'],
  errorCode: ['故障码', '错误码', '故障代码', '报警码', '报错码', '报错代码', '代码', '错误代码', 'error code', 'fault code', 'code'],
  orderNumber: ['订单号', '订单编号', 'order number', 'order no'],
  visitTime: ['上门时间', '预约时间', '时间', 'appointment', 'visit time', 'time'],
};

const SLOT_OF = new Map<string, CorrectableSlot>();
for (const [slot, words] of Object.entries(SLOT_WORDS) as [CorrectableSlot, string[]][]) for (const w of words) SLOT_OF.set(w.toLowerCase(), slot);
const S = `(?<![A-Za-z])(${[...SLOT_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`;

const CHANGE_ZH = '改成|改为|改一下|改下|换成|换为|更正为|更改为|修改为|变更为|更新为|更新成|改到|换到';
const WRONG_ZH = '(?:写|说|打|填|输|记|留|给|发)?(?:错了|不对|有误|搞错了|弄错了|错误|不是这个|有问题|错)';
const LEAD_ZH = '[\\s,，。!！:：]*(?:应该|应)?(?:是|为)?[\\s:：]*';
const LEAD_EN = `[\\s,.:;!-]*(?:(?:it'?s|it is|should be|the (?:right|correct) one is|use|is|make (?:that|it))\\s*)?`;

/**
 * How a cue was said decides what may follow it:
 * - change: 地址改成…, change my address to… — a request to correct even with no value yet;
 * - wrong: 电话不对…, wrong address… — with no value, only in a short message (else a complaint);
 * - strong: 说错了, I meant… — a value of any slot may follow, near the cue;
 * - weak: no, sorry, 不对 — only a phone, address, model or date right after it (or anything after
 *   "it's"/"是"), so "no, the fridge is still warm" corrects nothing.
 */
interface Cue {
  pattern: RegExp;
  kind: 'change' | 'wrong' | 'strong' | 'weak';
}

/**
 * "13770012345 哦不对 是13770012346", "周二 不对 周三", "139… sorry 138…": typed without punctuation,
 * a space before the cue ends the clause too (not before a bare "no", which is inside sentences).
 */
const SPACED_CUE = String.raw`\s+(?=(?:(?:oh|ah|um|uh|哦|噢|啊|呃|额|诶|哎|等等|等下)[\s,，]*)?(?:不对|不是|哦不|不好意思|抱歉|sorry|oops|actually|wait)(?![A-Za-z]))`;

const CUES: Cue[] = [
  // 地址改成…, 把电话换成…
  { pattern: new RegExp(`(?:把|将)?(?:我的)?${S}(?:的)?\\s*(?:${CHANGE_ZH})${LEAD_ZH}`, 'i'), kind: 'change' },
  // 改一下地址：…, 换个地址 …, 更正电话为…
  { pattern: new RegExp(`(?:改|换|更正|修改|更新|变更)(?:一下|下)?(?:我的)?(?:一个|个)?(?:新的?)?${S}(?:为|成|是)?${LEAD_ZH}`, 'i'), kind: 'change' },
  // change my address to …, update the number: …
  { pattern: new RegExp(`\\b(?:change|update|correct|fix|switch|amend)\\s+(?:my|the)?\\s*${S}\\s*(?:to|into|as|:)?\\s*`, 'i'), kind: 'change' },
  // 电话不对 是…, 手机号错了，应该是…, 型号写错了 是…
  // (Said again after a failed fix: 日期还是不对, 日期也错了, 日期又写错了.)
  { pattern: new RegExp(`${S}\\s*(?:还是|也|又|都|仍然|依然|还)?${WRONG_ZH}(?:了|的|吧|啊)?[!！]*${LEAD_ZH}`, 'i'), kind: 'wrong' },
  // 电话应该是…, 型号其实是…
  { pattern: new RegExp(`${S}\\s*(?:其实|实际上|准确地?说)?(?:应该|应)(?:是|为)[\\s:：]*|${S}\\s*(?:其实|实际上)是[\\s:：]*`, 'i'), kind: 'wrong' },
  // the number should be …, my address is actually …
  { pattern: new RegExp(`${S}\\s+(?:should be|is actually|is really|was meant to be)\\s*:?\\s*`, 'i'), kind: 'wrong' },
  // wrong address, it's …   (at the start of a clause: "I called the wrong number" is not one)
  { pattern: new RegExp(`(?:^|[,.;!?，。；]\\s*)(?:that'?s\\s+|you have\\s+|you got\\s+|it'?s\\s+)?(?:the\\s+)?(?:wrong|incorrect)\\s+${S}${LEAD_EN}`, 'i'), kind: 'wrong' },
  // I got the code wrong, it's … · typed the number wrong: …
  { pattern: new RegExp(`\\b(?:got|typed|wrote|read|put|gave you)\\s+(?:the|my)\\s+${S}\\s+wrong${LEAD_EN}`, 'i'), kind: 'wrong' },
  // the address is wrong, it's …
  // (Said again after a failed fix: "the date is still wrong", "date's wrong again".)
  { pattern: new RegExp(`(?:my|the|that)?\\s*${S}(?:\\s+(?:is|was)|'s)\\s+(?:still\\s+|also\\s+)?(?:wrong|incorrect|not right|a typo)(?:\\s+again)?[!]*${LEAD_EN}`, 'i'), kind: 'wrong' },
  // 说错了，是…, 更正：…, 我说的是…, I meant …
  {
    pattern: new RegExp(
      `(?:(?:刚才|之前|上面)?(?:我)?(?:写|说|打|填|输|记|发|搞|弄|看)错了|更正一下|更正|纠正一下|纠正|我说的是|我是说|我指的是|(?:^|[,，。!！\\s])(?:应该是|改成|改为|换成)|看岔了|看反了|\\bcorrection\\b|\\bmis-?read\\b(?:\\s+(?:the|my|that)\\s+${S})?|\\bi misspoke\\b|\\bi meant\\b|\\bi mean\\b|\\bi said\\b|\\btypo\\b|\\bmy bad\\b|\\bmy mistake\\b)[\\s,，。!！:：.;-]*(?:应该|应)?(?:是|为)?\\s*(?:(?:it'?s|it is|it was|that'?s)\\s+)?(?:(?:my|the)\\s+${S}\\s+(?:is|should be)\\s+|${S}\\s*(?:是|为|is|:|：)?\\s*)?`,
      'i',
    ),
    kind: 'strong',
  },
  // no, it's Tower 3 · sorry the number is … · 不对，是…  ("No. 7, 2nd Cross" is a house number, not a no.)
  {
    pattern: new RegExp(
      `(?:^|[,.;!?，。；]\\s*|${SPACED_CUE})(?:(?:oh|ah|um|uh|hmm|哦|噢|啊|呃|额|诶|哎|等等|等下)[\\s,，]*)?(?:(?:no(?!\\.?\\s*#?\\d)|nope|sorry|oops|actually|wait|不对|不是|不好意思|抱歉|哦不)[\\s,，。!！:：.;-]*)*(?:no(?!\\.?\\s*#?\\d)|nope|sorry|oops|actually|wait|不对|不是|不好意思|抱歉|哦不)[\\s,，。!！:：.;-]+(?:(?:it'?s|it is|it was|that'?s|should be|make (?:that|it))\\s+|(?:my|the)\\s+${S}\\s+(?:is|should be)\\s+|${S}\\s*(?:是|为|is|:|：)\\s*|(?:应该|应)?(?:是|为)\\s*)?`,
      'i',
    ),
    kind: 'weak',
  },
];
/** A weak cue that went on to say what it is ("no, it's", "不对，是") introduces a value of any slot. */
const STATES_VALUE = /(?:是|为|it'?s|it is|it was|that'?s|should be|make (?:that|it))\s*$/i;
/** How far into the words after a cue the inferred value may start (the filler "the", "我的"). */
const REACH = { strong: 12, weak: 4 } as const;

// 不是13812345678，是13912345678 · not Tower 3, Tower 5
// 代码不是E1是E7 · the code is not F8 it's F3: the slot's word may stand right before it.
const NOT_X_BUT_Y = new RegExp(`(?:^|[\\s,，。]|${S})(?:不是|not|isn'?t)\\s*([^,，。]{1,40}?)\\s*[,，]?\\s*(?:而是|是|it'?s|but)\\s*`, 'i');

const DATE_LIKE =
  /\d{4}[-/.年]|\d{1,2}\s?月|\d{1,2}[日号]|去年|前年|今年|上个?月|上周|上礼拜|双十一|双11|春节|国庆|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:last|this) (?:year|month|week|summer|winter|spring|autumn|fall)\b|\bago\b|\byesterday\b/i;
const NAME = /^(?:[\u4e00-\u9fa5]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})/;
const TIME_LIKE =
  /上午|下午|晚上|中午|早上|傍晚|点|号|日|周|星期|礼拜|今天|明天|后天|\d|morning|afternoon|evening|noon|\b[ap]\.?m\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|weekend/i;
const NEGATED = /不|没|别|\bnot\b|n't\b|\bno\b/i;
// Words around a date that are not the date: "I bought it in 2023", "是去年买的".
const DATE_WORDS = /^(?:(?:i\s+|it\s+was\s+|was\s+)?(?:bought|purchased|got)\s+(?:it\s+)?(?:in|on|around|about)?\s*|(?:是|在)\s*)|\s*(?:买的|购买的|买了|入手的?|bought|purchased)\s*$/gi;

/** The value up to the end of its clause: dates, names and times stop at a comma or full stop. */
function clause(rest: string): string {
  return rest
    .split(/[,，。;；!！?？\n]/)[0]!
    .replace(/(?:吧|啊|呀|哦|呢|了|哈|谢谢|please|thanks)+\s*$/i, '')
    .trim();
}

/**
 * A value for one slot read from the customer's words with that slot's own reader (a correction's
 * new value, or a reply to the question for that slot); undefined when the words hold none. Dates,
 * names and visit times come back as the words of their clause, for the date reader to resolve.
 */
export function readSlotValue(slot: CorrectableSlot, rest: string): string | undefined {
  switch (slot) {
    case 'phone':
      return extractPhone(rest);
    case 'address':
      return extractAddressAnswer(rest);
    case 'model':
      return extractModelAnswer(clause(rest)) ?? extractModel(rest);
    case 'serial':
    case 'orderNumber':
      return /^[A-Za-z0-9][A-Za-z0-9\-]{5,40}/.exec(rest.trim())?.[0];
    case 'purchaseDate': {
      const value = clause(rest).replace(DATE_WORDS, '').trim();
      // The date must lead its clause ("no, it stopped last month" is about the fault, not the purchase).
      const at = DATE_LIKE.exec(value)?.index;
      return at !== undefined && at <= 4 ? value : undefined;
    }
    case 'name':
      return NAME.exec(clause(rest).replace(/^(?:叫|姓名是?|名字是?)/, ''))?.[0];
    case 'brand':
      return extractBrand(rest);
    case 'category':
      return extractCategory(rest);
    case 'errorCode':
      return extractErrorCode(`显示${clause(rest)}`);
    case 'visitTime': {
      // ("改到周三下午吧 周二我要去医院": the day in the reason is not part of the new time.)
      const value = clause(visitTimeWithoutReason(clause(rest)));
      return TIME_LIKE.test(value) && !NEGATED.test(value) ? value : undefined;
    }
  }
}

/** A visit time said on its own: a weekday, a day word or a part of the day first. */
const VISIT_TIME_LEAD =
  /^(?:(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天末]|今天|明天|后天|大后天|上午|下午|晚上|中午|早上|傍晚|(?:(?:next|this|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|(?:in the\s+)?(?:morning|afternoon|evening)|(?:the\s+)?weekend)/i;

/** A short letters-and-digits token of the kind a display shows (E7, F03, EH, P-1, 4C), on its own. */
const CODE_ALONE = /(?<![A-Za-z0-9-])(?:[A-Za-z]{1,2}-?\d{1,3}|\d{1,2}[A-Za-z]|[A-Z]{2})(?![A-Za-z0-9-])/;

interface Inferred {
  slot: CorrectableSlot;
  value: string;
  /** Where the value starts in the words after the cue. */
  at: number;
}

/**
 * What a value with no slot word is: the strict readers first, so "Tower 3" is an address and
 * 2024年7月 a date; a product or brand only when `any` (after a strong cue or "it's"/"是").
 */
function inferSlot(rest: string, any: boolean): Inferred | undefined {
  const phones = findPhoneNumbers(rest);
  const phone = phones.find((p) => p.kind === 'mobile') ?? phones[0];
  if (phone) return { slot: 'phone', value: phone.canonical, at: phone.index };
  const address = findAddresses(rest)[0];
  if (address) return { slot: 'address', value: address.raw, at: address.index };
  // A display code given alone ("E7", "F3", "E-21"): a code, not a model, wherever it stands.
  const code = CODE_ALONE.exec(rest);
  const errorCode = code && readSlotValue('errorCode', rest.slice(code.index));
  if (code && errorCode) return { slot: 'errorCode', value: errorCode, at: code.index };
  const model = extractModel(rest);
  if (model) return { slot: 'model', value: model, at: Math.max(0, rest.indexOf(model)) };
  const date = readSlotValue('purchaseDate', rest);
  if (date) return { slot: 'purchaseDate', value: date, at: 0 };
  // "周二 不对 周三上午", "Tuesday, no wait, Wednesday": a day or part of day leading the clause is the visit time.
  const time = VISIT_TIME_LEAD.test(rest.trim()) ? readSlotValue('visitTime', rest) : undefined;
  if (time) return { slot: 'visitTime', value: time, at: rest.length - rest.trimStart().length };
  const part = findAddresses(rest, { partial: true })[0];
  if (part) return { slot: 'address', value: part.raw, at: part.index };
  if (!any) return undefined;
  const category = extractCategory(rest);
  if (category) return { slot: 'category', value: category, at: 0 };
  const brand = extractBrand(rest);
  if (brand) return { slot: 'brand', value: brand, at: 0 };
  return undefined;
}

/** An address taken back in the same message lends its city and district to the one meant (contact.ts). */
function cityKept(before: string, meant: string): string {
  const takenBack = findAddresses(before).at(-1);
  // Only a whole street address gets them: a part ("是6栋") replaces the building where it stands (address-parts.ts).
  return takenBack && findAddresses(meant).length ? withCityOf(takenBack.raw, meant) : meant;
}

/** A message short enough that "地址不对" or "wrong number" is the whole point of it. */
const isShort = (text: string) => text.replace(/[\s\p{P}]/gu, '').length <= 24;

export function extractCorrection(text: string): Correction | undefined {
  const contrast = NOT_X_BUT_Y.exec(text);
  if (contrast) {
    const rest = text.slice(contrast.index + contrast[0].length);
    const stated = inferSlot(rest, true);
    if (stated && stated.at <= REACH.weak)
      return { slot: stated.slot, value: stated.slot === 'address' ? cityKept(text.slice(0, contrast.index), stated.value) : stated.value, from: text.slice(contrast.index).trim() };
  }
  for (const cue of CUES) {
    const m = cue.pattern.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length);
    const word = m.slice(1).find((g) => g !== undefined);
    const slot = word ? SLOT_OF.get(word.toLowerCase()) : undefined;
    const from = (text.slice(m.index, m.index + m[0].length) + clause(rest)).trim();
    if (slot) {
      const value = readSlotValue(slot, rest);
      if (value) return { slot, value, from: slot === 'address' ? text.slice(m.index).trim() : from };
      if (cue.kind === 'change' || isShort(text)) return { slot, from };
      continue;
    }
    const strong = cue.kind === 'strong' || STATES_VALUE.test(m[0]);
    const inferred = inferSlot(rest, strong);
    if (inferred && inferred.at <= REACH[strong ? 'strong' : 'weak'])
      return { slot: inferred.slot, value: inferred.slot === 'address' ? cityKept(text.slice(0, m.index), inferred.value) : inferred.value, from: text.slice(m.index).trim() };
  }
  return undefined;
}
