/**
 * Times we promise are on the service desk's clock (China time). A customer abroad (a phone number
 * from outside mainland China, Hong Kong and Macau, whose clocks agree) read "by 7 Dec, 10:00" as
 * their own ten o'clock, 2 a.m. in the UK by ours (playtest round 19): the reply says whose clock it is.
 */
import type { Lang } from '../phrases';

/** A number stored with a country code other than China's, Hong Kong's or Macau's (both on UTC+8). */
const ABROAD = /^\+(?!86(?:\D|$)|852|853)\d/;

/**
 * A time we promise: "by 7 Dec, 10:00", "before 14:00", "12月7日 14:00 前". A time the customer
 * gave for the visit ("after 14:00") is theirs and is left alone.
 */
const CLOCK_TIME = /\b(?:by|before)\s+(?:\d{1,2}\s+[A-Z][a-z]{2},?\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:前|之前|以前)/;

/** Already said whose clock it is. */
const SAID = /China time|Beijing time|UTC\+8|北京时间|中国时间/i;

export function chinaTimeNote(reply: string, phone: string | undefined, lang: Lang): string | undefined {
  if (!phone || !ABROAD.test(phone.trim())) return undefined;
  return noteIfPromised(reply, lang);
}

/** Countries on China's clock: the mainland, Hong Kong, Macau (and Taiwan, also UTC+8). */
const ON_CHINA_TIME = new Set(['CN', 'HK', 'MO', 'TW']);

/**
 * The same note for a customer known to be abroad by an address or their own words before any
 * phone was given (bot/customer-where.ts): the promise can come before the number does.
 */
export function chinaTimeNoteFor(reply: string, country: string | undefined, lang: Lang): string | undefined {
  if (!country || ON_CHINA_TIME.has(country)) return undefined;
  return noteIfPromised(reply, lang);
}

function noteIfPromised(reply: string, lang: Lang): string | undefined {
  if (!CLOCK_TIME.test(reply) || SAID.test(reply)) return undefined;
  return lang === 'zh' ? '（以上时间均为北京时间，UTC+8。）' : '(Times above are China time, UTC+8.)';
}
