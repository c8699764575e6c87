/**
 * Return or exchange (退换货, 三包): 7 days for a performance fault (return, exchange or repair),
 * 15 days for an exchange, and the 7-day no-reason return only for distance sales (online, TV,
 * phone orders), never for an in-store purchase. The rules decide; the customer is told which
 * applies and may file a request.
 */
import type { Lang } from '../../phrases';
import { answerWithSource } from './fault-flow';
import type { FlowKit, FlowSpec } from './flow';
import { SANBAO_RULES_EN } from '../../sanbao-words';
import { lookUpAnswer } from './policy-flow';
import { confirmReturnRequest, fileReturnRequest, REGISTRATION_SLOTS, registering } from './return-request';
import { DEFECT_WORDS, visibleDefectIn, type DefectKind } from '../../understanding/visible-defect';
import { countDaysSincePurchase, dayCountSaid, type DayCount, type DaysSincePurchase } from '../../tools/days-since-purchase';
import { faultBesideReturn } from '../../understanding/fault-beside-return';
import { productName } from '../wording';
import { slotsHoldRequestDetails } from '../request-details';
import { wishIn } from '../return-wish';

/** Asking to have the return or exchange registered, not asking whether it is possible. */
const REGISTER = /(登记|办理|申请|提交|帮我(?:退|换)|给我(?:退|换)|\bregister\b|\bfile (?:it|the|a)\b|\bgo ahead\b|\bprocess (?:it|the)\b|\bstart the (?:return|exchange)\b)/i;
/** The same words turned down ("先不用登记", "don't register it yet"). */
const NOT_REGISTER = /(?:不用|不要|不必|别|先不|暂时不|不需要)\s*(?:帮我)?(?:登记|办理|申请|提交)|\b(?:don'?t|do not|no need to|not yet)\b.{0,12}\b(?:register|file|process)\b/i;

/** The customer asks for the return or exchange to be registered (a wish remembered until the rules are said). */
export const asksToRegister = (text: string): boolean => REGISTER.test(text) && !NOT_REGISTER.test(text);

/** Days since purchase, as a range when the customer gave a month or a span ("上个月初"). */
export const daysRange = countDaysSincePurchase;

/**
 * The day count a reply tells, from the daysSincePurchase tool: said to the customer, it rests on a
 * tool result like every other figure (a model rewording it is checked against that result).
 */
export async function countedDays(kit: Pick<FlowKit, 'facts' | 'tools'>): Promise<DayCount | undefined> {
  if (!kit.facts.purchaseDate) return undefined;
  const outcome = await kit.tools.call('daysSincePurchase', { purchaseDate: kit.facts.purchaseDate });
  return outcome.ok ? (outcome.result as DaysSincePurchase) : undefined;
}

/** Which of the 三包 windows a day count falls in: within 7, within 15, or past 15. */
const windowOf = (days: number): 7 | 15 | 0 => (days <= 7 ? 7 : days <= 15 ? 15 : 0);

/**
 * The one thing code adds to the published rules: how many days it has been. A range that lies in
 * one window is told as "about"; one that straddles a limit needs the exact day, and says so.
 */
export function daysLine(range: { fewest: number; most: number }, lang: Lang, situation: Situation = {}): string {
  const zh = lang === 'zh';
  const { fewest, most } = range;
  const said = dayCountSaid(range, lang);
  // "上周买的" with a fault: 2 to 8 days is inside 15 either way, so the exchange is certain and only the refund waits on the date.
  if (windowOf(fewest) === 7 && windowOf(most) === 15 && !situation.noFault && (situation.fault || situation.defect)) {
    return zh
      ? `按您说的时间，买了${said}天，还在15天内：质量问题可以换货或维修；能不能退货看是否在7天内，以发票或签收日期为准。`
      : `By the time you gave, it's ${said} days since purchase, within 15 days: a fault can be exchanged or repaired; whether a refund is still possible depends on the 7-day limit, and the exact date on the invoice or delivery decides.`;
  }
  if (windowOf(fewest) !== windowOf(most)) {
    return zh
      ? `按您说的时间，买了${said}天，正好跨过7天或15天的界限，要按发票或签收的具体日期来算。`
      : `By the time you gave, it's ${said} days since purchase, which straddles the 7- or 15-day limit; the exact date on the invoice or delivery decides.`;
  }
  if (most <= 7) return (zh ? `您买了${said}天，还在7天内。` : `It's ${said} days since purchase, still within 7 days.`) + verdict(7, situation, lang);
  if (most <= 15) return (zh ? `您买了${said}天，已过7天、还在15天内。` : `It's ${said} days since purchase: past 7 days, within 15.`) + verdict(15, situation, lang);
  // Past 15 days the fault is repaired; the exchange the customer wants is still there if repairs fail.
  // Under a year it is inside the shortest whole-unit cover (1 year under 三包), so the repair is free;
  // later, whether it is free is the warranty check's to say, not this line's.
  const repair =
    most < 365
      ? zh
        ? '还在一年整机保修期内，质量问题可以免费维修'
        : "it's still inside the one-year warranty on the whole unit, so the fault is repaired free"
      : zh
        ? '质量问题可以安排维修（是否免费看保修期）'
        : 'the fault can be repaired (free if it is still under warranty)';
  return zh
    ? `您买了${said}天，已经超过15天，不能按三包直接退换了；${repair}。按三包规定，同一质量问题修过两次仍不能正常使用的，可以换货或退货。`
    : `It's ${said} days since purchase, past 15 days, so a return or exchange no longer applies straight away; ${repair}. Under ${SANBAO_RULES_EN}, if the same fault is repaired twice and it still doesn't work properly, you are entitled to an exchange or a refund.`;
}

/** What the customer told us that decides which rule applies: where it was bought, and whether anything is wrong with it. */
export interface Situation {
  channel?: string;
  noFault?: boolean;
  /** A fault told with the question ("漏水了，能换吗"): the quality-fault rules apply. */
  fault?: boolean;
  /** A defect the customer can see (pixels, a dent on arrival, a missing part): a fault, whatever else they say works. */
  defect?: DefectKind;
}

/** Without a fault it is the no-reason return or nothing; with one, the 7/15-day rules. */
export const NO_FAULT =
  /(没(?:有)?(?:坏|毛病|问题|故障)|好好的|不想要了?|不喜欢|用不上|太大|太小|尺寸不合适|不合适|颜色不|\bworks (?:fine|well|perfectly)\b|\bno (?:fault|problem|defect)\b|\bnothing (?:wrong|is wrong)\b|\bnot (?:broken|faulty)\b|\bisn'?t (?:broken|faulty)\b|\bdon'?t (?:want|like|need) it\b|\btoo (?:big|small|large|loud)\b|\bchanged my mind\b)/i;

/** The rule for this customer, in one plain sentence after the day count. */
export function verdict(window: 7 | 15, situation: Situation, lang: Lang): string {
  const zh = lang === 'zh';
  const { channel, noFault, defect } = situation;
  if (defect) {
    const choice =
      window === 7
        ? zh
          ? '可以选退货、换货或维修。'
          : ' You can choose a refund, an exchange or a repair.'
        : zh
          ? '可以换货或维修，已经不能退货了。'
          : ' You can have it exchanged or repaired, but no longer refunded.';
    return (zh ? '' : ' ') + DEFECT_WORDS[defect][lang] + choice;
  }
  if (noFault) {
    if (channel === 'store') return zh ? '门店购买、又没有故障的，不适用无理由退货；可以和门店协商。' : ' Bought in a store with no fault, the no-reason return does not apply; you can ask the store.';
    if (window === 7 && channel === 'online')
      return zh ? '网购7天内，没有故障也可以无理由退货（商品完好、不影响二次销售）。' : ' Bought online and within 7 days, you can return it without a reason if it is in resaleable condition.';
    if (window === 15) return zh ? '没有故障的话，7天无理由退货已经过了；可以和卖家协商。' : ' With no fault, the 7-day no-reason return has passed; you can ask the seller.';
    return '';
  }
  if (window === 7) return zh ? '有性能故障的，可以选退货、换货或维修。' : ' With a fault, you can choose a refund, an exchange or a repair.';
  return zh ? '有性能故障的，可以换货或维修，已经不能退货了。' : ' With a fault, you can have it exchanged or repaired, but no longer refunded.';
}

/** A fault told on a product bought more than 15 days ago (past every 三包 return and exchange window). */
function faultPastFifteenDays(kit: FlowKit): boolean {
  const told = `${kit.turn.text} ${kit.facts.symptom ?? ''}`;
  const faultTold = Boolean(visibleDefectIn(told) || (kit.facts.symptom && !NO_FAULT.test(told)));
  const days = kit.facts.purchaseDate ? daysRange(kit.facts.purchaseDate, kit.tools.context.now) : undefined;
  return faultTold && days !== undefined && days.fewest > 15;
}

/**
 * A fault told with the return or exchange question ("新买的…漏水，能换吗"): the quality-fault rules
 * answer it however it was bought, so where it was bought waits until a request is registered.
 */
function faultTold(kit: FlowKit): boolean {
  const told = `${kit.turn.text} ${kit.facts.symptom ?? ''}`;
  // The symptom is kept without the product ("画面老是闪"): read with the product's name, as it was said.
  const symptom = kit.facts.symptom ? `${productName(kit.facts, kit.lang)} ${kit.facts.symptom}` : kit.turn.text;
  return Boolean(visibleDefectIn(told) || (!NO_FAULT.test(told) && (faultBesideReturn(symptom) || faultBesideReturn(kit.turn.text))));
}

/** After the verdict on a fault: who confirms it, and what an online order adds when we don't know where it was bought. */
function faultNotes(kit: FlowKit, days: DayCount | undefined): string {
  const zh = kit.lang === 'zh';
  const check = zh ? '退换以售后检测确认是质量问题为准。' : 'A return or exchange for a fault goes ahead once an after-sales check confirms the fault.';
  const online =
    !kit.facts.saleChannel && days !== undefined && days.fewest <= 7
      ? zh
        ? '如果是网上买的，7天内没有故障也可以无理由退货（门店购买的不适用）。'
        : 'If you ordered it online, within 7 days you can also return it without giving a reason (not for in-store purchases).'
      : '';
  return zh ? `${check}${online}` : [check, online].filter(Boolean).join(' ');
}

/** A refund or an exchange already asked for, and this message fills in the request (phone, model, order number). */
function wishWithDetails(kit: FlowKit): boolean {
  return Boolean(kit.frame.returnWish ?? wishIn(kit.turn.text)) && slotsHoldRequestDetails(kit.turn.understanding.slots);
}

export const returnFlow: FlowSpec = {
  name: 'return',
  title: { zh: '退换货', en: 'return or exchange' },
  slots: [
    {
      slot: 'saleChannel',
      required: true,
      ask: [
        { zh: '是网上买的（比如京东、天猫、官方商城），还是在门店买的？', en: 'Did you order it online or buy it in a store?' },
        { zh: '网购和门店的退货规定不一样：是网上下单还是门店买的？', en: 'Online and in-store purchases have different return rules: which was it?' },
      ],
      without: { zh: '购买渠道以订单或发票为准。', en: 'Your order or receipt will show where it was bought.' },
      // A fault on a product owned more than 15 days: no return or exchange applies either way, so
      // where it was bought changes nothing (it is asked otherwise: it decides whom a return goes back to).
      // (With a fault told, the rules are said first; where it was bought is asked when the request is registered.)
      knownFrom: (kit) => faultPastFifteenDays(kit) || (faultTold(kit) && !registering(kit)),
    },
    {
      slot: 'purchaseDate',
      required: true,
      ask: [
        { zh: '是哪天买的（或哪天签收的）？', en: 'Which day did you buy it (or receive it)?' },
        { zh: '退换按天数算，请告诉我具体日期，比如“12月1日”。', en: 'Returns count in days, so I need the date, e.g. "1 December".' },
      ],
      without: { zh: '没有日期的话，按发票或订单日期核实。', en: 'Without the date, your receipt or order date will decide.' },
      // In a store there is no no-reason return, and the fault rules are said with their days in full.
      knownFrom: (kit) => kit.facts.saleChannel === 'store',
    },
    ...REGISTRATION_SLOTS,
  ],
  // Restated only when the request is being registered; the rules themselves are just said.
  confirms: registering,
  confirm: confirmReturnRequest,
  async finish(kit: FlowKit) {
    if (registering(kit)) return fileReturnRequest(kit);
    const days = await countedDays(kit);
    // The rules are the knowledge base's published policies, quoted, never re-told from memory.
    const zh = kit.lang === 'zh';
    const questions = [
      ...(kit.facts.saleChannel === 'store' || /无理由|no[- ]reason/i.test(kit.turn.text) || NO_FAULT.test(kit.turn.text)
        ? [zh ? '门店购买 七天无理由退货 适用吗' : 'no-reason 7-day return in-store purchase distance sales']
        : []),
      zh ? '三包 7天退货 15天换货 性能故障' : '7 day return 15 day exchange fault three guarantees',
    ];
    for (const question of questions) {
      const rule = await lookUpAnswer(kit, question);
      if (rule && !kit.cited(rule.id) && !kit.saidBefore(rule.answer ?? '')) {
        kit.cite(rule.id);
        kit.say(answerWithSource(rule, kit.lang));
      }
    }
    const told = `${kit.turn.text} ${kit.facts.symptom ?? ''}`;
    const defect = visibleDefectIn(told);
    // "其他都没问题，就是有个坏点": the defect is the fault; what else works does not make it "no fault".
    const situation = { channel: kit.facts.saleChannel, noFault: !defect && NO_FAULT.test(told), defect, fault: faultTold(kit) };
    if (days !== undefined) kit.say(daysLine(days, kit.lang, situation));
    if (!situation.noFault && faultTold(kit) && (days === undefined || days.fewest <= 15)) kit.say(faultNotes(kit, days));
    // No fault and no no-reason return left: nothing to register, so nothing is offered.
    const noReasonOpen = situation.channel !== 'store' && days !== undefined && days.most <= 7;
    if (situation.noFault && days !== undefined && !noReasonOpen) {
      kit.say(kit.lang === 'zh' ? '如果之后发现质量问题，随时找我。' : 'If you find a fault with it later, message me any time.');
      return { done: true };
    }
    if (days !== undefined && days.fewest > 15) {
      kit.say(kit.lang === 'zh' ? '需要的话我帮您预约维修。' : 'I can book a repair if you like.');
      return { stage: 'offer', offer: 'bookRepair' };
    }
    // "登记换货", "please register the exchange": asked for already, so no need to offer it.
    // Registered as a return or exchange request of its own (the return flow again, now filing), never as a repair.
    // (Asked for while the day or the channel was still being asked: the yes given then stands, never asked for twice.)
    // (A refund or an exchange asked for, "我要换货", and the request's details sent with the day: registered, never offered again.)
    if (asksToRegister(kit.turn.text) || kit.frame.registerAsked || wishWithDetails(kit)) return { next: 'return', ticketType: 'warranty_claim' };
    kit.say(kit.lang === 'zh' ? '需要我帮您登记退换货申请吗？' : 'Shall I register a return or exchange request for you?');
    kit.quick(kit.lang === 'zh' ? ['登记申请', '先不用'] : ['Register it', 'Not now']);
    return { stage: 'offer', offer: 'registerReturn' };
  },
  accepts: 'return',
};
