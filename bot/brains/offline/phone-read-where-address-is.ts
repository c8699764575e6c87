/**
 * A number written as it is dialled at home ("087 123 4567", "021 555 0123") sent before the
 * address: with no country in sight it reads as a mainland landline (0871-234567). When the address
 * that follows is abroad (an Eircode, an Auckland postcode), the same digits are read again where the
 * customer lives, so the summary and the ticket carry a number someone can call back. The reading is
 * the one phone definition's (text/phone-numbers-abroad.ts); this only says when to apply it.
 */
import type { Command } from '../../engine/commands';
import { abroadInstead } from '../../text/phone-numbers-abroad';
import { regionNamedIn } from '../../text/phone-region';

/** A phone kept as a mainland landline: 0AREA-NUMBER (canonical form of text/phone-numbers.ts). */
const MAINLAND_LANDLINE = /^0\d{2,3}-\d{6,8}$/;

/** The phone read again in the address's country, as a correction, when this turn's address points abroad and the phone kept is a mainland landline. */
export function phoneReadWhereAddressIs(commands: readonly Command[], known: { phone?: string; address?: string }): Command | undefined {
  const addressNow = commands.find((c): c is Extract<Command, { kind: 'set' | 'correct' }> => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'address');
  if (!addressNow) return undefined;
  const phoneNow = commands.find((c): c is Extract<Command, { kind: 'set' | 'correct' }> => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'phone');
  const phone = phoneNow?.value ?? known.phone;
  if (!phone || !MAINLAND_LANDLINE.test(phone)) return undefined;
  const region = regionNamedIn(addressNow.value);
  const abroad = abroadInstead(phone, region);
  return abroad ? { kind: phoneNow?.kind ?? 'correct', slot: 'phone', value: abroad, from: addressNow.from } : undefined;
}
