/**
 * What a model may read of a receipt photo: the date, the store or brand, the product and model,
 * and the amount — what a warranty or return question needs — each passed through the
 * personal-data scrub. The rest of the OCR text (the buyer's name, phone and delivery address,
 * member and card numbers, invoice and serial numbers, and any instruction someone printed on it)
 * never leaves the process; the warranty tool reads the date itself.
 */
import type { ReceiptScan } from '../../../warranty/warranty-check';

/** The receipt fields a model is shown, in this order. */
export const MODEL_RECEIPT_FIELDS = ['purchaseDate', 'merchant', 'product', 'model', 'total', 'currency'] as const;

const MAX_FIELD_CHARS = 60;

/** `name=value (confidence 0.93)` for each field the model needs, masked; empty when nothing was read. */
export function receiptFieldsForModel(receipt: ReceiptScan | undefined, scrub: (text: string) => string): string {
  if (!receipt?.ok) return '';
  return MODEL_RECEIPT_FIELDS.flatMap((name) => {
    const field = receipt.fields[name];
    if (!field?.value.trim()) return [];
    const value = scrub(field.value.replace(/\s+/g, ' ').trim()).slice(0, MAX_FIELD_CHARS);
    return [`${name}=${value} (confidence ${field.confidence.toFixed(2)})`];
  }).join(', ');
}
