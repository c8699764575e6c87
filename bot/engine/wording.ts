/**
 * How things are named to customers: products, brands, ticket states, times and sources, in
 * words they use (空调, not air_conditioner; "依据：格力厂家资料", not a case id; no P1/P2). Product
 * and brand names come from the one lexicon in kernel/lexicon.
 */
import { brandLabel } from '../../kernel/lexicon/brands';
import { categoryLabel, PRODUCT_CATEGORY_IDS } from '../../kernel/lexicon/product-categories';
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';

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
      return lang === 'zh' ? '依据：国家三包规定' : "Source: China's 三包 warranty rules";
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
export const BUSINESS_HOURS = { open: 8, close: 20, timeZone: 'Asia/Shanghai' } as const;

/**
 * A deadline as a promise a person can keep: the SLA's time when it falls inside business hours,
 * otherwise the next morning shortly after opening ("we will contact you by 03:33" is no promise).
 */
export function promiseTime(iso: string, lang: Lang, hours: { open: number; close: number; timeZone: string } = BUSINESS_HOURS): string {
  const d = new Date(iso);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: hours.timeZone, hour: '2-digit', hour12: false }).format(d)) % 24;
  if (hour >= hours.open && hour < hours.close) return when(iso, lang, hours.timeZone);
  // China has no daylight saving: a fixed +08:00 offset puts the morning on the right day.
  const local = new Date(d.getTime() + 8 * 3_600_000);
  if (hour >= hours.close) local.setUTCDate(local.getUTCDate() + 1);
  local.setUTCHours(hours.open + 2, 0, 0, 0);
  return when(new Date(local.getTime() - 8 * 3_600_000).toISOString(), lang, hours.timeZone);
}

/** Phones and other handheld devices are repaired at a service centre or by mail, never at home. */
export const carriedIn = (category: string | undefined): boolean => ['phone', 'tablet', 'laptop', 'wearable', 'earphones'].includes(category ?? '');

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
