/**
 * Addresses written in English, mostly by expatriates in China ("Room 502, Building 7, 88 Zhongshan
 * Road, Xuhui District, Shanghai 200030", "Flat 12B, Tower 3, Jinqiao Garden, Pudong"), and plain
 * street addresses ("221B Baker Street, Apt 2"). Read as a chain of components separated by commas
 * or spaces — room/flat/unit, floor, building/tower/block, No. 88, street, estate, district, city,
 * postcode, country — so the whole address is kept, not only its street. Names before a street or
 * estate word are the words just in front of it that are not ordinary words (live, at, my, the),
 * so lower-case chat ("i live at 88 zhongshan road") works and the sentence around it stays out.
 */
import type { AddressMatch, AddressOptions } from './address-zh';
import {
  abroadStreetForms,
  CLOSING_TOWN,
  COUNTRY_ABROAD,
  europeanPostcodeBeforeTown,
  gulfAreaForm,
  JAPANESE_BLOCK,
  JAPANESE_DISTRICT,
  JAPANESE_POSTCODE,
  LATIN_LETTER,
  NUMBERED_STREET,
} from './address-forms-abroad';
import { EN_PLACES, HK_PLACES } from './china-places';

type Kind = 'street' | 'estate' | 'district' | 'place' | 'unit' | 'floor' | 'building' | 'number' | 'postcode' | 'country' | 'locality';

const STOP_WORDS = [
  'i',
  'me',
  'my',
  'mine',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'she',
  'it',
  'its',
  "it's",
  'they',
  'their',
  'the',
  'a',
  'an',
  'at',
  'in',
  'on',
  'to',
  'of',
  'for',
  'from',
  'by',
  'near',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'and',
  'or',
  'but',
  'so',
  'please',
  'live',
  'living',
  'lives',
  'moved',
  'move',
  'address',
  'addr',
  'here',
  'there',
  'this',
  'that',
  'send',
  'deliver',
  'come',
  'visit',
  'engineer',
  'technician',
  'actually',
  'sorry',
  'no',
  'yes',
  'change',
  'update',
  'wrong',
  'correct',
  'correction',
  'should',
  'use',
  'same',
  'still',
  'not',
  'with',
  'next',
  'behind',
  'opposite',
  'inside',
  'call',
  'number',
  'phone',
  'service',
  'repair',
  'customer',
  'shopping',
  'data',
  'all',
  'way',
  'just',
  'only',
  'also',
  'then',
  'now',
  'today',
  'tomorrow',
  'can',
  'will',
  'would',
  'could',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'get',
  'got',
  'stay',
  'staying',
  'located',
  'close',
  'bought',
  'purchased',
  'since',
  'model',
  'order',
  // What introduces the phone or the name given in the same line as the address ("…, Hamburg, tel 0151…, name Anna Berg").
  'tel',
  'mobile',
  'mob',
  'cell',
  'whatsapp',
  'name',
  'contact',
];
// (Letters of other Latin-script languages too: "Münchener", "Montréal", "Göttingen".)
const WORD = `(?!(?:${STOP_WORDS.join('|').replace(/'/g, "['’]")})(?![${LATIN_LETTER}]))[${LATIN_LETTER}][${LATIN_LETTER}'’-]*`;
/** A name word, or a numbered one of a North American or Indian grid ("W 7th Ave", "3rd Cross"). */
const NAME_WORD = `(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))`;
/** "12", "221B", "3-5", and the Australian unit/street "12/85" (flat 12 at number 85), kept whole. */
const HOUSE_NUMBER = `(?:no\\.?\\s*)?\\d{1,5}[A-Za-z]?(?:-\\d{1,5}|\\/\\d{1,5}[A-Za-z]?)?`;
const STREET_WORD = 'road|rd|street|st|avenue|ave|lane|ln|lu|jie|dajie|dadao|hutong|boulevard|blvd|drive|dr|highway|hwy|alley|grove|crescent|cres|terrace|tce|mews|parade|pde|esplanade|esp|marg|salai';
/** Street words that are also everyday words or bare letters (Way, Close, Pl, Ct, Gr): a street only with its house number in front. */
/**
 * British and Irish kinds of street that are everyday words too ("5 Willow Vale", "8 Castle Hill",
 * "4 Mill Wynd"): a street only when its name is written with capitals or a postcode follows
 * (everydayStreet(), below), so "paid 500 via bank" stays prose.
 */
