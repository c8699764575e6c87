/**
 * How things are named to customers: products, brands, ticket states, times and sources, in
 * words they use (空调, not air_conditioner; "依据：格力厂家资料", not a case id; no P1/P2). Product
 * and brand names come from the one lexicon in kernel/lexicon.
 */
import { describeDateText } from '../../kernel/date-span';
import { brandLabel } from '../../kernel/lexicon/brands';
import { categoryLabel, PRODUCT_CATEGORY_IDS } from '../../kernel/lexicon/product-categories';
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import { SANBAO_RULES_EN } from '../sanbao-words';
import { DESK_HOURS } from '../../tickets/desk-hours';

export function categoryName(category: string | undefined, lang: Lang): string {
  // A product the lexicon does not hold is named in the customer's own words ("电动牙刷").
  const own = category && !PRODUCT_CATEGORY_IDS.includes(category) && category !== 'general' ? category : undefined;
  return (category && categoryLabel(category, lang)) || own || (lang === 'zh' ? '产品' : 'appliance');
}

export function brandName(brand: string | undefined, lang: Lang): string {
  return brand ? brandLabel(brand, lang) : '';
}

/** "格力空调 KFR-35GW" / "Gree air conditioner KFR-35GW". */
export function productName(facts: { brand?: string; category?: string; model?: string }, lang: Lang): string {
  const brand = brandName(facts.brand, lang);
  const parts = lang === 'zh' ? [`${brand}${categoryName(facts.category, lang)}`] : [[brand, categoryName(facts.category, lang)].filter(Boolean).join(' ')];
  if (facts.model) parts.push(facts.model);
  return parts.join(' ');
}

/** A short source a customer understands, from what kind of document backs the entry. */
export function citation(hit: KnowledgeHit, lang: Lang): string {
  const brand = brandName(hit.brands?.length === 1 ? hit.brands[0] : undefined, lang);
  const product = categoryName(hit.category, lang);
  switch (hit.sourceKind) {
    case 'manufacturer':
      return lang === 'zh' ? `依据：${brand}${product}厂家资料` : `Source: ${brand ? `${brand} ` : ''}manufacturer documentation`;
    case 'bulletin':
      return lang === 'zh' ? `依据：${brand}服务公告` : `Source: ${brand ? `${brand} ` : ''}service bulletin`;
    case 'regulation':
      // Most rules here are the 三包 rules; a safety or installation standard is named as what it is.
      if (hit.source && !/三包|修理更换退货|七日无理由|warranty|return/i.test(hit.source)) return lang === 'zh' ? '依据：国家相关标准和规定' : "Source: China's national standards and rules";
      return lang === 'zh' ? '依据：国家三包规定' : `Source: ${SANBAO_RULES_EN}`;
    case 'third_party':
      return lang === 'zh' ? `依据：公开的${brand}故障代码资料` : `Source: published ${brand ? `${brand} ` : ''}error-code tables`;
    default:
      return lang === 'zh' ? '依据：售后常见处理经验' : 'Based on our service experience';
  }
}

const STATUS: Record<string, [string, string]> = {
  new: ['已受理，等待安排', 'received, waiting to be scheduled'],
  open: ['处理中', 'being handled'],
  in_progress: ['工程师处理中', 'with an engineer'],
  waiting_customer: ['等待您的回复', 'waiting for your reply'],
  resolved: ['已解决', 'resolved'],
  closed: ['已关闭', 'closed'],
};

export function statusName(status: string, lang: Lang): string {
  const names = STATUS[status];
  return names ? names[lang === 'zh' ? 0 : 1] : status;
}

