/** What every extracted field carries: the value, how sure we are, and where it came from. */
export interface ExtractedField<T = string> {
  value: T;
  /**
   * 0-1: the OCR confidence of the line it came from, lowered when the pattern or the label
   * leaves doubt (an unlabelled date, an ambiguous day/month order, a conflict).
   */
  confidence: number;
  /** The receipt line the value was read from (as normalised), for a human to check. */
  source: string;
  /** Index of that line in the OCR result. */
  line: number;
}

/** One OCR line as field extraction sees it: normalised text and the engine's confidence. */
export interface TextLine {
  text: string;
  confidence: number;
  index: number;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
