/**
 * Ticket numbers customers see: AS-<YYYYMMDD>-<XXXX>-<XXXC>, dated in the desk's own time zone,
 * with seven random characters and a check character.
 *
 * Why random: numbers that count up (the old AS-20261124-0001 form) let anyone who files one
 * ticket learn every other number of the day. Seven characters of Crockford's base32 give 2^35
 * numbers per day, so a number cannot be guessed; the check character (Luhn mod 32, over the date
 * and the random part) catches a mistyped character or two swapped neighbours before anything is
 * looked up, so a typo is told apart from a number that does not exist.
 *
 * Crockford's alphabet has no I, L, O or U: a customer reading a number out or copying it by hand
 * cannot confuse 1 with I or 0 with O, and when they do anyway the reader maps them back.
 *
 * Numbers filed before this change (AS-YYYYMMDD-NNNN) are still read and found.
 */
import { randomInt } from 'node:crypto';

// Building a formatter costs ~0.2 ms (more than the whole SQLite insert it numbers): keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dayKey(at: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

/** The day a ticket filed at `at` is numbered and counted under: YYYYMMDD in the desk's time zone. */
export function filingDay(at: Date, timeZone: string): string {
  return dayKey(at, timeZone).replaceAll('-', '');
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 7;

/** Both forms, as stored: AS-20261124-7KQ4-M9XD (current) and AS-20261124-0001 (before random numbers). */
export const TICKET_NUMBER_PATTERN = /^AS-\d{8}-(?:[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}|\d{4,})$/;
/** A valid number to show customers as an example (its check character is right; a test holds it). */
export const TICKET_NUMBER_EXAMPLE = 'AS-20261201-7KQ4-M9XC';

/** Luhn mod 32 over the character values: catches any one wrong character and most swaps of neighbours. */
function checkCharFor(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(payload[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

/** A new number for a ticket filed on `day` (YYYYMMDD). */
export function newTicketNumber(day: string, random: (max: number) => number = randomInt): string {
  if (!/^\d{8}$/.test(day)) throw new Error(`expected a day as YYYYMMDD, got "${day}"`);
  let body = '';
  for (let i = 0; i < RANDOM_CHARS; i++) body += ALPHABET[random(32)];
  const suffix = body + checkCharFor(day + body);
  return `AS-${day}-${suffix.slice(0, 4)}-${suffix.slice(4)}`;
}

/** Letters a person may write for a Crockford character: o/O for 0, i/I/l/L for 1. */
function crockford(text: string): string {
  return text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether a current-form number's check character is right (old numbers have none and pass). */
export function ticketNumberChecks(number: string): boolean {
  const m = /^AS-(\d{8})-([0-9A-Z]{4})-([0-9A-Z]{4})$/.exec(number);
  if (!m) return TICKET_NUMBER_PATTERN.test(number);
  const body = m[2]! + m[3]!;
  if ([...body].some((c) => !ALPHABET.includes(c))) return false;
  return checkCharFor(m[1]! + body.slice(0, RANDOM_CHARS)) === body[RANDOM_CHARS];
}

// How customers write a number: any case, the dashes left out or replaced by spaces or other
// dashes (－ — –), the two groups run together; dictated by voice input, a dash comes out as the
// word for it (杠, 横杠) with spaces around.
const SEP = String.raw`(?:\s*(?:[\-_－—–]|杠|横杠|横)\s*|\s)?`;
const CURRENT_IN_TEXT = new RegExp(String.raw`(?<![A-Za-z0-9])AS${SEP}(\d{8})${SEP}([0-9A-Za-z]{4})${SEP}([0-9A-Za-z]{4})(?![A-Za-z0-9])`, 'i');
// The old counter form (AS-20261124-0001) is read with the same separators, so "AS 20261124 0001"
// and "AS杠20261124杠0001" are found as well as the stored form.
const LEGACY_IN_TEXT = new RegExp(String.raw`(?<![A-Za-z0-9])AS${SEP}(\d{8})${SEP}(\d{4,})(?![0-9])`, 'i');
// Copied from an SMS without its "AS-" (or with "A5" for "AS"): the date and the two groups, with a
// separator after the date so a run of digits is not taken for one. Read only when the check
// character is right, so an order or phone number is never mistaken for a ticket.
const WITHOUT_PREFIX_IN_TEXT = new RegExp(String.raw`(?<![A-Za-z0-9])(?:A5${SEP})?(20\d{6})[\s\-_－—–]([0-9A-Za-z]{4})${SEP}([0-9A-Za-z]{4})(?![A-Za-z0-9])`, 'i');

export interface TicketNumberMention {
  /** In the stored form (AS-20261124-7KQ4-M9XD), whether or not its check character is right. */
  number: string;
  /** False when a character was mistyped: the number is not looked up. */
  valid: boolean;
  index: number;
  /** Exactly as written. */
  written: string;
}

/** The first ticket number in a customer's text, in either form. */
export function findTicketNumber(text: string): TicketNumberMention | undefined {
  const current = CURRENT_IN_TEXT.exec(text);
  if (current) {
    const suffix = crockford(current[2]! + current[3]!);
    const number = `AS-${current[1]}-${suffix.slice(0, 4)}-${suffix.slice(4)}`;
    const valid = ticketNumberChecks(number);
    // AS-20261124-00012345 (eight digits, no dash between) with a wrong check character is an old counter number instead.
    const legacy = !valid ? LEGACY_IN_TEXT.exec(current[0]) : null;
    if (!legacy || legacy[0].length !== current[0].length) return { number, valid, index: current.index, written: current[0] };
  }
  const legacy = LEGACY_IN_TEXT.exec(text);
  if (legacy) return { number: `AS-${legacy[1]}-${legacy[2]}`, valid: true, index: legacy.index, written: legacy[0] };
  const bare = WITHOUT_PREFIX_IN_TEXT.exec(text);
  if (bare) {
    const suffix = crockford(bare[2]! + bare[3]!);
    const number = `AS-${bare[1]}-${suffix.slice(0, 4)}-${suffix.slice(4)}`;
    if (/[A-Z]/.test(suffix) && ticketNumberChecks(number)) return { number, valid: true, index: bare.index, written: bare[0] };
  }
  return undefined;
}

/** The stored form of a number a person typed, or undefined when it is not a ticket number. */
export function canonicalTicketNumber(text: string): string | undefined {
  const found = findTicketNumber(text.trim());
  return found && found.written.length === text.trim().length ? found.number : undefined;
}
