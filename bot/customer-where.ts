/**
 * Where the customer is, kept on the conversation so a later reply still knows it: the address
 * and phone the conversation holds, this message's own address, phone or "I'm in …", read by the
 * one definition (text/customer-country.ts). Each reply then goes out fitted to it
 * (reply-for-country.ts).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { TurnUnderstanding } from './brain';
import type { ConversationState } from './conversation';
import { chinaTimeNoteFor } from './engine/china-time-note';
import { factsOf, readEngineState } from './engine/engine-state';
import type { Lang } from './phrases';
import { replyForCountry } from './reply-for-country';
import { countryOfAddress, countryOfPhone, countrySaidIn } from './text/customer-country';
import { customerTimeZone, timeZoneNamedIn } from './text/customer-time-zone';
import { timesForCountry } from './times-for-country';
import { warrantyTermsAbroad } from './warranty-terms-abroad';
import { mainlandRoutesAbroad } from './mainland-routes-abroad';
import { phoneCodesAbroad } from './phone-codes-abroad';

export function noteWhereCustomerIs(state: ConversationState, text: string, slots: TurnUnderstanding['slots']): CountryCode | undefined {
  const facts = factsOf(readEngineState(state.policy));
  // What this message says wins over what was known: a customer who names the UK after a mainland number is in the UK.
  const now = countryOfAddress(slots.address) ?? countrySaidIn(text) ?? countryOfPhone(slots.phone);
  const known = now ?? countryOfAddress(facts.address) ?? (state.country as CountryCode | undefined) ?? countryOfPhone(facts.phone);
  if (known) state.country = known;
  // The clock of a place named in a country on several clocks ("we're in Ohio"): kept, and used only while that country holds.
  const place = timeZoneNamedIn(slots.address, known) ?? timeZoneNamedIn(text, known);
  if (place) state.timeZone = place.timeZone;
  return known;
}

/** What the conversation knows beyond the country, for a reply said where the customer is. */
export interface CustomerPlace {
  /** The conversation: the zone of a place the customer named, and what a customer abroad has been told once already (updated here). */
  state?: Pick<ConversationState, 'timeZone' | 'warrantyTermsNoted'>;
  /** When the reply is made: the hours are said for today's offsets, a date without a year is the nearest one. */
  now?: Date;
}

/** A reply said for where the customer is: whom to call, what a fee is, whose clock a time is on. */
export function replyWhereCustomerIs(text: string, country: CountryCode | undefined, lang: Lang, place: CustomerPlace = {}): string {
  const zone = customerTimeZone(country, place.state?.timeZone);
  const clock = zone && country ? { timeZone: zone, country, wholeCountry: customerTimeZone(country, undefined) !== undefined } : undefined;
  let fitted = timesForCountry(replyForCountry(text, country, lang), clock, lang, place.now ?? new Date());
  if (country && country !== 'CN') {
    fitted = phoneCodesAbroad(mainlandRoutesAbroad(fitted, lang), lang);
    const terms = warrantyTermsAbroad(fitted, lang, place.state?.warrantyTermsNoted ?? false);
    fitted = terms.text;
    if (terms.noted && place.state) place.state.warrantyTermsNoted = true;
  }
  const note = chinaTimeNoteFor(fitted, country, lang);
  return note ? `${fitted}\n${note}` : fitted;
}

/**
 * A reply said differently for where the customer is keeps its first wording in the message's meta:
 * the answers that avoid saying the same thing twice compare with what they themselves wrote.
 */
export function writtenAs(written: string | undefined, said: string | undefined): { asWritten?: string } {
  return written !== undefined && said !== undefined && written !== said ? { asWritten: written } : {};
}

export function asWritten(message: { text: string; meta: Record<string, unknown> }): string {
  return typeof message.meta.asWritten === 'string' ? message.meta.asWritten : message.text;
}
