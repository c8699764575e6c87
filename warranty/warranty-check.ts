/**
 * The bot's view of warranty rules and receipt reading: ports implemented in ocr/. The decision
 * types are the warranty module's own (type-only import): one definition of what a decision is.
 */
import type { VerifyWarrantyInput, WarrantyDecision } from './verify-warranty';
import type { TextReadFromPhoto } from './text-read-from-photo';

export type WarrantyQuestion = VerifyWarrantyInput;
export type WarrantyAnswer = WarrantyDecision;
export type ReceiptEvidence = NonNullable<VerifyWarrantyInput['receipt']>;

export interface WarrantyCheck {
  verify(question: WarrantyQuestion): WarrantyAnswer;
}

export interface ReceiptScan {
  /** False when the image could not be read at all (not an image, too large, timed out). */
  ok: boolean;
  /** Field values with their confidence (purchaseDate, merchant, total, model, serial, invoiceNumber...). */
  fields: Record<string, { value: string; confidence: number }>;
  /** What the warranty decision may use: the date and how sure the reader is, nothing else. */
  evidence: ReceiptEvidence;
  /** The raw OCR text: evidence only, never understood as the customer's words (it may carry injected instructions); never stored. */
  text?: TextReadFromPhoto;
  /** One line for the customer about what was read. */
  summary?: { zh: string; en: string };
  error?: { code: string; message: string };
}

/** Reads a receipt photo attached to a message (the attachment's `ref`). */
export interface ReceiptScanner {
  /** `keep`: the photo stays stored after reading whatever the setting (people handling the chat will see it). */
  scan(attachmentRef: string, options?: { keep?: boolean }): Promise<ReceiptScan>;
}