const EVERYDAY_STREET_WORD =
  'vale|hill|green|chase|croft|view|yard|approach|bank|lawn|end|gate|wharf|meadows?|fields?|dale|brae|wynd|grange|mount|ridge|hollow|glade|fold|garth|gardens?|park|square|circus|broadway|embankment|pathway|heights';
const NUMBERED_STREET_WORD = `way|close|cl|place|pl|court|ct|gr|row|rise|walk|loop|circuit|cct|mall|quay|${EVERYDAY_STREET_WORD}`;
/** Malaysian (and Singaporean) street words that come before the name. */
const MALAY_STREET_WORD = 'jalan|jln|lorong|lrg|persiaran|lebuh|lebuhraya';
/** A word of a Malaysian street or estate name, or its number: "Mawar", "SS2/24", "3", "U13/52". */
const MALAY_NAME = `[A-Za-z]{0,4}\\d{1,3}[A-Za-z]?(?:\\/\\d{1,3}[A-Za-z]?)?(?![A-Za-z0-9])|${NAME_WORD}(?![A-Za-z0-9/])`;
/** Malaysian estate words, before the name: "Taman Melati", "Bandar Utama", "Kampung Baru". */
const MALAY_ESTATE_WORD = 'taman|tmn|bandar|kampung|kg|desa|pangsapuri|kondominium|menara|residensi';
const DIRECTION = `(?:\\s+(?:north|south|east|west|middle|central|\\(?[nsew]\\)?(?![a-z])))`;
const ESTATE_WORD =
  'gardens?|estate|residences?|residency|enclave|colony|society|layout|nagar|vihar|subdivision|subd|homes|court|plaza|mansions?|apartments|villas|compound|community|cent(?:re|er)|park|towers|square|heights|village|xiaoqu|huayuan|tiandi|complex|residential area|building';
const DISTRICT_WORD =
  'district|new area|new district|county|qu|subdistrict|township|town|zhen|development zone|economic zone|hi-?tech zone|high-?tech zone|industrial park|science park|free trade zone|city|province';
const PLACES = [...EN_PLACES, ...HK_PLACES]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/'/g, "['’]?"))
  .join('|');

/**
 * Postcodes of the English-speaking countries customers write from: UK, US state and ZIP, Canadian
 * province and postal code, Australian state and postcode, Irish Eircode and Dublin district, Singapore.
 */
const ABROAD_POSTCODE = [
  String.raw`[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b`,
  String.raw`(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\s+\d{5}(?:-\d{4})?\b`,
  String.raw`(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?\s+)?[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b`,
  String.raw`(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT),?\s+\d{4}\b`,
  String.raw`(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b`,
  String.raw`Dublin\s?\d{1,2}W?\b`,
  String.raw`Singapore\s+\d{6}\b`,
].join('|');
/** Words a number belongs to inside a home ("Room 1203", "Block 5"), never a town before a postcode. */
const NUMBERED_PART_WORD = '(?:room|rm|flat|unit|apt|apartment|suite|ste|building|bldg|tower|block|blk|lot|plot|door|phase|house|lane|villa|entrance|gate|floor|no|level)\\b';
const STREET_AFTER = `,?\\s+(?:${NAME_WORD}\\s+){1,3}(?:${STREET_WORD}|${NUMBERED_STREET_WORD})\\b`;
/** The town in front of a postcode: "Leeds LS6 2AQ", "Chennai 600020", "Napier 4110" (a 4-digit code only with its town). */
const TOWN = `(?!${NUMBERED_PART_WORD})${NAME_WORD}(?:\\s+${NAME_WORD}){0,2},?\\s+`;