/** A deadline as a customer reads it: "12月5日 18:00" / "5 Dec, 18:00" (China time). */
export function when(iso: string, lang: Lang, timeZone = 'Asia/Shanghai'): string {
  const d = new Date(iso);
  if (lang === 'zh') {
    const parts = new Intl.DateTimeFormat('zh-CN', { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(d);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
  }
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
}

export const pick = (text: { zh: string; en: string }, lang: Lang): string => text[lang];

/** Opening hours of the service desk in China time: a promise never names a time outside them. */
export const BUSINESS_HOURS = DESK_HOURS;

/**
 * A deadline as a promise a person can keep, the one rule for every "someone will contact you by"
 * (the handoff, the wait, a status, a filed repair or complaint), so the customer never hears two
 * times for one ticket: the deadline itself when people work then, else the last closing time
 * before it (still within the SLA); only when that has passed already (a one-hour deadline at
 * night) the next morning, shortly after opening ("we will contact you by 03:33" is no promise).
 * `now` is when the promise is made: give it, or the last closing time (which may have passed) is
 * never used and a deadline outside business hours becomes the morning after it.
 */
export function promiseTime(iso: string, lang: Lang, hours: { open: number; close: number; timeZone: string } = BUSINESS_HOURS, now?: Date): string {
  return when(promiseInstant(iso, hours, now).toISOString(), lang, hours.timeZone);
}

/**
 * The moment promiseTime names, for comparing two promises as the customer hears them: two
 * deadlines an hour apart can round to the same business-hours time, or the sooner deadline to a
 * later one (a deadline at night becomes the next morning).
 */
export function promiseInstant(iso: string, hours: { open: number; close: number; timeZone: string } = BUSINESS_HOURS, now?: Date): Date {
  const due = onTheHour(new Date(iso), hours.timeZone);
  const offset = utcOffsetMs(due, hours.timeZone);
  const local = new Date(due.getTime() + offset); // the wall clock, read through the UTC fields
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  if (hour >= hours.open && hour < hours.close) return due;
  const lastClose = new Date(local);
  if (hour < hours.open) lastClose.setUTCDate(lastClose.getUTCDate() - 1);
  lastClose.setUTCHours(hours.close, 0, 0, 0);
  const closing = lastClose.getTime() - offset;
  if (now && closing > now.getTime()) return new Date(closing);
  // The next opening after the moment the promise is made (or after the deadline, without it), plus two hours.
  const from = now && now.getTime() < due.getTime() ? now : due;
  const fromLocal = new Date(from.getTime() + utcOffsetMs(from, hours.timeZone));
  const fromHour = fromLocal.getUTCHours();
  if (fromHour >= hours.close) fromLocal.setUTCDate(fromLocal.getUTCDate() + 1);
  fromLocal.setUTCHours(hours.open + 2, 0, 0, 0);
  return new Date(fromLocal.getTime() - utcOffsetMs(from, hours.timeZone));
}

/**
 * A deadline rounded up to the next full hour on the local clock: a person promises "by 19:00",
 * never "by 18:17". Always later, never earlier, so the promise stays inside what the SLA allows
 * the desk and is never sooner than it can be kept.
 */
function onTheHour(due: Date, timeZone: string): Date {
  const offset = utcOffsetMs(due, timeZone);
  const hour = 3_600_000;
  return new Date(Math.ceil((due.getTime() + offset) / hour) * hour - offset);
}

function utcOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return wall - Math.floor(at.getTime() / 60_000) * 60_000;
}

/**
 * Products repaired at a service centre or by mail, never at home: phones and other handheld
 * devices, and small appliances a person can carry (a kettle, a coffee machine, a rice cooker).
 * Large and built-in appliances (a microwave may be built in) keep the engineer's visit.
 */
/** Counter-top kitchen appliances, carried to a service point like a kettle. */
const SMALL_KITCHEN = ['air_fryer', 'toaster', 'bread_maker', 'slow_cooker', 'juicer', 'electric_steamer'];
/** Personal-care and small home devices, carried in or posted like a phone. */
const SMALL_HOUSEHOLD = ['hair_dryer', 'electric_fan', 'humidifier', 'electric_toothbrush', 'shaver', 'projector', 'router', 'speaker', 'printer'];
const CARRIED_IN = [
  'phone',
  'tablet',
  'laptop',
  'smartwatch',
  'earphones',
  'e_reader',
  'game_console',
  'kettle',
  'coffee_machine',
  'soymilk_maker',
  'rice_cooker',
  'induction_cooker',
  'vacuum_cleaner',
  ...SMALL_KITCHEN,
  ...SMALL_HOUSEHOLD,
];
export const carriedIn = (category: string | undefined): boolean => CARRIED_IN.includes(category ?? '');

/** How the repair is offered for this product: an engineer's visit, or a service centre / mail-in. */
export function serviceWords(category: string | undefined): {
  needs: { zh: string; en: string };
  offer: { zh: string; en: string };
  button: { zh: string; en: string };
} {
  return carriedIn(category)
    ? {
        needs: { zh: '需要送到官方服务中心检测（也可以寄修）', en: 'it needs checking at an official service centre (or by mail-in repair)' },
        offer: { zh: '要帮您登记送修吗？', en: 'Shall I register a repair for you?' },
        button: { zh: '登记送修', en: 'Register a repair' },
      }
    : {
        needs: { zh: '需要工程师上门检修', en: 'it needs an engineer visit' },
        offer: { zh: '要帮您预约上门吗？', en: 'Shall I book a visit?' },
        button: { zh: '预约上门', en: 'Book a visit' },
      };
}

/**
 * The purchase date in words, as precise as the customer was ("2024年11月24日", "2024年夏天",
 * "11月24日至28日之间", "about 2023"): the one wording for every summary, confirmation and
 * change line, so a stored form (2026-11-24/2026-11-28) is never shown.
 */
export function purchaseWords(value: string | undefined, lang: 'zh' | 'en'): string | undefined {
  if (!value) return undefined;
  return describeDateText(value, lang) ?? value;
}
