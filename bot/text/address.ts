/**
 * Postal addresses in free text, Chinese (address-zh.ts) and English (address-en.ts). Used by the
 * address slot and by redaction, so what the bot understands as an address is also what it hides.
 * Runs on normalised text (NFKC: full-width commas and spaces are already half-width).
 */
import { findEnglishAddresses } from './address-en';
import { findChineseAddresses, type AddressMatch, type AddressOptions } from './address-zh';
import { copyEach, RecentReadings } from '../../kernel/text/recent-readings';

export type { AddressMatch, AddressOptions };

/** Addresses that locate a home; with `partial`, any run of address components (an answer: "Tower 3", 天河区棠下). */
export function findAddresses(text: string, options: AddressOptions = {}): AddressMatch[] {
  return copyEach(ADDRESS_READINGS.get(`${options.partial ? 'p' : 'h'}:${text}`, () => scanAddresses(text, options)));
}

/** Phone numbers, redaction, error codes and the contact slots each look for the address of the same message. */
const ADDRESS_READINGS = new RecentReadings<AddressMatch[]>();

function scanAddresses(text: string, options: AddressOptions): AddressMatch[] {
  const all = [...findChineseAddresses(text, options), ...findEnglishAddresses(text, options)].sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  // Where the two readings overlap (an English address with a Chinese estate name), keep the longer.
  const kept: AddressMatch[] = [];
  for (const a of all) {
    const last = kept.at(-1);
    if (last && a.index < last.index + last.raw.length) {
      if (a.raw.length > last.raw.length) kept[kept.length - 1] = a;
      continue;
    }
    kept.push(a);
  }
  return kept;
}
