/**
 * Letters from other scripts that look like Latin ones. A model (or a poisoned passage) that
 * writes "rеfund" with a Cyrillic е or "раypal" with Cyrillic р and а reads as the Latin word to
 * a person and as something else to a regular expression; every claim check folds them first.
 * Only look-alikes are listed: real Cyrillic or Greek words are not the product's languages, so
 * folding them costs nothing.
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ь: 'b',
  п: 'n',
  г: 'r',
  д: 'd',
  л: 'n',
  и: 'u',
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ԝ: 'W',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  η: 'n',
  μ: 'u',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Latin-like symbols and letters from elsewhere
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
};
const PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/** The text with every look-alike letter replaced by the Latin letter it imitates. */
export function foldConfusables(text: string): string {
  return text.replace(PATTERN, (ch) => LOOK_ALIKES[ch] ?? ch);
}