const PATTERNS: [Kind, string][] = [
  // ("Ang Mo Kio Ave 3," : a street numbered after its name, as in Singapore.)
  [
    'street',
    `(?:${HOUSE_NUMBER},?\\s+)?(?:${NAME_WORD}\\s+){1,3}(?:${STREET_WORD})\\b\\.?${DIRECTION}?(?:,?\\s*no\\.?\\s*\\d{1,5}[A-Za-z]?|\\s\\d{1,3}(?=,|\\s+#))?` +
      `|${HOUSE_NUMBER},?\\s+(?:${NAME_WORD}\\s+){1,3}(?:${NUMBERED_STREET_WORD})\\b\\.?` +
      // A street named only by its kind: "The Esplanade", "12 The Strand".
      `|${HOUSE_NUMBER},?\\s+the\\s+(?:esplanade|esp|strand|parade|pde|boulevard|crescent|cres|terrace|tce|avenue|promenade|mall|grove)\\b\\.?` +
      // Bengaluru's grid: "3rd Cross", "5th Main Road".
      `|\\d{1,2}(?:st|nd|rd|th)\\s+(?:cross|main)\\b(?:\\s+(?:road|rd)\\b)?` +
      // Malaysia names the kind of street first: "Jalan Mawar 3", "Jalan SS2/24", "Lorong Ampang 5".
      `|(?:${HOUSE_NUMBER},?\\s+)?(?:${MALAY_STREET_WORD})\\.?\\s+(?:${MALAY_NAME})(?:\\s+(?:${MALAY_NAME})){0,3}` +
      // Continental Europe, the Latin world, Japan and the Gulf (address-forms-abroad.ts).
      `|${abroadStreetForms(NAME_WORD, HOUSE_NUMBER)}` +
      `|(?:${NAME_WORD}\\s+)?${JAPANESE_BLOCK}(?=[^.!?\\n]{0,60}?(?:${JAPANESE_DISTRICT}|〒|\\b(?:tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|kobe|japan)\\b))` +
      `|${NUMBERED_STREET}`,
  ],
  // "14 Maple Court", "3 Lotus Gardens": a house number in front of an estate is part of the address.
  ['estate', `(?:${HOUSE_NUMBER},?\\s+)?(?:${NAME_WORD}\\s+){1,4}(?:${ESTATE_WORD})\\b` + `|(?:${MALAY_ESTATE_WORD})\\.?\\s+(?:${MALAY_NAME})(?:\\s+(?:${MALAY_NAME})){0,2}`],
  // Abroad, the town and its postcode close an address: "Leeds LS6 2AQ", "Chicago, IL 60614", "Carlton VIC 3053", "Singapore 560456".
  // (Digits followed by a street are its house number: "basement suite, 2150 W 7th Ave".)
  [
    'postcode',
    `(?:${TOWN})?(?:${ABROAD_POSTCODE})|(?:(?:${TOWN})?\\d{6}|${TOWN}\\d{4}(?![-\\s]\\d{3,4}[-\\s]\\d{3,4}))(?![\\d年月日号])\\b(?!${STREET_AFTER})(?![-\\s]\\d{4}(?![-\\s]?\\d))` +
      // Malaysia puts the postcode before the town, after a comma: ", 47300 Petaling Jaya".
      `|(?<=,\\s?)\\d{5}\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}(?!${STREET_AFTER})` +
      // Japan: "Tokyo 154-0024", "〒154-0024".
      `|${TOWN}\\d{3}-\\d{4}(?![\\d-])|${JAPANESE_POSTCODE}` +
      // The Netherlands: ", 1015 CX Amsterdam".
      `|(?<=,\\s?)\\d{4}\\s?[A-Z]{2}\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,1}` +
      `|${europeanPostcodeBeforeTown(NAME_WORD)}`,
  ],
  [
    'district',
    `(?:${NAME_WORD}\\s+){1,3}(?:${DISTRICT_WORD})\\b` +
      // A Philippine barangay is named after its word: "Barangay San Isidro", "Brgy. 143".
      `|(?:barangay|brgy)\\.?\\s+(?:\\d{1,4}\\b|${WORD}(?:\\s+${WORD}){0,2})` +
      // An Irish county is named after its word: "Co. Cork", "County Kildare".
      `|(?:co\\.|county)\\s*${WORD}` +
      // Japanese wards and cities ("Setagaya-ku"), Gulf areas ("Al Barsha", "Al Nahda 2").
      `|${JAPANESE_DISTRICT}|${gulfAreaForm(WORD)}`,
  ],
  ['place', `(?:${PLACES})\\b(?:\\s+(?:city|shi|province|sheng)\\b)?`],
  // A bare room number is a unit only when a building follows (1702, Tower A); building-entrance-flat
  // written number first (3-1-501 Jinxiu Garden) is one when a name follows.
  [
    'unit',
    `(?:[A-Z]-)?\\d{1,4}(?:-\\d{1,4}){1,2}(?=\\s*,?\\s*[A-Z][a-z])|\\d{3,5}(?=\\s*,?\\s*(?:tower|building|bldg|block|blk)\\b)|(?:room|rm|flat|unit|apt|apartment|suite|ste)\\.?\\s*(?:no\\.?\\s*)?#?\\s*[A-Za-z]?\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?\\b|#\\s?\\d{1,5}(?:-\\d{1,5})?\\b` +
      // A flat named by a letter, as in Hong Kong: "Flat B, 12/F".
      `|(?:flat|unit|rm|room)\\s+[A-H](?![A-Za-z0-9])` +
      // The part of a house that is the home, in North America and Australia: "basement suite", "lower unit", "rear flat".
      `|(?:basement|lower|upper|rear|garden|ground(?:\\s+floor)?|main\\s+floor|granny|laneway|coach\\s+house)\\s+(?:suite|unit|flat|apartment|apt|level)\\b`,
  ],
  ['floor', `\\d{1,3}(?:st|nd|rd|th)?\\s*(?:floor|fl\\.?|\\/f|f)\\b|floor\\s*\\d{1,3}\\b`],
  ['building', `(?:building|bldg|tower|block|blk|entrance|gate|house|lane|villa|lot|plot|door|phase)\\.?\\s*(?:no\\.?\\s*)?#?\\s*(?:\\d{1,4}[A-Za-z]?|[A-Z]\\d{0,3})\\b`],
  ['number', `no\\.?\\s*\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?\\b`],
  ['country', `(?:p\\.?\\s?r\\.?\\s?)?china\\b|prc\\b|(?:${COUNTRY_ABROAD})\\b`],
  // A suburb, area or town named on its own between the parts ("9 Gandhi Road, Adyar, Chennai", "14 Kent St Perth"):
  // taken only inside an address, written with capitals, and not leading into a sentence (capitalised(), below).
  // (A number right after its words is the area's own: "Sector 2", "Phase 3", "Stage 1"; read as a stop,
  // it cut "HSR Layout Sector 2, Bengaluru 560102" off before its number, city and postcode.)
  ['locality', `${WORD}(?:\\s+${WORD}){0,2}(?:\\s+\\d{1,3}[A-Za-z]?(?![\\dA-Za-z]))?`],
];
/** A European street with its house number after it ("Hauptstr. 5", "Via Roma 3"): as numbered as "5 Main St". */
const NUMBER_AFTER_STREET = new RegExp(`^(?:${abroadStreetForms(NAME_WORD, HOUSE_NUMBER)})$(?<=\\d[a-z]?|bis|ter)`, 'i');
const COMPONENT = new RegExp(PATTERNS.map(([, p]) => `(?<![A-Za-z0-9])(${p})`).join('|'), 'gi');
/** Kinds that only continue an address: "China" or "200030" alone locate nothing. */
const CONTINUES_ONLY: Kind[] = ['postcode', 'country', 'locality'];

