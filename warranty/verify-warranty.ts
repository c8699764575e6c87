/**
 * `verifyWarranty`: the warranty decision, made by code from dates and policy only.
 *
 * The bot exposes this as its `verifyWarranty` tool. Its input is deliberately narrow: a
 * category, a component, a brand, and purchase-date evidence (the date a receipt reading
 * produced with its confidence, and/or the date the customer stated). No receipt text, no
 * free-form claims: whatever a receipt or a customer says about "verified" or "warranty to
 * 2030" cannot reach the decision.
 *
 * Outcomes:
 * - in_warranty / expired, from a receipt date read with confidence (verified), or from a
 *   stated date alone (marked unverified: in warranty, proof of purchase is still needed before
 *   free repair; expired, the date given decides unless a proof shows a later one);
 * - a stated date may be a span ("2024年夏天" is 2024-06/2024-08): in warranty only if the cover
 *   still runs counted from its earliest day, expired only if it has ended counted from its
 *   latest, and otherwise cannot_tell: the cover may have ended within the span, proof decides;
 * - cannot_tell, never a guess, when the receipt's date is unsure, ambiguous, conflicting,
 *   disagrees with the stated date, lies in the future, or is missing altogether. Doubtful
 *   evidence sets `needsHumanCheck`; missing evidence asks the customer instead.
 */
import { z } from 'zod';
import type { Clock } from '../kernel/clock';
import { ValidationError } from '../kernel/errors';
import { NO_OVERRIDES, type BrandOverrides } from './brand-overrides';
import { addDays, addMonths, daysBetween, isValidIsoDate, localDate } from '../kernel/calendar-days';
import { describeApproximateSpan, describeDateSpan, describeDay, formatDateSpan, isApproximate, isSingleDay, parseDateSpan, type DateSpan } from '../kernel/date-span';
import { statedDateNote } from './stated-date-note';
import { categorySchema, COMPONENT_NAMES, componentSchema, DEFAULT_POLICY, type Citation, type Component, type ProductCategory, type WarrantyPolicy } from './policy';

const isoDate = z.string().trim().refine(isValidIsoDate, { message: 'expected a real date as YYYY-MM-DD' });
/** A day, or the span a customer gave: 2024-07 (a month), 2024 (a year), 2024-06/2024-08 (earliest/latest). */
const statedDate = z
  .string()
  .trim()
  .refine((text) => parseDateSpan(text) !== undefined, { message: 'expected a real date as YYYY-MM-DD, or a span such as 2024-07, 2024 or 2024-06-01/2024-08-31' });

export const verifyWarrantyInputSchema = z
  .object({
    category: categorySchema.describe('product category, e.g. air_conditioner, refrigerator, mobile_phone (空调/冰箱/手机 accepted)'),
    component: componentSchema.default('whole_unit').describe('the part that failed: whole_unit (default), compressor, motor, battery ...'),
    brand: z.string().trim().min(1).max(60).optional().describe('brand name, for brand-specific extended warranties'),
    receipt: z
      .object({
        purchaseDate: isoDate.optional().describe('the purchase date read from the receipt, if any'),
        confidence: z.number().min(0).max(1).describe('confidence of that date, 0-1, as the receipt reader reported it'),
        ambiguous: z.boolean().default(false).describe('day and month could be swapped'),
        conflicting: z.array(isoDate).default([]).describe('other purchase dates printed on the receipt'),
      })
      .strict()
      .optional()
      .describe('what the receipt reader found; omit when no receipt was sent'),
    statedPurchaseDate: statedDate.optional().describe('the purchase date the customer stated: YYYY-MM-DD, or as precise as they were (2024-07, 2024, 2024-06/2024-08)'),
  })
  .strict();

export type VerifyWarrantyInput = z.input<typeof verifyWarrantyInputSchema>;

export type WarrantyStatus = 'in_warranty' | 'expired' | 'cannot_tell';
export type Remedy = 'return' | 'exchange' | 'repair' | 'paid_repair';

