/** Phone and address slots, found by the same code that redaction uses. */
import { findAddresses } from '../../text/address';
import { findPhoneNumbers } from '../../text/phone-numbers';

export function extractPhone(text: string): string | undefined {
  const found = findPhoneNumbers(text);
  return (found.find((p) => p.kind === 'mobile') ?? found[0])?.canonical;
}

export function extractAddress(text: string): string | undefined {
  return findAddresses(text)[0]?.raw;
}
