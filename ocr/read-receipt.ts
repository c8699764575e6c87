/**
 * The use case "read this receipt photo": OCR through the `ReceiptReader` port, then field
 * extraction, then a plain verdict on whether the reading can be relied on.
 *
 * The bot calls this (through its receipt tool) and passes `fields.purchaseDate` on to
 * `verifyWarranty`; nothing here decides warranty.
 */
import { extractFields, type ReceiptFields } from './fields/extract-fields';
import type { OcrLine, ReadOptions, ReceiptReader } from './receipt-reader';

export type ReceiptWarning =
  | 'no_text' // nothing legible: blank, too dark, or not a receipt
  | 'low_confidence' // the engine was unsure of the page as a whole
  | 'no_purchase_date'
  | 'purchase_date_ambiguous' // day and month could be swapped
  | 'purchase_date_conflict' // two different purchase dates printed
  | 'instructions_ignored'; // text addressed to a machine was skipped (ADVERSARIAL #8)

export interface ReceiptReading {
  fields: ReceiptFields;
  warnings: ReceiptWarning[];
  /** Lines skipped as instructions, for the human who reviews the receipt. */
  ignoredLines: string[];
  ocr: { text: string; confidence: number; lines: OcrLine[]; durationMs: number };
  /** A short, bilingual, human sentence about the reading (never a warranty decision). */
  summary: { zh: string; en: string };
}

/** Below this page confidence the whole reading is flagged for a human look. */
export const LOW_PAGE_CONFIDENCE = 0.6;

export async function readReceipt(reader: ReceiptReader, image: Uint8Array, options: ReadOptions = {}): Promise<ReceiptReading> {
  const ocr = await reader.read(image, options);
  return interpretOcr(ocr);
}

/** The pure half of readReceipt: OCR output to fields and warnings. */
export function interpretOcr(ocr: { text: string; confidence: number; lines: OcrLine[]; durationMs: number }): ReceiptReading {
  const { fields, ignoredInstructionLines } = extractFields(ocr.lines);
  const warnings: ReceiptWarning[] = [];
  const legible = ocr.lines.some((l) => l.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
  if (!legible) warnings.push('no_text');
  else if (ocr.confidence < LOW_PAGE_CONFIDENCE) warnings.push('low_confidence');
  if (!fields.purchaseDate) warnings.push('no_purchase_date');
  else {
    if (fields.purchaseDate.ambiguous) warnings.push('purchase_date_ambiguous');
    if (fields.purchaseDate.conflicting.length) warnings.push('purchase_date_conflict');
  }
  if (ignoredInstructionLines.length) warnings.push('instructions_ignored');
  return {
    fields,
    warnings,
    ignoredLines: ignoredInstructionLines,
    ocr: { text: ocr.text, confidence: ocr.confidence, lines: ocr.lines, durationMs: ocr.durationMs },
    summary: summarise(fields, warnings),
  };
}

function summarise(fields: ReceiptFields, warnings: ReceiptWarning[]): { zh: string; en: string } {
  if (warnings.includes('no_text')) {
    return { zh: '未能从图片中识别出文字，请重新拍摄清晰、完整的小票照片。', en: 'No text could be read from the image; please send a clear photo of the whole receipt.' };
  }
  const date = fields.purchaseDate;
  if (!date) {
    return { zh: '小票上未找到购买日期，请提供带日期的发票或告知购买日期。', en: 'No purchase date was found on the receipt; please send an invoice with a date or tell us the purchase date.' };
  }
  const doubt = date.conflicting.length || date.ambiguous || warnings.includes('low_confidence');
  return doubt
    ? { zh: `识别到的购买日期 ${date.value} 不确定，需要人工核对。`, en: `The purchase date read (${date.value}) is uncertain and needs a human check.` }
    : { zh: `识别到购买日期 ${date.value}（置信度 ${date.confidence}）。`, en: `Purchase date read as ${date.value} (confidence ${date.confidence}).` };
}
