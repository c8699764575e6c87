/** All slot extractors over one normalised message. */
import type { PurchaseDate, Slots } from '../types';
import { addDays } from '../../../kernel/calendar-days';
import { extractBrand } from './brand';
import { extractCategory } from './category';
import { guessProduct } from './product-typos';
import { extractAddress, extractAddressAnswer, extractPhone } from './contact';
import { CORRECTABLE_SLOTS, extractCorrection, readSlotValue, type CorrectableSlot, type Correction } from './correction';
import { extractErrorCode, extractErrorCodes, type ErrorCodeMention } from './error-code';
import { extractModel, extractModelAnswer } from './model';
import { readPhoneModel, type PhoneModel } from './phone-model';
import { extractProductAgeDays, extractProductAgeMonths } from './product-age';
import { extractPurchaseDate } from './purchase-date';
export type { PurchaseDateOptions } from './purchase-date';
export { findDateMentions, type DateMention } from './date-mentions';
import { extractOrderNumber, extractTicketNumber, withoutTicketNumber } from './reference-numbers';
import { extractSerial } from './serial';

export function extractSlots(written: string, today?: string, asked?: keyof Slots): Slots {
  const ticketNumber = extractTicketNumber(written);
  // Nothing else is read inside a ticket number (its random part may spell "AC" or "E1").
  const text = withoutTicketNumber(written);
  const serial = extractSerial(text);
  let model = extractModel(text);
  if (model && serial && (serial.includes(model) || model.includes(serial))) model = undefined;
  // A phone model names its category and brand even when neither is said (Xiaomi 15, Pixel 8, iQOO 12).
  const phone = model ? readPhoneModel(text) : undefined;
  const phoneModel = phone?.model === model ? phone : undefined;
  // "油烟剂", "frige": a product named with a slip is guessed, only when none is named right.
  const named = extractCategory(text);
  const category = named ?? (phoneModel ? 'phone' : undefined);
  const guess = category ? undefined : guessProduct(text);
  const brandNamed = extractBrand(text);
  // The brand said apart from the model ("Huawei P60"), not the one the model's own name carries ("Mate 40").
  const brandBesideModel = phoneModel ? extractBrand(withoutModelName(text, phoneModel.model)) : brandNamed;
  const slots: Slots = {
    category: category ?? guess?.id,
    categoryGuessedFrom: guess?.typed,
    // Only the model said which product and brand ("model P60"): a guess, not the customer naming a phone.
    categoryFromModel: !named && !brandBesideModel && phoneModel ? phoneModel.model : undefined,
    brand: brandNamed ?? phoneModel?.brand,
    model,
    serial,
    errorCode: extractErrorCode(text),
    purchaseDate: extractPurchaseDate(text, today, { asked: asked === 'purchaseDate' }),
    productAgeMonths: extractProductAgeMonths(text),
    orderNumber: extractOrderNumber(text),
    ticketNumber,
    phone: extractPhone(text),
    address: extractAddress(text),
  };
  // "用了一年半", "it's 18 months old": how long they have had it dates the purchase, so it is never asked again.
  if (!slots.purchaseDate && slots.productAgeMonths !== undefined && today) slots.purchaseDate = purchaseSpanFromAge(slots.productAgeMonths, today);
  // "买了三个星期", "才买了20天": an age in days or weeks is a count of days, which the 7- and 15-day
  // return rules need; a month-wide reading ("才买" = this month) would straddle both limits.
  const ageDays = extractProductAgeDays(text);
  const weeksOld = ageDays !== undefined && ageDays < 60 && today ? purchaseDaysFromAge(ageDays, today) : undefined;
  if (weeksOld && (!slots.purchaseDate || ['month', 'season'].includes(slots.purchaseDate.precision))) slots.purchaseDate = weeksOld;
  // Leave absent slots out, so JSON output and equality checks only show what was found.
  for (const key of Object.keys(slots) as (keyof Slots)[]) if (slots[key] === undefined) delete slots[key];
  return slots;
}

/** The text with a model's name taken out, however it was spaced ("Mate 40", "mate40"). */
function withoutModelName(text: string, model: string): string {
  const name = model
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  return text.replace(new RegExp(name, 'i'), ' ');
}

/** A product weeks or days old: the day that many days back (weeks with a few days' slack either side). */
function purchaseDaysFromAge(days: number, today: string): PurchaseDate | undefined {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(today)?.[0];
  if (!day) return undefined;
  // A count of days is meant as said; weeks are rounder.
  const slack = days % 7 === 0 ? Math.max(2, Math.round(days / 7)) : 0;
  return {
    value: addDays(day, -days),
    precision: 'week',
    text: `${days} days`,
    earliest: addDays(day, -(days + slack)),
    latest: addDays(day, -Math.max(0, days - slack)),
    approximate: true,
  };
}

/**
 * The months a product of that age was bought in, as a span (YYYY-MM/YYYY-MM) marked approximate:
 * an age is said roughly, so "3 years old" is "about 2023" to the customer, never a month range
 * nobody said. The span is the day that many months back, a quarter of the age either side (at
 * least a month, at most half a year), so the warranty is decided only where every such day agrees.
 */
function purchaseSpanFromAge(months: number, today: string): PurchaseDate | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!day) return undefined;
  const now = Number(day[1]) * 12 + Number(day[2]) - 1;
  const month = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const slack = Math.min(6, Math.max(1, Math.round(months / 4)));
  const latest = Math.min(now, now - Math.round(months) + slack);
  const earliest = now - Math.round(months) - slack;
  const lastDay = (m: number) => new Date(Date.UTC(Math.floor(m / 12), (m % 12) + 1, 0)).toISOString().slice(0, 10);
  const end = latest === now ? today.slice(0, 10) : lastDay(latest);
  return { value: `${month(earliest)}/${month(latest)}`, precision: 'season', text: `${months} months`, earliest: `${month(earliest)}-01`, latest: end, approximate: true };
}

export {
  extractBrand,
  extractCategory,
  extractErrorCode,
  extractErrorCodes,
  type ErrorCodeMention,
  extractModel,
  extractModelAnswer,
  readPhoneModel,
  type PhoneModel,
  extractSerial,
  extractPurchaseDate,
  extractProductAgeMonths,
  extractOrderNumber,
  extractTicketNumber,
  withoutTicketNumber,
  extractPhone,
  extractAddress,
  extractAddressAnswer,
};
export { extractCorrection, readSlotValue, CORRECTABLE_SLOTS, type Correction, type CorrectableSlot };
