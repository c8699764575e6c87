/**
 * The country a message points at, for reading a phone number written as it is dialled there
 * ("07700 900418" beside a UK postcode, "9123 4567" beside "Singapore 560456"). Read from the
 * address's own shape (postcodes, state and ZIP) and from place names. Part of the one phone
 * definition (phone-numbers.ts); it only guesses a region, the number is read by libphonenumber.
 */
import type { CountryCode } from 'libphonenumber-js/max';

/** A place's signs in text, with the region its phones belong to. Postcode shapes first: they are the surest. */
const REGION_SIGNS: [RegExp, CountryCode][] = [
  // UK postcode: SW1A 1AA, M1 1AE, EH8 9YL (the inward part's letters never include C, I, K, M, O, V).
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b/, 'GB'],
  // US state and ZIP: "IL 60614", "CA 94103-1234".
  [/\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\s+\d{5}(?:-\d{4})?\b/, 'US'],
  // Canadian province and postal code: "ON M5V 2T6".
  [/\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/, 'CA'],
  // A Canadian postal code alone: "V6K 1X8" (first letters never D, F, I, O, Q, U, W, Z; it cannot be read as a UK one).
  [/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/, 'CA'],
  // Australian state and postcode: "NSW 2000", "VIC 3121".
  [/\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT),?\s+\d{4}\b/, 'AU'],
  // Irish Eircode: "D02 X285", "T12 AB34" (routing key, then four of a letter set without B, G, I, J, L, M, O, Q, S, U, Z).
  // (At least one letter in the last four, so a display code and a number, "E12 0571…", are not taken for one.)
  [/\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b/, 'IE'],
  // Hong Kong has no postcode: its districts and areas say it ("Kwun Tong", "Sha Tin, NT", 九龙).
  [
    /\b(?:hong\s?kong|kowloon|new territories|kwun tong|sha tin|shatin|tsuen wan|tuen mun|yuen long|tai po|mong kok|tsim sha tsui|causeway bay|wan chai|quarry bay|tseung kwan o|sai kung|kwai chung|kwai fong|sham shui po|lai chi kok|north point|tai koo|taikoo shing|happy valley|tung chung|ma on shan|fanling|sheung shui|hung hom|to kwa wan|tin shui wai|discovery bay|mid-levels|sheung wan|kennedy town|chai wan|shau kei wan|aberdeen,?\s+hong\s?kong|ap lei chau|tsing yi|wong tai sin|diamond hill|kowloon bay|kowloon tong|ho man tin|yau ma tei|jordan,?\s+kowloon)\b|香港|九龙|九龍|新界|港岛|港島/i,
    'HK',
  ],
  [
    /\b(?:uk|u\.k\.|united kingdom|great britain|britain|british(?!\s+columbia)|england|scotland|wales|london|manchester|birmingham|edinburgh|glasgow|liverpool|leeds|bristol)\b|英国|伦敦|曼彻斯特|伯明翰|爱丁堡/i,
    'GB',
  ],
  [
    /\b(?:usa|u\.s\.a?\.|united states|america|american|new york|california|texas|chicago|seattle|boston|los angeles|san francisco|san diego|san jose|houston|austin|dallas|miami|atlanta|denver|phoenix|philadelphia|arizona|florida|ohio|michigan|illinois|pennsylvania|new jersey|north carolina|colorado|nevada|oregon|utah|minnesota|wisconsin|tennessee|missouri|indiana|kentucky|louisiana|oklahoma|alabama|massachusetts|maryland|connecticut|las vegas|tucson|orlando|tampa|detroit|portland|nashville)\b|美国|纽约|加州|洛杉矶|旧金山|西雅图|波士顿|芝加哥|休斯顿|俄亥俄|德州/i,
    'US',
  ],
  [/\b(?:canada|canadian|toronto|vancouver|montreal|calgary|ottawa|edmonton|winnipeg|british columbia|ontario|alberta|quebec)\b|加拿大|温哥华|多伦多|蒙特利尔|卡尔加里|渥太华/i, 'CA'],
  [/\b(?:australia|australian|aussie|sydney|melbourne|brisbane|perth|adelaide|hobart|canberra|gold coast|queensland|new south wales|tasmania)\b|澳洲|澳大利亚|悉尼|墨尔本/i, 'AU'],
  [/\b(?:new zealand|auckland|wellington|christchurch|dunedin|tauranga|napier|lower hutt|queenstown)\b|新西兰/i, 'NZ'],
  [/\b(?:ireland|irish|dublin|cork|galway|limerick)\b|爱尔兰/i, 'IE'],
  [/\b(?:india|indian|mumbai|delhi|bengaluru|bangalore|chennai|hyderabad|kolkata|pune|ahmedabad|gurugram|gurgaon|noida|kochi)\b|印度|孟买|新德里|德里|班加罗尔|金奈|海得拉巴/i, 'IN'],
  [/\b(?:philippines|filipino|manila|quezon city|makati|pasig|taguig|cebu|davao|barangay|brgy)\b|菲律宾|马尼拉|宿务|奎松/i, 'PH'],
  [/\bsingapore\b|新加坡|狮城/i, 'SG'],
  // Malaysia by its states and larger towns, and by the street and estate words its addresses lead with (Jalan, Taman, Lorong).
  [
    /\b(?:malaysia|malaysian|kuala lumpur|penang|selangor|petaling jaya|shah alam|subang jaya|puchong|cheras|klang|bangsar|mont kiara|putrajaya|cyberjaya|seremban|negeri sembilan|johor|johor bahru|ipoh|perak|melaka|malacca|kedah|kelantan|terengganu|pahang|kuantan|sabah|kota kinabalu|sarawak|kuching|jalan|jln|taman|tmn|lorong|persiaran)\b|马来西亚|吉隆坡/i,
    'MY',
  ],
  [
    /\b(?:south africa|south african|johannesburg|joburg|jozi|cape town|durban|pretoria|tshwane|sandton|soweto|centurion|midrand|randburg|roodepoort|port elizabeth|gqeberha|bloemfontein|east london|pietermaritzburg|stellenbosch|umhlanga|gauteng|kwazulu-natal|western cape|eastern cape|free state|limpopo|mpumalanga)\b|南非|约翰内斯堡|开普敦/i,
    'ZA',
  ],
  // (A ward written the Japanese way, "Setagaya-ku", says Japan too.)
  // (Chinese names as the normal form writes them, traditional folded: 東京 is 东京. 京都 not inside 北京都.)
  [/\b(?:japan|japanese|tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|kobe)\b|\b[a-z]+-ku\b|〒|日本|东京|大阪|(?<!北)京都|横滨|名古屋|札幌|福冈|神户|冲绳/i, 'JP'],
  [/\b(?:korea|korean|seoul)\b|韩国|首尔|釜山/i, 'KR'],
  // German towns, and a street written the German way ("Lindenstraße", "Hauptstr.").
  [
    /\b(?:germany|german|berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|dusseldorf|leipzig|dresden|hannover|nuremberg|nürnberg|bremen)\b|[a-zäöüß](?:straße|strasse|str\.)(?![a-z])|德国|柏林|慕尼黑/i,
    'DE',
  ],
  [/\b(?:france|french|paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg)\b|法国/i, 'FR'],
  [/\b(?:south africa|johannesburg|cape town|durban|pretoria|soweto)\b|南非/i, 'ZA'],
  [/\b(?:nigeria|lagos|abuja|ibadan|port harcourt)\b|尼日利亚/i, 'NG'],
  [/\b(?:kenya|nairobi|mombasa|kisumu)\b|肯尼亚/i, 'KE'],
  [/\b(?:uae|u\.a\.e\.|united arab emirates|emirates|dubai|abu dhabi|sharjah)\b|阿联酋|迪拜|阿布扎比/i, 'AE'],
  [/\b(?:saudi arabia|riyadh|jeddah)\b|沙特/i, 'SA'],
  [/\b(?:qatar|doha)\b|卡塔尔/i, 'QA'],
  [/\b(?:netherlands|amsterdam|rotterdam)\b|荷兰/i, 'NL'],
  [/\b(?:spain|madrid|barcelona)\b|西班牙/i, 'ES'],
  [/\b(?:italy|rome|milan)\b|意大利/i, 'IT'],
];

/** The region the text's address or place names point at, or undefined when it names none. */
export function regionNamedIn(text: string | undefined): CountryCode | undefined {
  if (!text) return undefined;
  for (const [sign, region] of REGION_SIGNS) if (sign.test(text)) return region;
  return undefined;
}
