/**
 * Receipt fields from OCR lines, each with a confidence, never invented.
 *
 * The rules: a value comes from a line that carries the field's label wherever possible; an
 * unlabelled guess is allowed only for the date, total and merchant, and costs confidence;
 * two different labelled values for the purchase date are a conflict (reported, confidence
 * capped) rather than a silent pick; lines that read like instructions to a machine are
 * skipped entirely, so printed text cannot steer what the bot believes about a receipt.
 */
import type { OcrLine } from '../receipt-reader';
import { findDates, type DayOrder } from './date';
import { round2, type ExtractedField, type TextLine } from './field';
import {
  DOCUMENT_HEADINGS,
  INSTRUCTION_TEXT,
  INVOICE_LABELS,
  MERCHANT_ENTITY,
  MERCHANT_HINTS,
  MODEL_LABELS,
  NOT_PURCHASE_DATE,
  NOT_TOTAL,
  PRODUCT_LABELS,
  PURCHASE_DATE_LABELS,
  SERIAL_LABELS,
  TOTAL_LABELS,
} from './labels';
import { hasCjk, normaliseLine } from './normalise';

export type Currency = 'CNY' | 'USD' | 'MYR' | 'HKD' | 'EUR' | 'GBP';

export interface PurchaseDateField extends ExtractedField<string> {
  /** Day and month could be swapped; the order was chosen from the receipt's currency. */
  ambiguous: boolean;
  /** Other purchase dates the receipt shows; non-empty means a human must choose. */
  conflicting: string[];
}

export interface ReceiptFields {
  purchaseDate?: PurchaseDateField;
  merchant?: ExtractedField;
  /** Decimal string with two places, "3299.00": never a float, so no rounding surprises. */
  total?: ExtractedField;
  currency?: ExtractedField<Currency>;
  product?: ExtractedField;
  model?: ExtractedField;
  serial?: ExtractedField;
  invoiceNumber?: ExtractedField;
}

export interface FieldExtraction {
  fields: ReceiptFields;
  /** Lines skipped because they read like instructions (prompt injection on paper). */
  ignoredInstructionLines: string[];
}

/** Confidence multipliers: how much doubt each kind of evidence leaves. */
const UNLABELLED = 0.6;
const AMBIGUOUS_ORDER = 0.5;
const CONFLICT_CAP = 0.3;
const GUESSED = 0.5;

export function extractFields(ocrLines: readonly OcrLine[]): FieldExtraction {
  const ignoredInstructionLines: string[] = [];
  const lines: TextLine[] = [];
  ocrLines.forEach((l, index) => {
    const text = normaliseLine(l.text);
    if (!text) return;
    if (INSTRUCTION_TEXT.test(text)) {
      ignoredInstructionLines.push(text);
      return;
    }
    lines.push({ text, confidence: l.confidence, index });
  });
  const currency = findCurrency(lines);
  const fields: ReceiptFields = {
    purchaseDate: findPurchaseDate(lines, currency?.value === 'USD' ? 'mdy' : 'dmy'),
    merchant: findMerchant(lines),
    total: findTotal(lines),
    currency,
    product: findLabelled(lines, PRODUCT_LABELS, productValue),
    model: findLabelled(lines, MODEL_LABELS, codeValue),
    serial: findLabelled(lines, SERIAL_LABELS, codeValue),
    invoiceNumber: findLabelled(lines, INVOICE_LABELS, codeValue),
  };
  for (const key of Object.keys(fields) as (keyof ReceiptFields)[]) if (fields[key] === undefined) delete fields[key];
  return { fields, ignoredInstructionLines };
}

/** Convenience for plain text (tests, transcripts): one line per newline, full confidence. */
export function extractFieldsFromText(text: string, confidence = 1): FieldExtraction {
  return extractFields(text.split(/\r?\n/).map((t) => ({ text: t, confidence })));
}

function field<T>(value: T, confidence: number, line: TextLine): ExtractedField<T> {
  return { value, confidence: round2(Math.max(0, Math.min(1, confidence))), source: line.text, line: line.index };
}

function findPurchaseDate(lines: TextLine[], order: DayOrder): PurchaseDateField | undefined {
  interface Candidate {
    iso: string;
    labelled: boolean;
    ambiguous: boolean;
    line: TextLine;
  }
  const candidates: Candidate[] = [];
  for (const line of lines) {
    for (const match of findDates(line.text, order)) {
      const before = line.text.slice(0, match.index);
      // "保修至 2030-12-31", "valid until ...": a date, but not the purchase date.
      if (NOT_PURCHASE_DATE.test(before.slice(-12))) continue;
      candidates.push({ iso: match.iso, labelled: PURCHASE_DATE_LABELS.test(before), ambiguous: match.ambiguous, line });
    }
  }
  if (!candidates.length) return undefined;
  const labelled = candidates.filter((c) => c.labelled);
  const pool = labelled.length ? labelled : candidates;
  const best = pool[0]!;
  const conflicting = [...new Set(pool.map((c) => c.iso))].filter((iso) => iso !== best.iso);
  let confidence = best.line.confidence;
  if (!best.labelled) confidence *= UNLABELLED;
  if (best.ambiguous) confidence *= AMBIGUOUS_ORDER;
  if (conflicting.length) confidence = Math.min(confidence, CONFLICT_CAP);
  return { ...field(best.iso, confidence, best.line), ambiguous: best.ambiguous, conflicting };
}

const AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)[.,](\d{2})(?!\d)/gu;

function amountsIn(text: string): string[] {
  const out: string[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) out.push(`${m[1]!.replace(/,/g, '')}.${m[2]}`);
  return out;
}

