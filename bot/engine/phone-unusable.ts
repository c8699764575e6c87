/**
 * A number given for the phone that nobody could call back ("1381234567", "+852 912 345",
 * "5551234"): the customer hears why, in one line, before the question is asked again, so a
 * number is never dropped without a word. What counts as callable is the one phone definition
 * (text/phone-numbers.ts); this only explains a miss.
 */
import { findPhoneNumbers } from '../text/phone-numbers';
import type { Lang } from '../phrases';

/** Digit runs that may be a number with spaces, dashes or brackets inside ("138 1234 567"). */
const NUMBERISH = /\+?\d[\d\s\-().]{3,}\d/g;

/** Why the number in `text` cannot be used, or undefined when the text holds a usable one or none at all. */
export function unusablePhone(text: string, lang: Lang): string | undefined {
  if (findPhoneNumbers(text).length) return undefined;
  const runs = [...text.matchAll(NUMBERISH)].map((m) => m[0]).filter((r) => r.replace(/\D/g, '').length >= 5);
  const run = runs.sort((a, b) => b.length - a.length)[0];
  if (!run) return undefined;
  const digits = run.replace(/\D/g, '').replace(/^(?:0086|86)(?=1)/, '');
  // Starts like a mainland mobile but is not 11 digits: a digit missing or one too many.
  if (/^1[3-9]/.test(digits) && digits.length !== 11)
    return lang === 'zh'
      ? `您发的号码是 ${digits.length} 位，手机号应该是 11 位，可能少打或多打了一位。`
      : `The number you sent has ${digits.length} digits; a mainland mobile has 11, so one may be missing or extra.`;
  return lang === 'zh'
    ? '这个号码我们没法回拨：手机号是 11 位；座机请带区号（如 010-8888 6666）；港澳台或国外号码请带国家/地区码（如 +852 9123 4567）。'
    : "We couldn't call that number back: a mainland mobile has 11 digits; a landline needs its area code (e.g. 010-8888 6666); a Hong Kong, Macau, Taiwan or overseas number needs its country code (e.g. +852 9123 4567).";
}