export interface WarrantyDecision {
  status: WarrantyStatus;
  /** Stable machine reason, for tickets and metrics. */
  reasonCode:
    | 'within_period'
    | 'period_ended'
    | 'receipt_low_confidence'
    | 'receipt_date_ambiguous'
    | 'receipt_date_conflict'
    | 'receipt_disagrees_with_stated'
    | 'purchase_date_in_future'
    | 'stated_date_too_vague'
    | 'no_purchase_date';
  reason: { zh: string; en: string };
  /** Where the purchase date came from; `stated` decisions are unverified. */
  basis: 'receipt' | 'stated' | 'none';
  verified: boolean;
  needsHumanCheck: boolean;
  /** What the customer may ask for today under the rules (empty when cannot_tell). */
  remedies: Remedy[];
  dates: {
    today: string;
    /** The purchase day, or for a stated span its ISO form (2024-06/2024-08). */
    purchased?: string;
    /** A stated span's first and last possible purchase day. */
    purchasedEarliest?: string;
    purchasedLatest?: string;
    /** When the cover ends counted from each end of a stated span. */
    coverEndsEarliest?: string;
    coverEndsLatest?: string;
    /** Last covered day (inclusive). */
    coverEnds?: string;
    /** Last day a performance fault allows a return / an exchange (inclusive). */
    returnUntil?: string;
    exchangeUntil?: string;
    daysSincePurchase?: number;
  };
  policy: {
    category: ProductCategory;
    component: Component;
    months: number;
    source: 'default' | 'brand';
    brand?: string;
    citation: Citation;
  };
}

export interface WarrantyDeps {
  clock: Clock;
  /** Whose calendar "today" is in (the service's, from configuration). */
  timeZone: string;
  policy?: WarrantyPolicy;
  overrides?: BrandOverrides;
  /** A receipt date below this confidence goes to a human. */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.6;

export function verifyWarranty(rawInput: VerifyWarrantyInput, deps: WarrantyDeps): WarrantyDecision {
  const parsed = verifyWarrantyInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    throw new ValidationError('warranty_input_invalid', `verifyWarranty: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`, parsed.error);
  }
  const input = parsed.data;
  const policy = (deps.policy ?? DEFAULT_POLICY)[input.category];
  const defaultMonths = policy.months[input.component];
  if (defaultMonths === undefined) {
    throw new ValidationError('warranty_component_unknown', `A ${input.category} has no warranty component "${input.component}"; choose one of ${Object.keys(policy.months).join(', ')}`);
  }
  const override = (deps.overrides ?? NO_OVERRIDES).find(input.brand, input.category, input.component);
  const cited: WarrantyDecision['policy'] = override
    ? {
        category: input.category,
        component: input.component,
        months: Math.max(override.months, defaultMonths),
        source: 'brand',
        brand: override.brand,
        citation: {
          zh: override.citation ?? `${override.brand} 品牌保修政策：${input.component} ${override.months} 个月（不低于三包规定）`,
          en: `${override.brand} brand warranty: ${input.component} ${override.months} months (not less than China's national "three guarantees" minimum)`,
        },
      }
    : { category: input.category, component: input.component, months: defaultMonths, source: 'default', citation: policy.citation };

  const today = localDate(deps.clock.now(), deps.timeZone);
  const minConfidence = deps.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const cannotTell = (reasonCode: WarrantyDecision['reasonCode'], reason: { zh: string; en: string }, needsHumanCheck: boolean, purchased?: string): WarrantyDecision => ({
    status: 'cannot_tell',
    reasonCode,
    reason,
    basis: purchased ? (input.receipt?.purchaseDate === purchased ? 'receipt' : 'stated') : 'none',
    verified: false,
    needsHumanCheck,
    remedies: [],
    dates: { today, ...(purchased ? { purchased } : {}) },
    policy: cited,
  });

