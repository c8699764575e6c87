/**
 * The example in "please give the full address" fits where the customer lives. A customer in
 * Leeds or Kuala Lumpur was shown a Hangzhou address as the form to follow (playtest): the country
 * is read from what they just wrote (a postcode, a town) or from the number they left, and the
 * example is one of that country's own. The Hangzhou example stays for the mainland; a customer
 * abroad whose country is not known hears what an address needs, without an example.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Bilingual } from '../commands';
import type { Facts } from '../engine-state';
import { regionOfNumber } from '../../text/phone-numbers-abroad';
import { regionNamedIn } from '../../text/phone-region';

/** Invented addresses written as people write them in each country. */
const EXAMPLES: Partial<Record<CountryCode, string>> = {
  GB: 'Flat 2, 31 Linden Grove, Leeds LS6 2AB',
  IE: '12 Hazel Park, Ballincollig, Co. Cork P31 K2W4',
  US: 'Apt 3B, 120 Maple Ave, Chicago, IL 60614',
  CA: 'Unit 804, 55 Harbour St, Toronto ON M5J 2L1',
  AU: 'Unit 5, 22 Wattle St, Fitzroy VIC 3065',
  NZ: 'Flat 2, 18 Kowhai Pl, Karori, Wellington 6012',
  SG: 'Blk 123 Tampines St 11, #05-67, Singapore 521123',
  MY: 'No. 8, Jalan Mawar 2, Taman Melati, 53100 Kuala Lumpur',
  HK: 'Flat C, 12/F, Tower 2, Harbour View Garden, Quarry Bay',
  ZA: '14 Jacaranda Rd, Rondebosch, Cape Town 7700',
  IN: 'Flat 4B, Lotus Residency, 21 Gandhi Road, Adyar, Chennai 600020',
  PH: 'Blk 9 Lot 3, Barangay San Roque, Marikina City 1801',
};

/** The country of a calling code shared by several (+1) or of a number libphonenumber cannot place (a reserved +44 7700 900xxx). */
const BY_CALLING_CODE: Record<string, CountryCode> = {
  '1': 'US',
  '27': 'ZA',
  '44': 'GB',
  '60': 'MY',
  '61': 'AU',
  '63': 'PH',
  '64': 'NZ',
  '65': 'SG',
  '91': 'IN',
  '353': 'IE',
  '852': 'HK',
  '86': 'CN',
};

/** A mainland mobile or landline as the phone slot keeps them (11 digits; 0AREA-NUMBER). */
const MAINLAND_PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-\d{7,8}(?:-\d+)?$/;

/**
 * The second ask for an address, with an example from the customer's country; undefined when the
 * flow's own (mainland) example fits: the country is China, or nothing points abroad.
 */
export function addressExampleAsk(facts: Facts, said: string | undefined, kind: 'visit' | 'post'): Bilingual | undefined {
  const code = /^\+(\d{1,3})\s/.exec(facts.phone ?? '')?.[1];
  const region = regionNamedIn(said) ?? regionOfNumber(facts.phone) ?? (code ? BY_CALLING_CODE[code] : undefined);
  if (region === 'CN' || (!region && (!facts.phone || MAINLAND_PHONE.test(facts.phone)))) return undefined;
  const example = region ? EXAMPLES[region] : undefined;
  const what = kind === 'visit' ? { zh: '地址', en: 'address' } : { zh: '收件地址', en: 'postal address' };
  if (example) return { zh: `${what.zh}请写完整，比如“${example}”。`, en: `Please give the full ${what.en}, e.g. "${example}".` };
  return {
    zh: `${what.zh}请写完整：门牌号和街道、城市，以及邮编。`,
    en: `Please give the full ${what.en}: the flat or house number and street, the town or city, and the postcode.`,
  };
}