/**
 * A locality is a place's name only as written: each word with its capital, and not the start of a
 * sentence that goes on in lower case ("14 Kent St, Fridge still broken" keeps only the street).
 */
function isLocality(text: string, at: number, words: string): boolean {
  if (!words.split(/\s+/).every((w) => /^[A-Z]/.test(w) || /^\d/.test(w))) return false;
  return !/^\s+[a-z]/.test(text.slice(at + words.length));
}

const ENDS_IN_EVERYDAY_WORD = new RegExp(`\\s(?:${EVERYDAY_STREET_WORD})\\.?$`, 'i');
const POSTCODE_SOON = new RegExp(`^[\\s,]{1,3}(?:${TOWN})?(?:${ABROAD_POSTCODE})`, 'i');

/** A street named by an everyday word is one when its words are written with capitals, or a town and postcode follow ("5 willow vale, leeds ls6 4pt"). */
function everydayStreet(text: string, at: number, words: string): boolean {
  if (!ENDS_IN_EVERYDAY_WORD.test(words)) return true;
  const name = words.replace(/^(?:no\.?\s*)?\d\S*,?\s+/i, '');
  if (name.split(/\s+/).every((w) => /^[A-Z0-9]/.test(w))) return true;
  return POSTCODE_SOON.test(text.slice(at + words.length));
}