  // 1. Settle which purchase date, if any, can be relied on.
  const receipt = input.receipt;
  const statedSpan = input.statedPurchaseDate ? parseDateSpan(input.statedPurchaseDate) : undefined;
  let purchased: string;
  let basis: 'receipt' | 'stated';
  if (receipt?.purchaseDate) {
    const date = receipt.purchaseDate;
    if (receipt.conflicting.filter((d) => d !== date).length) {
      return cannotTell(
        'receipt_date_conflict',
        {
          zh: `小票上有多个不同的购买日期（${[date, ...receipt.conflicting].map(dz).join('、')}），需要人工核对。`,
          en: `The receipt shows different purchase dates (${[date, ...receipt.conflicting].map(de).join('; ')}); a person must check it.`,
        },
        true,
        date,
      );
    }
    if (receipt.ambiguous) {
      return cannotTell(
        'receipt_date_ambiguous',
        { zh: `小票日期的日和月顺序无法确定（读作 ${date}），需要人工核对。`, en: `The receipt date could be read with day and month either way (read as ${date}); a person must check it.` },
        true,
        date,
      );
    }
    if (receipt.confidence < minConfidence) {
      return cannotTell(
        'receipt_low_confidence',
        {
          // Plain words: the customer reads this, and a confidence figure means nothing to them.
          zh: `小票上的日期看不太清楚（像是 ${date}），我不做推测，需要人工核对；您也可以直接告诉我购买日期，或再拍一张清晰的小票。`,
          en: `The date on the receipt is hard to make out (it looks like ${date}); rather than guess, a person will check it. You can also tell me the purchase date or send a clearer photo.`,
        },
        true,
        date,
      );
    }
    // A stated month or season agrees with any receipt day inside it.
    if (statedSpan && (date < statedSpan.earliest || date > statedSpan.latest)) {
      return cannotTell(
        'receipt_disagrees_with_stated',
        {
          zh: `小票日期${dz(date)}与您提供的购买时间（${describeDateSpan(statedSpan, 'zh')}）不一致，需要人工核对。`,
          en: `The receipt date ${de(date)} differs from the stated purchase date (${describeDateSpan(statedSpan, 'en')}); a person must check it.`,
        },
        true,
        date,
      );
    }
    purchased = date;
    basis = 'receipt';
  } else if (statedSpan && !isSingleDay(statedSpan)) {
    return decideOnSpan(statedSpan, today, cited, policy.returnDays, policy.exchangeDays, cannotTell, isApproximate(input.statedPurchaseDate ?? ''));
  } else if (statedSpan) {
    purchased = statedSpan.earliest;
    basis = 'stated';
  } else {
    return cannotTell(
      'no_purchase_date',
      receipt
        ? {
            zh: '小票上没有找到购买日期。请提供带日期的发票，或告诉我们购买日期。',
            en: 'No purchase date was found on the receipt. Please send an invoice with a date, or tell us when you bought it.',
          }
        : { zh: '需要购买日期才能判断保修。请上传发票或告诉我们购买日期。', en: 'A purchase date is needed to decide warranty. Please upload the invoice or tell us when you bought it.' },
      false,
    );
  }

  const days = daysBetween(purchased, today);
  if (days < 0) {
    return cannotTell(
      'purchase_date_in_future',
      { zh: `购买日期${dz(purchased)}晚于今天（${dz(today)}），需要人工核对。`, en: `The purchase date ${de(purchased)} is after today (${de(today)}); a person must check it.` },
      true,
      purchased,
    );
  }

