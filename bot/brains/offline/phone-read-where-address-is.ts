/**
 * A number written as it is dialled at home ("087 123 4567", "021 555 0123") sent before the
 * address: with no country in sight it reads as a mainland landline (0871-234567). When the address
 * that follows is abroad (an Eircode, an Auckland postcode), the same digits are read again where the
 * customer lives, so the summary and the ticket carry a number someone can call back. The reading is
 * the one phone definition's (text/phone-numbers-abroad.ts); this only says when to apply it.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { abroadInstead } from '../../text/phone-numbers-abroad';
import { regionNamedIn } from '../../text/phone-region';

/**
 * A phone kept as dialled at home: as a mainland landline (0AREA-NUMBER, the canonical form of
 * text/phone-numbers.ts), or exactly as typed when no mainland number has that shape ("082 447 1903").
 */
const AS_DIALLED = /^0[\d\s().-]{6,}$/;

/** The phone read again in the address's country, as a correction, when this turn's address points abroad and the phone was kept as dialled. */
export function phoneReadWhereAddressIs(commands: readonly Command[], known: { phone?: string; address?: string }): Command | undefined {
  const addressNow = commands.find((c): c is Extract<Command, { kind: 'set' | 'correct' }> => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'address');
  if (!addressNow) return undefined;
  const phoneNow = commands.find((c): c is Extract<Command, { kind: 'set' | 'correct' }> => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'phone');
  const phone = phoneNow?.value ?? known.phone;
  if (!phone || !AS_DIALLED.test(phone)) return undefined;
  const region = regionNamedIn(addressNow.value);
  const abroad = abroadInstead(phone, region);
  return abroad ? { kind: phoneNow?.kind ?? 'correct', slot: 'phone', value: abroad, from: addressNow.from } : undefined;
}

/**
 * The country abroad a number asked for is read in: the address's, else the one the conversation
 * already knows the customer is in ("我住在新加坡", "I'm in Leeds", bot/customer-where.ts). Not the
 * mainland, and not "somewhere abroad": there a number is read as the mainland reads it.
 */
export function livesAbroadIn(turn: TurnInput, address: string | undefined): CountryCode | undefined {
  const known = turn.conversation.state.country;
  return regionNamedIn(address) ?? (known && known !== 'CN' && known !== 'ZZ' ? (known as CountryCode) : undefined);
}
