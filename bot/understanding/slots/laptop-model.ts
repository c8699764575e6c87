/**
 * Laptop models as makers print them: a product line and its number ("MateBook 14", "ThinkPad
 * T14s", "Inspiron 15-3520") or a code straight after the maker that starts with digits ("HP
 * 15s-fq5111TU", "Acer A515-56"). Customers abroad gave them plainly and the model question came
 * back: the appliance-code reader wants capitals first, and a line word stood between brand and code.
 */
import { findBrands } from '../../../kernel/lexicon/brands';

/** Laptop lines; the English words among them (Envy, Swift, Yoga) count only after their maker. */
const LINES_ALONE = ['matebook', 'magicbook', 'redmibook', 'macbook(?:\\s+(?:air|pro))?', 'thinkpad', 'thinkbook', 'ideapad', 'inspiron', 'vivobook', 'zenbook', 'elitebook', 'probook', 'chromebook'];
const LINES_AFTER_MAKER = ['pavilion', 'envy', 'spectre', 'omen', 'victus', 'latitude', 'vostro', 'xps', 'alienware', 'aspire', 'swift', 'nitro', 'predator', 'yoga', 'legion', 'rog', 'tuf'];

/** A code after a maker, digits first: "15s-fq5111TU", "14-dq2055", "15-3520" (a dash and a letter or more digits make it a code, not a size). */
const DIGIT_FIRST_CODE = '\\d{1,3}[A-Za-z]{0,3}-[A-Za-z0-9]*\\d[A-Za-z0-9]*(?:[-\\/][A-Za-z0-9]+)*';
/** What follows a line word: a code, or the line's number with its letters ("14", "T14s", "X1", "D15", "5 Pro"). */
const AFTER_LINE = `(?:${DIGIT_FIRST_CODE}|[A-Za-z]{0,3}\\d{1,4}[A-Za-z]{0,3}(?:-[A-Za-z0-9]+)*(?:\\s+(?:pro|plus|air|carbon|ultra|gen\\s?\\d{1,2}))?)(?![A-Za-z0-9])`;

const LINE_ALONE = new RegExp(`(?<![A-Za-z0-9])(${LINES_ALONE.join('|')})\\s*(${AFTER_LINE})`, 'i');
const AFTER_MAKER = new RegExp(`^\\s{0,2}(?:(${[...LINES_ALONE, ...LINES_AFTER_MAKER].join('|')})\\s*)?(${DIGIT_FIRST_CODE}|${AFTER_LINE})`, 'i');

/** Sizes, capacities and times are not a model: "14 inch", "15 days", "16GB". */
const UNIT_AFTER = /^\s?(?:inch|in\b|"|”|寸|gb|tb|mah|w\b|days?|weeks?|months?|years?|hours?|mins?|天|个月|年)/i;

export interface LaptopModel {
  model: string;
  index: number;
}

/** "matebook" → "MateBook": the line as its maker writes it, for the ticket and the summary. */
const LINE_NAMES: Record<string, string> = {
  matebook: 'MateBook',
  magicbook: 'MagicBook',
  redmibook: 'RedmiBook',
  macbook: 'MacBook',
  thinkpad: 'ThinkPad',
  thinkbook: 'ThinkBook',
  ideapad: 'IdeaPad',
  vivobook: 'Vivobook',
  zenbook: 'Zenbook',
  elitebook: 'EliteBook',
  probook: 'ProBook',
  xps: 'XPS',
  rog: 'ROG',
  tuf: 'TUF',
};

function lineName(raw: string): string {
  const [first, ...rest] = raw.trim().split(/\s+/);
  const key = first!.toLowerCase();
  const name = LINE_NAMES[key] ?? key[0]!.toUpperCase() + key.slice(1);
  return [name, ...rest.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())].join(' ');
}

/** "t14s" → "T14s", "d15" → "D15": the letters in front of a line's number are printed as capitals. */
function named(line: string | undefined, code: string): string {
  const printed = code.replace(/\s+/g, ' ').replace(/^[a-z]{1,3}(?=\d)/, (l) => l.toUpperCase());
  return line ? `${lineName(line)} ${printed}` : printed;
}

/** The earliest laptop model in the text: after a maker (with or without its line), or after a line word alone. */
export function readLaptopModel(text: string): LaptopModel | undefined {
  const found: LaptopModel[] = [];
  for (const b of findBrands(text)) {
    const at = b.index + b.text.length;
    const m = AFTER_MAKER.exec(text.slice(at));
    if (!m || UNIT_AFTER.test(text.slice(at + m[0].length))) continue;
    // Without a line word, only a digits-first code is a laptop's (a bare "Dell 15" is a size or a count).
    if (!m[1] && !new RegExp(`^${DIGIT_FIRST_CODE}$`).test(m[2]!)) continue;
    found.push({ model: named(m[1], m[2]!), index: at + m[0].search(/\S/) });
  }
  const alone = LINE_ALONE.exec(text);
  if (alone && !UNIT_AFTER.test(text.slice(alone.index + alone[0].length))) found.push({ model: named(alone[1], alone[2]!), index: alone.index });
  return found.sort((a, b) => a.index - b.index)[0];
}