  // 2. Apply the periods. Day counting follows calendar-days.ts (from the day after the sale).
  const coverEnds = addMonths(purchased, cited.months);
  const returnUntil = addDays(purchased, policy.returnDays);
  const exchangeUntil = addDays(purchased, policy.exchangeDays);
  const inWarranty = today <= coverEnds;
  const remedies: Remedy[] = !inWarranty ? ['paid_repair'] : today <= returnUntil ? ['return', 'exchange', 'repair'] : today <= exchangeUntil ? ['exchange', 'repair'] : ['repair'];
  const period = periodText(cited.months);
  const unverified = basis === 'stated';
  const note = statedDateNote(inWarranty ? 'in_warranty' : 'expired', 'date');
  const proofZh = unverified ? note.zh : '';
  const proofEn = unverified ? note.en : '';
  const remedyZh = remedies.includes('return') ? '；售出7日内出现性能故障，可选择退货、换货或修理' : remedies.includes('exchange') ? '；售出15日内出现性能故障，可选择换货或修理' : '';
  const remedyEn = remedies.includes('return')
    ? '; within 7 days of sale a performance fault allows return, exchange or repair'
    : remedies.includes('exchange')
      ? '; within 15 days of sale a performance fault allows exchange or repair'
      : '';
  return {
    status: inWarranty ? 'in_warranty' : 'expired',
    reasonCode: inWarranty ? 'within_period' : 'period_ended',
    reason: inWarranty
      ? {
          zh: `${dz(purchased)}购买，${componentZh(cited.component)}保修${period.zh}，保修至${dz(coverEnds)}，在保修期内${remedyZh}${proofZh}。`,
          en: `Bought on ${de(purchased)}; the ${cited.component.replace(/_/g, ' ')} is covered for ${period.en}, until ${de(coverEnds)}: in warranty${remedyEn}${proofEn}.`,
        }
      : {
          zh: `${dz(purchased)}购买，${componentZh(cited.component)}保修${period.zh}，已于${dz(coverEnds)}到期，可提供付费维修${proofZh}。`,
          en: `Bought on ${de(purchased)}; the ${cited.component.replace(/_/g, ' ')} was covered for ${period.en}, until ${de(coverEnds)}: expired, paid repair is available${proofEn}.`,
        },
    basis,
    verified: !unverified,
    needsHumanCheck: false,
    remedies,
    dates: { today, purchased, coverEnds, returnUntil, exchangeUntil, daysSincePurchase: days },
    policy: cited,
  };
}

/**
 * A stated span decides only where every day of it agrees: in warranty if the cover still runs
 * counted from the earliest possible purchase day, expired if it has ended counted from the
 * latest, and otherwise the customer's proof of purchase must tell. Return and exchange windows
 * count from the earliest day too, so no remedy is promised that a later day would not give.
 */
