/**
 * Puts OCR text into one canonical form before any pattern runs.
 *
 * The shared normal form folds full-width digits, letters and punctuation (２０２５，：) into
 * ASCII and drops zero-width characters that hide text from patterns; columns are kept. Tesseract
 * puts spaces between CJK characters ("苏 宁 易 购") that no label pattern expects; and a few
 * misreads are so regular on receipts that fixing them here is safer than loosening every
 * pattern (the yen sign read as "Y" before an amount).
 */
import { normaliseText } from '../../kernel/text/normal-form';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}])`, 'gu');
const SPACE_BEFORE_COLON = /[ \t]+:/g;

export function normaliseLine(text: string): string {
  return (
    normaliseText(text, { whitespace: 'keep' })
      .replace(BETWEEN_CJK, '')
      .replace(SPACE_BEFORE_COLON, ':')
      .replace(/[¥￥]/gu, '¥')
      // "Y3,299.00" / "Y 459.00": tesseract's usual reading of ¥ in front of an amount.
      .replace(/(^|[\s:(])Y\s?(?=\d{1,3}(?:,\d{3})*\.\d{2}\b|\d+\.\d{2}\b)/gu, '$1¥')
      .replace(/[ \t]{2,}/g, (m) => (m.length >= 4 ? '    ' : ' '))
      .trim()
  );
}

export function hasCjk(text: string): boolean {
  return new RegExp(`[${CJK}]`, 'u').test(text);
}
