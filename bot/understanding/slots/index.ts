/** All slot extractors over one normalised message. */
import type { Slots } from '../types';
import { extractBrand } from './brand';
import { extractCategory } from './category';
import { extractAddress, extractAddressAnswer, extractPhone } from './contact';
import { CORRECTABLE_SLOTS, extractCorrection, readSlotValue, type CorrectableSlot, type Correction } from './correction';
import { extractErrorCode, extractErrorCodes, type ErrorCodeMention } from './error-code';
import { extractModel, extractModelAnswer } from './model';
import { readPhoneModel, type PhoneModel } from './phone-model';
import { extractProductAgeMonths } from './product-age';
import { extractPurchaseDate } from './purchase-date';
export type { PurchaseDateOptions } from './purchase-date';
export { findDateMentions, type DateMention } from './date-mentions';
import { extractOrderNumber, extractTicketNumber, withoutTicketNumber } from './reference-numbers';
import { extractSerial } from './serial';

export function extractSlots(written: string, today?: string, asked?: keyof Slots): Slots {
  const ticketNumber = extractTicketNumber(written);
  // Nothing else is read inside a ticket number (its random part may spell "AC" or "E1").
  const text = withoutTicketNumber(written);
  const serial = extractSerial(text);
  let model = extractModel(text);
  if (model && serial && (serial.includes(model) || model.includes(serial))) model = undefined;
  // A phone model names its category and brand even when neither is said (Xiaomi 15, Pixel 8, iQOO 12).
  const phone = model ? readPhoneModel(text) : undefined;
  const phoneModel = phone?.model === model ? phone : undefined;
  const slots: Slots = {
    category: extractCategory(text) ?? (phoneModel ? 'phone' : undefined),
    brand: extractBrand(text) ?? phoneModel?.brand,
    model,
    serial,
    errorCode: extractErrorCode(text),
    purchaseDate: extractPurchaseDate(text, today, { asked: asked === 'purchaseDate' }),
    productAgeMonths: extractProductAgeMonths(text),
    orderNumber: extractOrderNumber(text),
    ticketNumber,
    phone: extractPhone(text),
    address: extractAddress(text),
  };
  // Leave absent slots out, so JSON output and equality checks only show what was found.
  for (const key of Object.keys(slots) as (keyof Slots)[]) if (slots[key] === undefined) delete slots[key];
  return slots;
}

export { extractBrand, extractCategory, extractErrorCode, extractErrorCodes, type ErrorCodeMention, extractModel, extractModelAnswer, readPhoneModel, type PhoneModel, extractSerial, extractPurchaseDate, extractProductAgeMonths, extractOrderNumber, extractTicketNumber, withoutTicketNumber, extractPhone, extractAddress, extractAddressAnswer };
export { extractCorrection, readSlotValue, CORRECTABLE_SLOTS, type Correction, type CorrectableSlot };
