/**
 * The customer's clock, for saying our desk's China-time hours and promises in their own time too
 * (bot/times-for-country.ts). A country on one clock gives its zone outright; a country spread over
 * several (the US, Canada, Australia...) gives one only when a state, province or city is named:
 * guessing Toronto's clock for a customer in Vancouver would be a wrong promise, worse than none.
 * Zones are IANA names; every offset, and summer time, comes from Intl.
 */
import type { CountryCode } from 'libphonenumber-js/max';

/** Countries whose whole population is on one clock. */
const ONE_ZONE: Partial<Record<CountryCode, string>> = {
  AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh',
  QA: 'Asia/Qatar',
  KW: 'Asia/Kuwait',
  BH: 'Asia/Bahrain',
  OM: 'Asia/Muscat',
  IL: 'Asia/Jerusalem',
  TR: 'Europe/Istanbul',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  IT: 'Europe/Rome',
  CH: 'Europe/Zurich',
  AT: 'Europe/Vienna',
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  DK: 'Europe/Copenhagen',
  FI: 'Europe/Helsinki',
  PL: 'Europe/Warsaw',
  CZ: 'Europe/Prague',
  GR: 'Europe/Athens',
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  PH: 'Asia/Manila',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  IN: 'Asia/Kolkata',
  PK: 'Asia/Karachi',
  BD: 'Asia/Dhaka',
  LK: 'Asia/Colombo',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  ZA: 'Africa/Johannesburg',
  NG: 'Africa/Lagos',
  KE: 'Africa/Nairobi',
  GH: 'Africa/Accra',
  EG: 'Africa/Cairo',
  NZ: 'Pacific/Auckland',
  HK: 'Asia/Hong_Kong',
  MO: 'Asia/Macau',
  TW: 'Asia/Taipei',
  CN: 'Asia/Shanghai',
};

/** Places in countries on several clocks, with the zone they keep. Longer names first where one holds another ("west virginia"). */
const PLACE_ZONES: [RegExp, CountryCode, string][] = [
  // United States
  [
    /\b(?:new york|nyc|brooklyn|boston|massachusetts|philadelphia|pennsylvania|new jersey|connecticut|maryland|baltimore|washington,? d\.?c\.?|virginia|north carolina|south carolina|charlotte|georgia|atlanta|florida|miami|orlando|tampa|jacksonville|ohio|columbus|cleveland|cincinnati|michigan|detroit|indiana|indianapolis|kentucky|louisville|maine|vermont|new hampshire|rhode island|delaware|pittsburgh)\b|纽约|波士顿|费城|佛罗里达|迈阿密/i,
    'US',
    'America/New_York',
  ],
  [
    /\b(?:chicago|illinois|texas|houston|dallas|austin|san antonio|minnesota|minneapolis|wisconsin|milwaukee|missouri|st\.? louis|kansas city|iowa|tennessee|nashville|memphis|louisiana|new orleans|oklahoma|alabama|mississippi|arkansas|nebraska)\b|芝加哥|德州|得克萨斯|休斯顿|达拉斯/i,
    'US',
    'America/Chicago',
  ],
  [/\b(?:denver|colorado|utah|salt lake city|new mexico|albuquerque|montana|wyoming|idaho|boise)\b|丹佛/i, 'US', 'America/Denver'],
  [/\b(?:arizona|phoenix|tucson|scottsdale|mesa)\b|亚利桑那|凤凰城/i, 'US', 'America/Phoenix'],
  [
    /\b(?:california|los angeles|san francisco|san diego|san jose|sacramento|bay area|silicon valley|seattle|washington state|oregon|portland,? (?:or|oregon)|nevada|las vegas)\b|加州|洛杉矶|旧金山|湾区|西雅图|拉斯维加斯/i,
    'US',
    'America/Los_Angeles',
  ],
  [/\b(?:alaska|anchorage)\b/i, 'US', 'America/Anchorage'],
  [/\b(?:hawaii|honolulu)\b|夏威夷/i, 'US', 'Pacific/Honolulu'],
  // Canada
  [/\b(?:toronto|ontario|ottawa|mississauga|markham|richmond hill|montreal|quebec|laval)\b|多伦多|渥太华|蒙特利尔|安大略|魁北克/i, 'CA', 'America/Toronto'],
  [/\b(?:vancouver|british columbia|burnaby|richmond,? bc|surrey,? bc|victoria,? bc)\b|温哥华|卑诗|不列颠哥伦比亚/i, 'CA', 'America/Vancouver'],
  [/\b(?:calgary|edmonton|alberta)\b|卡尔加里|埃德蒙顿|阿尔伯塔/i, 'CA', 'America/Edmonton'],
  [/\b(?:winnipeg|manitoba)\b/i, 'CA', 'America/Winnipeg'],
  [/\b(?:halifax|nova scotia|new brunswick)\b/i, 'CA', 'America/Halifax'],
  // Australia
  [/\b(?:sydney|new south wales|nsw|canberra|melbourne|victoria,? (?:australia|au)|hobart|tasmania)\b|悉尼|墨尔本|堪培拉/i, 'AU', 'Australia/Sydney'],
  [/\b(?:brisbane|queensland|qld|gold coast)\b|布里斯班|黄金海岸/i, 'AU', 'Australia/Brisbane'],
  [/\b(?:adelaide|south australia)\b|阿德莱德/i, 'AU', 'Australia/Adelaide'],
  [/\b(?:perth|western australia)\b|珀斯/i, 'AU', 'Australia/Perth'],
  [/\b(?:darwin)\b/i, 'AU', 'Australia/Darwin'],
  // Spain and Portugal keep their islands on other clocks.
  [/\b(?:madrid|barcelona|valencia|seville|sevilla)\b|马德里|巴塞罗那/i, 'ES', 'Europe/Madrid'],
  [/\b(?:lisbon|lisboa|porto)\b|里斯本/i, 'PT', 'Europe/Lisbon'],
  // Others on several clocks, by their largest cities.
  [/\b(?:moscow|saint petersburg|st\.? petersburg)\b|莫斯科|圣彼得堡/i, 'RU', 'Europe/Moscow'],
  [/\b(?:jakarta|bandung|surabaya)\b|雅加达/i, 'ID', 'Asia/Jakarta'],
  [/\b(?:mexico city|guadalajara|monterrey)\b|墨西哥城/i, 'MX', 'America/Mexico_City'],
  [/\b(?:são paulo|sao paulo|rio de janeiro)\b|圣保罗/i, 'BR', 'America/Sao_Paulo'],
];

/** A zone named by the place this text gives (an address, "I'm in Ohio"), within `country` when that is known. */
export function timeZoneNamedIn(text: string | undefined, country?: string): { country: CountryCode; timeZone: string } | undefined {
  if (!text) return undefined;
  const found = PLACE_ZONES.find(([place, in_]) => (!country || country === in_) && place.test(text));
  return found && { country: found[1], timeZone: found[2] };
}

/**
 * The customer's zone: the one their country keeps, else the one a place they named keeps (a zone
 * read for another country than the one now known is not theirs any more), else none.
 */
export function customerTimeZone(country: string | undefined, placeZone: string | undefined): string | undefined {
  if (!country) return undefined;
  const single = ONE_ZONE[country as CountryCode];
  if (single) return single;
  return PLACE_ZONES.some(([, in_, zone]) => in_ === country && zone === placeZone) ? placeZone : undefined;
}
