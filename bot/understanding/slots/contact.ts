/** Phone and address slots, found by the same code that redaction uses (text/phone-numbers.ts, text/address.ts). */
import { findAddresses } from '../../text/address';
import { findPhoneNumbers, type PhoneReading } from '../../text/phone-numbers';

/** The customer's phone: the first mobile, else the first landline (`reading`: the country the conversation's address is in). */
export function extractPhone(text: string, reading?: PhoneReading): string | undefined {
  const found = findPhoneNumbers(text, reading);
  return (found.find((p) => p.kind === 'mobile') ?? found[0])?.canonical;
}

/** An address that locates a home, whole and without the words around it. */
export function extractAddress(text: string): string | undefined {
  return findAddresses(text)[0]?.raw;
}

/**
 * A reply to "what is your address?" (or the new value of a correction): a whole address when
 * there is one, else the part given ("Tower 3", 天河区棠下, 8栋). Prose with no address component
 * ("still not working", 不知道) is no answer.
 */
export function extractAddressAnswer(text: string): string | undefined {
  return extractAddress(text) ?? findAddresses(text, { partial: true })[0]?.raw;
}
