/** All slot extractors over one normalised message. */
import type { Slots } from '../types';
import { extractBrand } from './brand';
import { extractCategory } from './category';
import { extractAddress, extractPhone } from './contact';
import { extractErrorCode, extractErrorCodes, type ErrorCodeMention } from './error-code';
import { extractModel } from './model';
import { extractProductAgeMonths } from './product-age';
import { extractPurchaseDate } from './purchase-date';
import { extractOrderNumber, extractTicketNumber } from './reference-numbers';
import { extractSerial } from './serial';

export function extractSlots(text: string, today?: string): Slots {
  const serial = extractSerial(text);
  let model = extractModel(text);
  if (model && serial && (serial.includes(model) || model.includes(serial))) model = undefined;
  // A phone model names its category even when the word "phone" is missing (my Huawei P60).
  const category = extractCategory(text) ?? (model && /^(?:iPhone|Mate|P\d+$|Nova|Galaxy|Redmi|Pixel)/.test(model) ? 'phone' : undefined);
  const slots: Slots = {
    category,
    brand: extractBrand(text),
    model,
    serial,
    errorCode: extractErrorCode(text),
    purchaseDate: extractPurchaseDate(text, today),
    productAgeMonths: extractProductAgeMonths(text),
    orderNumber: extractOrderNumber(text),
    ticketNumber: extractTicketNumber(text),
    phone: extractPhone(text),
    address: extractAddress(text),
  };
  // Leave absent slots out, so JSON output and equality checks only show what was found.
  for (const key of Object.keys(slots) as (keyof Slots)[]) if (slots[key] === undefined) delete slots[key];
  return slots;
}

export { extractBrand, extractCategory, extractErrorCode, extractErrorCodes, type ErrorCodeMention, extractModel, extractSerial, extractPurchaseDate, extractProductAgeMonths, extractOrderNumber, extractTicketNumber, extractPhone, extractAddress };
