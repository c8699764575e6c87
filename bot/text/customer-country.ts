/**
 * The one answer to "where is this customer?", for whatever a reply says that only holds in
 * mainland China: the emergency numbers, fee samples in yuan, the desk's clock. Read from an
 * address (where the appliance is, so where help must come), from a place the customer says they
 * are in ("I'm in Arizona", "我人在英国"), from a phone's country code (bot/customer-where.ts puts
 * them in that order). Places and postcodes are the phone reader's (phone-region.ts), so one list
 * decides both.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { EN_PLACES, ZH_CITIES, ZH_PROVINCES } from './china-places';
import { regionNamedIn } from './phone-region';

/** Hong Kong, Macau and Taiwan have their own emergency numbers; they are named here, not in the phone reader's list, whose local-number reading they would change. */
const HK_MO_TW: [RegExp, CountryCode][] = [
  [/\bhong\s?kong\b|\bkowloon\b|香港/i, 'HK'],
  [/\bmaca[uo]\b|澳门|澳門/i, 'MO'],
  // Taiwan's cities and counties as the normal form writes them (臺中 is 台中): an address there is not a mainland one. 台 is
  // also a counting word ("一台北京买的空调", "那台东芝"), and mainland streets share some names (桃园路), so those need 市 or 县.
  [
    /\btaiwan\b|\btaipei\b|\bkaohsiung\b|\btaichung\b|\btainan\b|\btaoyuan\b|\bhsinchu\b|台灣|(?<![\d一二两三四五六七八九十几这那每哪此该整])台(?:湾|北|中(?!央|间)|南|东[县市])|新北市|高雄|基隆市|(?:桃园|新竹|嘉义|彰化|屏东|宜兰|花莲|苗栗|云林|南投)[县市]|澎湖/i,
    'TW',
  ],
];

/** A mainland number as it is stored: a mobile, or a landline with its 0 area code; with +86 or without. */
const MAINLAND_PHONE = /^(?:\+?86[\s-]?)?(?:1[3-9]\d{9}|0\d{2,3}[-\s]?\d{7,8})$/;

export function countryOfPhone(phone: string | undefined): CountryCode | undefined {
  const written = phone?.trim();
  if (!written) return undefined;
  if (MAINLAND_PHONE.test(written.replace(/\s/g, ''))) return 'CN';
  if (!written.startsWith('+')) return undefined;
  const number = parsePhoneNumberFromString(written);
  // A number in a range kept for examples (+44 7700 900…) has no one country; its code's first is the one it is written for.
  return number?.country ?? number?.getPossibleCountries()[0];
}

function placeIn(text: string): CountryCode | undefined {
  return regionNamedIn(text) ?? HK_MO_TW.find(([named]) => named.test(text))?.[1];
}

const MAINLAND_PLACE = new RegExp(`${[...ZH_PROVINCES, ...ZH_CITIES].join('|')}|\\b(?:${EN_PLACES.join('|')})\\b|\\b(?:mainland )?china\\b|中国|国内`, 'i');
/** A Chinese address names its 省市区 and 路号 even where it names no city on the list. */
const MAINLAND_ADDRESS = new RegExp(`${MAINLAND_PLACE.source}|[省市区县路街号]`, 'i');

/** The country an address is in: abroad by its postcode or place names, mainland by a Chinese place or its 省市区路号 form. */
export function countryOfAddress(address: string | undefined): CountryCode | undefined {
  if (!address) return undefined;
  return placeIn(address) ?? (MAINLAND_ADDRESS.test(address) ? 'CN' : undefined);
}

/** ", Ohio" after "Columbus": a state or country after the city, one or two words standing alone ("at home, my American fridge" is no place). */
const STATE_AFTER_CITY = String.raw`(?:,\s*(?!(?:my|our|the|it|and|but|so|i|we|please|thanks)\b)[a-z]+(?: [a-z]+)?(?=\s*(?:$|[-–—.,;!?])))?`;
/**
 * "I'm in Arizona", "we live in Dubai", "over here in the UK", "我人在英国", "我们住在悉尼": only
 * where the customer says they are. A place named any other way ("my American-style fridge", "a
 * Japanese brand", "bought it in Hong Kong") says nothing about where they are now.
 */
const SAYS_WHERE_EN = new RegExp(
  String.raw`\b(?:i(?:'m| am)|we(?:'re| are)|live|lives|living|based|located|staying|i stay|we stay|here|over here|out here|moved|reside|residing)(?:\s+[\w']+){0,3}?\s+(?:in|at|to|near|outside|around)\s+(?:the\s+)?([^.,;!?\n]{2,40}${STATE_AFTER_CITY})`,
  'gi',
);
/** "hi from Lagos", "writing from Nairobi": a greeting says where it is sent from. */
const GREETS_FROM_EN = /\b(?:hi|hello|hey|greetings|writing|messaging|texting|calling|chatting)\s+(?:you\s+)?from\s+(?:the\s+)?([^.,;!?\n]{2,40})/gi;
const SAYS_WHERE_ZH = /(?:我|我们|我家|人|家里|家)(?:现在|目前|一直)?(?:人)?(?:在|住在|住|定居在|生活在)([^，。,.；;！!？?\s]{2,12})/g;
/** Abroad without a country: "we live overseas", "I'm outside China", "人在国外". */
const ABROAD_SAID = /\b(?:abroad|overseas|outside (?:of )?(?:mainland )?china)\b|国外|海外|境外/i;

const LIVES_ABROAD = /\b(?:i(?:'m| am)|we(?:'re| are)|live|living|based|staying)\s+(?:[\w']+\s+)?(?:abroad|overseas)\b/i;

/** Known to be abroad, country unknown (the "unknown region" code): no number is named, "your local emergency number" is. */
export const SOMEWHERE_ABROAD = 'ZZ' as CountryCode;

/**
 * A place outside mainland China named anywhere in the text ("technicians in the US", "香港的维修中心",
 * "overseas"), whether or not the customer is there: for questions about service in that place.
 */
export function abroadNamedIn(text: string): CountryCode | undefined {
  const place = placeIn(text);
  if (place && place !== 'CN') return place;
  return ABROAD_SAID.test(text) ? SOMEWHERE_ABROAD : undefined;
}

export function countrySaidIn(text: string): CountryCode | undefined {
  if (LIVES_ABROAD.test(text)) return SOMEWHERE_ABROAD;
  for (const m of [...text.matchAll(SAYS_WHERE_EN), ...text.matchAll(GREETS_FROM_EN), ...text.matchAll(SAYS_WHERE_ZH)]) {
    if (ABROAD_SAID.test(m[0])) return placeIn(m[0]) ?? SOMEWHERE_ABROAD;
    const named = m[1] ?? '';
    const place = placeIn(named) ?? (MAINLAND_PLACE.test(named) ? 'CN' : undefined);
    if (place) return place;
  }
  return undefined;
}