interface Chain {
  start: number;
  end: number;
  kinds: Kind[];
  numberedStreet: boolean;
  /** The last component's words: a town that closes an address ends it. */
  last: string;
}

function locatesAHome(chain: Chain): boolean {
  const fine = chain.kinds.includes('street') || chain.kinds.includes('estate');
  // A city alone does not narrow a street down ("Nanjing East Road, Shanghai" is also a shop's location).
  const area = chain.kinds.some((k) => k === 'district' || k === 'postcode');
  const numbered = chain.kinds.filter((k) => k === 'unit' || k === 'floor' || k === 'building' || k === 'number').length + (chain.numberedStreet ? 1 : 0);
  return (fine && (numbered > 0 || area)) || numbered >= 2;
}

export function findEnglishAddresses(text: string, options: AddressOptions = {}): AddressMatch[] {
  const found: AddressMatch[] = [];
  let chain: Chain | undefined;
  const close = () => {
    // A full stop ends the sentence, not the address, unless it ends an abbreviation (Rd.).
    const raw = text
      .slice(chain?.start, chain?.end)
      .replace(/[\s,]+$/, '')
      .replace(/(?<!\b(?:rd|st|ave|ln|blvd|dr|no|apt|rm|bldg|blk|ste|fl))\.$/i, '');
    if (chain && (locatesAHome(chain) || options.partial)) found.push({ raw, index: chain.start });
    chain = undefined;
  };
  for (const m of text.matchAll(COMPONENT)) {
    const kind = PATTERNS[m.slice(1).findIndex((g) => g !== undefined)]![0];
    // "block b" in lower case is prose; a building letter is written as a capital (Block B).
    if (kind === 'building' && /\s[a-z]$/.test(m[0])) continue;
    if (kind === 'locality' && !isLocality(text, m.index, m[0])) continue;
    if (kind === 'street' && !everydayStreet(text, m.index, m[0])) continue;
    // "the tyre went flat a week ago": a flat named by a letter is written as a capital (Flat B).
    if (kind === 'unit' && /^(?:flat|unit|rm|room)\s+[a-z]$/i.test(m[0]) && /[a-z]$/.test(m[0])) continue;
    // "(604) 555-0178 basement suite": digits and dashes after an area code are a phone, and a
    // building-entrance-flat number is followed by a name written with its capital (3-1-501 Jinxiu Garden).
    // (Nine digits or more in dashed groups are a phone however written: "090-2345-6789".)
    if (kind === 'unit' && /^\d+(?:-\d+)+$/.test(m[0]) && m[0].replace(/\D/g, '').length >= 9) continue;
    if (kind === 'unit' && /^\d+(?:-\d+)+$/.test(m[0]) && (/(?:\)|\d)\s*$/.test(text.slice(0, m.index)) || !/^\s*,?\s*[A-Z]/.test(text.slice(m.index + m[0].length)))) continue;
    const start = m.index;
    const end = start + m[0].replace(/[\s,]+$/, '').length;
    // ("Unit 12/85 Chapel St": a slash joins the flat to the street number.)
    const joins = chain !== undefined && /^(?:[\s,;]*|\/)$/.test(text.slice(chain.end, start));
    // After the postcode, or a town that ends an address there, capitalised words are the customer's name
    // ("…, 10435 Berlin, Jonas Richter", "…, Dubai, Omar Khalid"); only a country may still follow.
    // (One word after a postcode is still its state or region: "40400 Shah Alam, Selangor".)
    const closed = chain !== undefined && ((chain.kinds.at(-1) === 'postcode' && /\s/.test(m[0].trim())) || CLOSING_TOWN.test(chain.last.replace(/^[\s,]+|[\s,]+$/g, '')));
    if (joins && closed && kind === 'locality') {
      close();
      continue;
    }
    if (joins) {
      chain!.end = end;
      chain!.kinds.push(kind);
      chain!.last = m[0];
    } else {
      close();
      if (!CONTINUES_ONLY.includes(kind))
        chain = {
          start,
          end,
          kinds: [kind],
          last: m[0],
          numberedStreet: (kind === 'street' || kind === 'estate') && (/^(?:no\.?\s*)?\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)?[\s,]/i.test(m[0]) || NUMBER_AFTER_STREET.test(m[0])),
        };
    }
  }
  close();
  return found;
}