function findTotal(lines: TextLine[]): ExtractedField | undefined {
  interface Candidate {
    amount: string;
    rank: number;
    line: TextLine;
  }
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    const rank = TOTAL_LABELS.find(([re]) => re.test(line.text))?.[1];
    if (!rank) return;
    const label = TOTAL_LABELS.find(([re]) => re.test(line.text))![0].exec(line.text)!;
    // "Subtotal", "Total tax", "Cash": labelled with a total word, yet not the total.
    if (rank < 3 && NOT_TOTAL.test(line.text)) return;
    let amounts = amountsIn(line.text.slice(label.index + label[0].length));
    // Receipts often print the label on one line and the amount on the next.
    const next = lines[i + 1];
    if (!amounts.length && next && !TOTAL_LABELS.some(([re]) => re.test(next.text))) amounts = amountsIn(next.text);
    const amount = amounts.at(-1);
    if (amount && Number(amount) > 0) candidates.push({ amount, rank, line });
  });
  if (candidates.length) {
    const top = Math.max(...candidates.map((c) => c.rank));
    const best = candidates.filter((c) => c.rank === top);
    // Among equally strong labels the largest is the total (a "total" beside it is a subtotal or a tax line misread).
    const pick = best.reduce((a, b) => (Number(b.amount) > Number(a.amount) ? b : a));
    const disagreeing = best.some((c) => c.amount !== pick.amount);
    return field(pick.amount, pick.line.confidence * (top === 1 ? 0.8 : 1) * (disagreeing ? 0.8 : 1), pick.line);
  }
  // No label: the largest amount printed with a currency sign, as a weak guess.
  let guess: { amount: string; line: TextLine } | undefined;
  for (const line of lines) {
    if (!/[¥$元]|RMB|CNY|RM\b|USD|MYR/iu.test(line.text) || NOT_TOTAL.test(line.text)) continue;
    for (const amount of amountsIn(line.text)) if (!guess || Number(amount) > Number(guess.amount)) guess = { amount, line };
  }
  return guess ? field(guess.amount, guess.line.confidence * GUESSED, guess.line) : undefined;
}

const CURRENCY_SIGNS: [RegExp, Currency][] = [
  [/RMB|CNY|人民币|¥\s?\d|\d\s?元/u, 'CNY'],
  [/(?<![A-Za-z])(?:RM|MYR)(?![A-Za-z])/u, 'MYR'],
  [/HK\$|HKD|港币/u, 'HKD'],
  [/US\$|USD|(?<![A-Z])\$\s?\d/u, 'USD'],
  [/€|EUR\b/u, 'EUR'],
  [/£|GBP\b/u, 'GBP'],
];

function findCurrency(lines: TextLine[]): ExtractedField<Currency> | undefined {
  // The total's own line decides when it shows a currency; otherwise the first line that does.
  const ordered = [...lines.filter((l) => TOTAL_LABELS.some(([re]) => re.test(l.text))), ...lines];
  for (const line of ordered) {
    for (const [re, currency] of CURRENCY_SIGNS) if (re.test(line.text)) return field(currency, line.confidence, line);
  }
  // A Chinese receipt with bare amounts is almost surely in yuan, but say it is a guess.
  const chinese = lines.find((l) => hasCjk(l.text));
  return chinese ? field('CNY', GUESSED, chinese) : undefined;
}

function findMerchant(lines: TextLine[]): ExtractedField | undefined {
  const top = lines.slice(0, 6).filter((l) => {
    const letters = l.text.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && !DOCUMENT_HEADINGS.test(l.text) && !/[:：]/u.test(l.text.slice(0, 12)) && !findDates(l.text).length;
  });
  const hinted = top.find((l) => MERCHANT_ENTITY.test(l.text)) ?? top.find((l) => MERCHANT_HINTS.test(l.text));
  if (hinted) return field(merchantName(hinted.text), hinted.confidence, hinted);
  const first = top[0];
  return first ? field(merchantName(first.text), first.confidence * UNLABELLED, first) : undefined;
}

/** The name without the company registration number Malaysian receipts print after it. */
function merchantName(text: string): string {
  return text.replace(/\s*[(（]\s*(?:co\.?\s*(?:reg|no)\.?\s*:?\s*)?\d{4,}[\s-]*[A-Z]?\s*[)）]\s*$/iu, '').trim();
}

/** The value after a label: everything following it, minus separators. */
function afterLabel(text: string, label: RegExp): string | undefined {
  const m = label.exec(text);
  if (!m) return undefined;
  return text
    .slice(m.index + m[0].length)
    .replace(/^[\s:：#.\-]+/u, '')
    .trim();
}

function codeValue(rest: string): string | undefined {
  // Codes are letters, digits and joiners; take the first such token of useful length.
  const m = /[A-Za-z0-9][A-Za-z0-9\-/.]{2,}[A-Za-z0-9]/u.exec(rest);
  return m?.[0];
}

function productValue(rest: string): string | undefined {
  const cut = rest.split(/\s{3,}|数量|单价|qty|x\s*\d+\s*$/iu)[0]?.trim();
  return cut && cut.replace(/[^\p{L}\p{N}]/gu, '').length >= 2 ? cut : undefined;
}

function findLabelled(lines: TextLine[], label: RegExp, value: (rest: string) => string | undefined): ExtractedField | undefined {
  for (const line of lines) {
    const rest = afterLabel(line.text, label);
    if (rest === undefined) continue;
    const found = value(rest);
    if (found) return field(found, line.confidence, line);
  }
  return undefined;
}
