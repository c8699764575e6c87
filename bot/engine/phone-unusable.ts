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
  return run ? whyNot(text, run, lang) : undefined;
}

function whyNot(text: string, run: string, lang: Lang): string {
  const digits = run.replace(/\D/g, '').replace(/^(?:0086|86)(?=1)/, '');
  // Starts like a mainland mobile but is not 11 digits: a digit missing or one too many.
  if (/^1[3-9]/.test(digits) && digits.length !== 11)
    return lang === 'zh'
      ? `您发的号码是 ${digits.length} 位，手机号应该是 11 位，可能少打或多打了一位。`
      : `The number you sent has ${digits.length} digits; a mainland mobile has 11, so one may be missing or extra.`;
  const abroad = foreignDomestic(text, run, digits, lang);
  if (abroad) return abroad;
  // "9876 5432" in English with no country in sight: a Singapore or Hong Kong mobile's shape; asked which, with the form that works.
  if (lang === 'en' && /^[89]\d{7}$/.test(digits)) {
    const local = `${digits.slice(0, 4)} ${digits.slice(4)}`;
    return `Which country is ${local} in? Please send it with its country code, e.g. +65 ${local} for Singapore or +852 ${local} for Hong Kong, and I'll put it on.`;
  }
  return lang === 'zh'
    ? '这个号码我们没法回拨：手机号是 11 位；座机请带区号（如 010-8888 6666）；港澳台或国外号码请带国家/地区码（如 +852 9123 4567）。'
    : "We couldn't call that number back: a mainland mobile has 11 digits; a landline needs its area code (e.g. 010-8888 6666); a Hong Kong, Macau, Taiwan or overseas number needs its country code (e.g. +852 9123 4567).";
}

/** Country names a customer may give with a number written as at home ("UK mobile", "澳洲号码"), with their calling code. */
const COUNTRIES: [RegExp, string, { zh: string; en: string }][] = [
  [/\b(?:uk|u\.k\.|british|britain|england|scotland|wales)\b|英国/i, '44', { zh: '英国', en: 'UK' }],
  [/\b(?:australia|australian|aussie)\b|澳洲|澳大利亚/i, '61', { zh: '澳大利亚', en: 'Australian' }],
  [/\b(?:france|french)\b|法国/i, '33', { zh: '法国', en: 'French' }],
  [/\b(?:germany|german)\b|德国/i, '49', { zh: '德国', en: 'German' }],
  [/\b(?:japan|japanese)\b|日本/i, '81', { zh: '日本', en: 'Japanese' }],
  [/\b(?:korea|korean)\b|韩国/i, '82', { zh: '韩国', en: 'Korean' }],
  [/\b(?:singapore)\b|新加坡/i, '65', { zh: '新加坡', en: 'Singapore' }],
  [/\b(?:usa|american|america|canada|canadian)\b|美国|加拿大/i, '1', { zh: '美国', en: 'US' }],
];

/**
 * "07700 900123", "0412 345 678": a number written as it is dialled at home abroad (a trunk 0,
 * then 8-10 digits) that is no mainland number. The customer is told at once and shown the form
 * that works, with their own digits after the country code (+44 7700 900123), never left to
 * find out later that the ticket has no phone.
 */
function foreignDomestic(text: string, run: string, digits: string, lang: Lang): string | undefined {
  if (!/^0[1-9]\d{7,10}$/.test(digits)) return undefined;
  const local = run.trim().replace(/^0\s?/, '').replace(/[-.]/g, ' ');
  const named = COUNTRIES.find(([words]) => words.test(text));
  if (named) {
    const [, code, name] = named;
    return lang === 'zh'
      ? `这个${name.zh}号码照现在的写法我们拨不通：请带国家码发给我，写成 +${code} ${local}（去掉开头的 0），我就记上。`
      : `We can't dial that ${name.en} number as written from here: please send it with the country code, as +${code} ${local} (without the first 0), and I'll put it on.`;
  }
  return lang === 'zh'
    ? `${run.trim()} 不是国内的号码，这样写我们拨不通。如果是国外的号码，请带国家码发给我，比如英国手机写成 +44 ${local}（去掉开头的 0）；也可以留一个国内手机号。`
    : `${run.trim()} isn't a mainland China number, so we can't dial it as written. If it's a number from abroad, please send it with the country code, e.g. +44 ${local} for a UK mobile (without the first 0), or leave a mainland mobile.`;
}

/**
 * The same explanation for a number sent in passing (while waiting for a person, beside other
 * words): only a run that stands on its own and reads as a phone (a trunk 0 or a plus first, or
 * a phone word in the message), so a ticket or order number is never taken for one.
 */
export function unusablePhoneInPassing(text: string, lang: Lang): string | undefined {
  if (findPhoneNumbers(text).length) return undefined;
  const phoneWord = /电话|手机|号码|\b(?:phone|mobile|number|cell|call)\b/i.test(text);
  const standing = [...text.matchAll(/(?<![A-Za-z0-9\-#])\+?\d[\d\s\-().]{6,}\d(?![A-Za-z0-9\-])/g)].map((m) => m[0]);
  const run = standing.find((r) => {
    const digits = r.replace(/\D/g, '');
    return digits.length >= 8 && digits.length <= 13 && (/^[0+]/.test(r.trim()) || phoneWord);
  });
  return run ? whyNot(text, run, lang) : undefined;
}
