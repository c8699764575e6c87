/** Turns a receipt reading into the `receipt` argument of verifyWarranty, and nothing more. */
import type { ReceiptReading } from './read-receipt';
import type { VerifyWarrantyInput } from '../warranty/verify-warranty';

export function receiptEvidence(reading: Pick<ReceiptReading, 'fields' | 'warnings'>): NonNullable<VerifyWarrantyInput['receipt']> {
  const date = reading.fields.purchaseDate;
  if (!date) return { confidence: 0 };
  // A page the engine was unsure of caps the date's confidence: the digits may be misread.
  const confidence = reading.warnings.includes('low_confidence') ? Math.min(date.confidence, 0.5) : date.confidence;
  return { purchaseDate: date.value, confidence, ambiguous: date.ambiguous, conflicting: date.conflicting };
}
