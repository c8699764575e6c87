/** Phone and address slots, found by the same code that redaction uses (text/phone-numbers.ts, text/address.ts). */
import { findAddresses } from '../../text/address';
import { findPhoneNumbers, type PhoneReading } from '../../text/phone-numbers';
import { TAKE_BACK } from './taken-back';

/** The customer's phone: the first mobile, else the first landline (`reading`: the country the conversation's address is in). */
export function extractPhone(text: string, reading?: PhoneReading): string | undefined {
  const found = findPhoneNumbers(text, reading);
  return (found.find((p) => p.kind === 'mobile') ?? found[0])?.canonical;
}

/**
 * Between two addresses, words that drop the first for the second: the take-back cues ("哦不对",
 * "no wait", "scratch that") and a change of mind ("算了 还是写家里的", "改成", "actually", "instead").
 */
const ADDRESS_TAKEN_BACK = new RegExp(`${TAKE_BACK.source}|算了|还是(?:写|填|留|用|送|寄|到)|改成|改为|换成|等一?下|\\bactually\\b|\\binstead\\b|\\bbetter\\b`, 'i');

/**
 * An address that locates a home, whole and without the words around it. Given twice with a
 * take-back between ("公司的…12楼 哦不对 白天没人 写家里的 …603"), the one meant is the one after.
 */
export function extractAddress(text: string): string | undefined {
  const found = findAddresses(text);
  let meant = found[0]?.raw;
  for (const [i, next] of found.entries()) {
    const previous = found[i - 1];
    if (previous && ADDRESS_TAKEN_BACK.test(text.slice(previous.index + previous.raw.length, next.index))) meant = withCityOf(previous.raw, next.raw);
  }
  return meant;
}

/** The city and district a Chinese address opens with ("绍兴越城区", "杭州市余杭区"); empty when it names none. */
const CITY_AND_DISTRICT = /^(?:[\u4e00-\u9fa5]{1,8}?(?:省|市))?(?:[\u4e00-\u9fa5]{1,6}?(?:区|县|市|旗))?/;

/**
 * The address meant after a take-back keeps the city and district said in the first one when it
 * names none itself ("合肥蜀山区长江西路100号 哦不对 是长江中路100号…": only the street was wrong).
 */
export function withCityOf(takenBack: string, meant: string): string {
  const city = CITY_AND_DISTRICT.exec(takenBack)?.[0] ?? '';
  return city && !CITY_AND_DISTRICT.exec(meant)?.[0] ? city + meant : meant;
}

/**
 * A reply to "what is your address?" (or the new value of a correction): a whole address when
 * there is one, else the part given ("Tower 3", 天河区棠下, 8栋). Prose with no address component
 * ("still not working", 不知道) is no answer.
 */
export function extractAddressAnswer(text: string): string | undefined {
  return extractAddress(text) ?? findAddresses(text, { partial: true })[0]?.raw;
}
