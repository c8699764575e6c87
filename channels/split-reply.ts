/**
 * WeChat refuses a text message over 2048 bytes (UTF-8): the customer-service API answers 45002
 * and a passive reply is cut or dropped. A long answer is split into pieces under the limit, at
 * sentence ends where it can (Intl's sentence segmenter knows 。！？ as well as ". "), then at
 * commas, and only as a last resort inside a sentence (never inside a character), in order.
 */

/** WeChat's documented limit for one text message. */
export const WECHAT_TEXT_MAX_BYTES = 2048;

const sentences = new Intl.Segmenter('zh', { granularity: 'sentence' });
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).byteLength;
}

/** The pieces of `text`, each at most `maxBytes`, in order; joined they give the text back (whitespace at the cuts trimmed). */
export function splitReply(text: string, maxBytes = WECHAT_TEXT_MAX_BYTES): string[] {
  if (byteLength(text) <= maxBytes) return text ? [text] : [];
  const units = [...sentences.segment(text)].flatMap((s) => fit(s.segment, maxBytes));
  const pieces: string[] = [];
  let current = '';
  for (const unit of units) {
    if (current && byteLength(current + unit) > maxBytes) {
      pieces.push(current);
      current = '';
    }
    current += unit;
  }
  if (current) pieces.push(current);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** A sentence too long for one message: cut after commas, then between characters. */
function fit(sentence: string, maxBytes: number): string[] {
  if (byteLength(sentence) <= maxBytes) return [sentence];
  const clauses = sentence.split(/(?<=[，,、：:])/u);
  if (clauses.length > 1) return clauses.flatMap((c) => fit(c, maxBytes));
  const out: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(sentence)) {
    if (current && byteLength(current + segment) > maxBytes) {
      out.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) out.push(current);
  return out;
}
