/**
 * A display code corrected ("不是E1，是E7", "I misread, it's F3 not F8"): the problem's own words
 * still hold the old code, so the summary and the ticket would carry both. The old code is
 * replaced by the new one where it stands, so the problem reads as the customer now says it.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with each stand-alone `before` code (any case, "E-1" as "E1") replaced by `after`; the text unchanged when it does not hold it. */
export function swapCode(text: string, before: string, after: string): string {
  if (!before || !after || before.toUpperCase() === after.toUpperCase()) return text;
  const letters = before.replace(/[^A-Za-z0-9]/g, '');
  // E1 also matches "E-1", "E 1" and "e1", but never inside E10 or KFR-E1X.
  const loose = letters.split('').map(escape).join('[-\\s]?');
  return text.replace(new RegExp(`(?<![A-Za-z0-9])${loose}(?![A-Za-z0-9])`, 'gi'), after);
}
