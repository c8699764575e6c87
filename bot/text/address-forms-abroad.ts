/**
 * Address forms of countries whose streets are not written the English way, as customers there
 * type them in English chat (part of the one address reader, address-en.ts):
 * - German-speaking and Dutch/Nordic streets, the kind glued to the name or after it, the house
 *   number after the street ("Lindenstraße 8", "Hauptstr. 5", "Am Mühlenweg 3", "Berliner Allee 17");
 *   not "-ring" or "-gade", which end English words too (bring, during, brigade);
 * - French, Spanish, Italian and Portuguese streets, the kind before the name ("12 Rue Saint-Denis",
 *   "45 avenue des Pins", "boulevard Voltaire 9", "Calle Mayor 14", "Via Roma 3");
 * - Japanese block numbers (chome-banchi-go) and wards ("2-15-8 Sangenjaya, Setagaya-ku", "〒154-0024");
 * - Gulf addresses named by area, villa and numbered street ("Al Nahda 2", "Villa 23, Street 12").
 * Testers' customers abroad gave these in one line with their phone and name; the address was not
 * read, asked again, and the repair form looped without filing.
 */

/** Letters of the Latin-script languages customers write from (ä, ß, é, ñ...), beside A-Z. */
export const LATIN_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ\\u0100-\\u017f';

/** Street kinds glued to the end of the name (Lindenstraße, Hauptstr., Mühlenweg, Keizersgracht). */
const GLUED_STREET_KIND = 'straße|strasse|str\\.|weg|allee|platz|gasse|damm|ufer|chaussee|steig|pfad|straat|laan|gracht|plein|gatan|gata|vägen|vej|veien';
/** The same kinds as words of their own after the name ("Berliner Straße", "Am Alten Weg"). */
const SEPARATE_STREET_KIND = 'straße|strasse|str\\.|weg|allee|platz|gasse|damm|ufer|chaussee|straat|laan';
/** Street kinds before the name (rue, avenida, via...); "avenue" only with a number, as it is English too. */
const KIND_FIRST_STREET =
  'ul\\.|ulica|rue|boulevard|bd\\.?|blvd\\.?|chemin|allée|allee|impasse|quai|cours|place|route|avenue|av\\.|calle|c\\/|avenida|avda\\.?|paseo|carrer|rambla|carrera|via|viale|piazza|corso|largo|rua|travessa|praça|praca|alameda';
/** Small words inside such names: "rue de la Paix", "avenue des Pins", "Calle del Sol", "Via dei Mille". */
const PARTICLE = "(?:de|de la|des|du|d'|l'|la|le|les|del|de los|de las|el|los|las|di|dei|della|delle|da|do|dos|das)";
/** German streets may open with a preposition and article: "Am Mühlenweg", "Auf der Heide", "Zur Linde". */
const GERMAN_LEAD = '(?:am|an der|an den|auf der|auf dem|im|in der|zum|zur|unter den|hinter der|hinter dem)';
/** A house number after its street: "12", "5a", "14-16", "12 bis". */
const NUMBER_AFTER = '\\d{1,4}(?:\\s?[a-z](?![a-z]))?(?:-\\d{1,4})?(?:\\s+(?:bis|ter))?';

/**
 * Streets of Europe and the Latin world, given a name word pattern and the English house number
 * pattern of the reader. A glued kind needs its house number after it; a kind-first street needs a
 * house number on one side, or a kind word no English sentence uses (rue, calle, via...).
 */