function decideOnSpan(
  stated: DateSpan,
  today: string,
  cited: WarrantyDecision['policy'],
  returnDays: number,
  exchangeDays: number,
  cannotTell: (code: WarrantyDecision['reasonCode'], reason: { zh: string; en: string }, needsHumanCheck: boolean, purchased?: string) => WarrantyDecision,
  approximate = false,
): WarrantyDecision {
  const written = formatDateSpan(stated);
  if (stated.earliest > today) {
    return cannotTell(
      'purchase_date_in_future',
      {
        zh: `购买时间 ${describeDateSpan(stated, 'zh')} 晚于今天（${dz(today)}），需要人工核对。`,
        en: `The purchase date ${describeDateSpan(stated, 'en')} is after today (${de(today)}); a person must check it.`,
      },
      true,
      written,
    );
  }
  // Nobody bought it tomorrow: a span that runs past today ends today.
  const span = { earliest: stated.earliest, latest: stated.latest > today ? today : stated.latest };
  // Said as roughly as it was given ("2023年左右"), never as the month range worked out from it.
  const zhWhen = approximate ? describeApproximateSpan(span, 'zh') : describeDateSpan(span, 'zh');
  const enWhen = approximate ? describeApproximateSpan(span, 'en') : boughtWhen(span);
  const coverEndsEarliest = addMonths(span.earliest, cited.months);
  const coverEndsLatest = addMonths(span.latest, cited.months);
  const period = periodText(cited.months);
  const part = { zh: componentZh(cited.component), en: cited.component.replace(/_/g, ' ') };
  const spanDates = { today, purchased: formatDateSpan(span), purchasedEarliest: span.earliest, purchasedLatest: span.latest, coverEndsEarliest, coverEndsLatest };
  const decided = (status: 'in_warranty' | 'expired', reason: { zh: string; en: string }, remedies: Remedy[], extra: Partial<WarrantyDecision['dates']>): WarrantyDecision => ({
    status,
    reasonCode: status === 'in_warranty' ? 'within_period' : 'period_ended',
    reason,
    basis: 'stated',
    verified: false,
    needsHumanCheck: false,
    remedies,
    dates: { ...spanDates, ...extra },
    policy: cited,
  });

  if (today <= coverEndsEarliest) {
    const { zh: proofZh, en: proofEn } = statedDateNote('in_warranty', 'time');
    const returnUntil = addDays(span.earliest, returnDays);
    const exchangeUntil = addDays(span.earliest, exchangeDays);
    const remedies: Remedy[] = today <= returnUntil ? ['return', 'exchange', 'repair'] : today <= exchangeUntil ? ['exchange', 'repair'] : ['repair'];
    return decided(
      'in_warranty',
      approximate
        ? {
            zh: `您说的购买时间是${zhWhen}，${part.zh}保修${period.zh}，按这个时间还在保修期内${proofZh}。`,
            en: `You said you bought it ${enWhen}; the ${part.en} is covered for ${period.en}, so by that time it is in warranty${proofEn}.`,
          }
        : {
            zh: `您说的购买时间是${zhWhen}，即使按最早的${dz(span.earliest)}算，${part.zh}保修${period.zh}也到${dz(coverEndsEarliest)}才到期，在保修期内${proofZh}。`,
            en: `You said you bought it ${enWhen}; even counted from the earliest day, ${de(span.earliest)}, the ${part.en} is covered for ${period.en}, until ${de(coverEndsEarliest)}: in warranty${proofEn}.`,
          },
      remedies,
      { coverEnds: coverEndsEarliest, returnUntil, exchangeUntil },
    );
  }
  if (today > coverEndsLatest) {
    const { zh: proofZh, en: proofEn } = statedDateNote('expired', 'time');
    return decided(
      'expired',
      approximate
        ? {
            zh: `您说的购买时间是${zhWhen}，${part.zh}保修${period.zh}，按这个时间已过保修期，可提供付费维修${proofZh}。`,
            en: `You said you bought it ${enWhen}; the ${part.en} is covered for ${period.en}, so by that time it is out of warranty; paid repair is available${proofEn}.`,
          }
        : {
            zh: `您说的购买时间是${zhWhen}，即使按最晚的${dz(span.latest)}算，${part.zh}保修${period.zh}也已于${dz(coverEndsLatest)}到期，可提供付费维修${proofZh}。`,
            en: `You said you bought it ${enWhen}; even counted from the latest day, ${de(span.latest)}, the ${part.en} was covered for ${period.en}, until ${de(coverEndsLatest)}: expired, paid repair is available${proofEn}.`,
          },
      ['paid_repair'],
      { coverEnds: coverEndsLatest },
    );
  }
  const undecided = cannotTell(
    'stated_date_too_vague',
    {
      zh: `您说的是${zhWhen}购买，${part.zh}保修${period.zh}，保修期可能刚好在这期间到期${approximate ? '' : `（到期时间在${describeDateSpan({ earliest: coverEndsEarliest, latest: coverEndsLatest }, 'zh')}）`}，需要看购买凭证才能确定。请上传发票或小票，或告诉我们具体的购买日期。`,
      en: `You said you bought it ${enWhen}; the ${part.en} is covered for ${period.en}, so the warranty may have ended within that time${approximate ? '' : ` (it ends ${boughtWhen({ earliest: coverEndsEarliest, latest: coverEndsLatest })})`}. We need your proof of purchase to tell: please upload the invoice or receipt, or tell us the exact purchase date.`,
    },
    false,
    formatDateSpan(span),
  );
  return { ...undecided, dates: spanDates };
}

/** A day in words, for the reasons a customer hears (30 June 2025, never 2025-06-30). */
const dz = (iso: string): string => describeDay(iso, 'zh');
const de = (iso: string): string => describeDay(iso, 'en');

/** "on 15 July 2024", "in summer 2024", "between 5 June 2024 and 5 June 2025". */
function boughtWhen(span: DateSpan): string {
  const words = describeDateSpan(span, 'en');
  if (isSingleDay(span)) return `on ${words}`;
  if (words.startsWith('between ')) return words;
  const [from, to] = words.split(' to ');
  return to ? `between ${from} and ${to}` : `in ${words}`;
}

function periodText(months: number): { zh: string; en: string } {
  if (months % 12 === 0) return { zh: `${months / 12}年`, en: `${months / 12} year${months === 12 ? '' : 's'}` };
  return { zh: `${months}个月`, en: `${months} month${months === 1 ? '' : 's'}` };
}

// The names live with the policy (warranty/policy.ts), so replies and decisions call a part the same.

function componentZh(component: Component): string {
  return COMPONENT_NAMES[component].zh;
}