export function abroadStreetForms(nameWord: string, houseNumber: string): string {
  const letter = `[${LATIN_LETTER}]`;
  // (A German street may carry an adjective of place before it: "Landstraßer Hauptstraße", "Alter Mühlweg".)
  const glued = `(?:${GERMAN_LEAD}\\s+|${letter}[${LATIN_LETTER}]+er\\s+)?${letter}[${LATIN_LETTER}'-]*(?:${GLUED_STREET_KIND})(?![${LATIN_LETTER}])\\.?\\s*,?\\s*${NUMBER_AFTER}\\b`;
  const separate = `(?:${nameWord}\\s+){1,2}(?:${SEPARATE_STREET_KIND})(?![${LATIN_LETTER}])\\.?\\s*,?\\s*${NUMBER_AFTER}\\b`;
  const name = `(?:${PARTICLE}\\s*)?${nameWord}(?:\\s+(?:${PARTICLE}\\s*)?${nameWord}){0,2}`;
  const kindFirstNumbered = `${houseNumber},?\\s+(?:${KIND_FIRST_STREET})\\s+${name}|(?:${KIND_FIRST_STREET})\\s+${name},?\\s+${NUMBER_AFTER}\\b`;
  const kindFirstPlain = `(?:rue|boulevard|chemin|impasse|calle|avenida|carrer|viale|piazza|corso|rua|travessa|praça|praca)\\s+${name}`;
  return [glued, separate, kindFirstNumbered, kindFirstPlain].join('|');
}

/**
 * A Japanese block address, chome-banchi-go, before or after its neighbourhood: "2-15-8 Sangenjaya",
 * "Sangenjaya 2-15-8", "1-chome 4-3". Taken as a street: it is the part of the address that finds the house.
 */
export const JAPANESE_BLOCK = '\\d{1,2}(?:-chome|\\s?chome)?-\\d{1,4}(?:-\\d{1,4})?(?=\\s*,?\\s*[A-Za-z])(?![\\d-])';

/** Japanese wards, cities, towns and prefectures as written in English: "Setagaya-ku", "Kawasaki-shi", "Kanagawa-ken". */
export const JAPANESE_DISTRICT = '[A-Za-z]+-(?:ku|shi|cho|machi|mura|gun|ken|fu)\\b';

/** A Japanese postcode: "154-0024" after its town, or with its mark "〒154-0024". */
export const JAPANESE_POSTCODE = '〒\\s?\\d{3}-\\d{4}(?![\\d-])';

/** Gulf areas are named with their article and often a number ("Al Nahda 2", "Umm Suqeim 3", "Jumeirah Village"). */
export function gulfAreaForm(word: string): string {
  return `(?:al|el|umm|bur|ras\\s+al)[\\s-]+${word}(?:\\s+\\d{1,2}(?![\\d/-]))?`;
}

/** A street named by its number, as in the Gulf and much of Asia: "Street 12", "St. 7B", "Road 3". */
export const NUMBERED_STREET = '(?:street|st\\.?|road|rd\\.?|sikka|sikkat)\\s*(?:no\\.?\\s*)?\\d{1,4}[A-Za-z]?\\b(?!\\s*(?:st|nd|rd|th)\\b)';

/** Countries written after the town ("…, 10435 Berlin, Germany"): the only words that may still follow a postcode. */
export const COUNTRY_ABROAD =
  'germany|deutschland|austria|switzerland|france|spain|italy|portugal|netherlands|belgium|japan|u\\.?a\\.?e\\.?|united arab emirates|saudi arabia|qatar|kuwait|oman|bahrain';

/**
 * Towns that close an address where no postcode is written (the Gulf) or after the postcode (Japan):
 * capitalised words after them are the customer's name ("…, Dubai, Omar Khalid"), not a locality.
 */
export const CLOSING_TOWN = /^(?:dubai|abu dhabi|sharjah|ajman|al ain|doha|riyadh|jeddah|dammam|kuwait city|muscat|manama|tokyo|osaka|kyoto|yokohama)$/i;

/**
 * Postcodes of continental Europe written before the town, after a comma: "8001 Zürich", "1060 Wien",
 * "2200 København" (four digits), "111 43 Stockholm", "00-590 Warszawa", "1100-053 Lisboa".
 */
export function europeanPostcodeBeforeTown(nameWord: string): string {
  return `(?<=,\\s?)(?:\\d{4}|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3})\\s+${nameWord}(?:\\s+${nameWord})?`;
}
