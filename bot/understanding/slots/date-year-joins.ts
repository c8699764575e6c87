/**
 * A year and the season, month or part of the year it qualifies, said apart and in either order:
 * "2025, in the spring", "去年，大概年底", "春天吧，2025年", "around March, last year". The
 * grammars read the second half without a year and take the latest one (spring 2026, 年底 this
 * year, cut at today), so on their own the two halves disagree; said side by side with only
 * hedges, commas and filler between them they are one date: the part, read in that year.
 */
import { DATE_FILLER } from './date-filler';
import type { Reading } from './date-readings';
import { takesBack } from './taken-back';

/** What the join needs of a mention (date-mentions.ts's DateMention has it all). */
export interface JoinableMention extends Reading {
  index: number;
  length: number;
}

/** Between the halves: punctuation and words that say nothing ("吧", "大概", "I think", "in the"). */
const PUNCTUATION = /[\s,，、。.;；:：~～\-—…()（）]+/g;
// Words that lead into a part of the year and are no filler anywhere else.
const LEAD_IN = /\b(?:towards?|near|during|by)\b|之间|期间|里/gi;
const MAX_GAP = 24;

function isOnlyFiller(gap: string): boolean {
  // "前年..不对 去年春天": the second takes the first back; they are two dates, never one.
  if (takesBack(gap)) return false;
  return gap.length <= MAX_GAP && !gap.replace(DATE_FILLER, ' ').replace(LEAD_IN, ' ').replace(PUNCTUATION, '');
}

/** The calendar year a mention names on its own ("2025", "去年", "last year"), or undefined. */
function wholeYear(m: JoinableMention, today: string | undefined): number | undefined {
  if (m.precision !== 'year' || m.readIn || m.approximate || m.needsYear) return undefined;
  const { earliest, latest } = m.span;
  const year = earliest.slice(0, 4);
  // "this year" / "今年" is cut at today; any other year runs to 31 December.
  if (!earliest.endsWith('-01-01') || (latest !== `${year}-12-31` && latest !== today)) return undefined;
  return Number(year);
}

/**
 * Joins each year with the yearless part next to it. `settle` turns a reading at a place in the
 * text into a mention (cutting it at today, as every mention is). Parts that are a date only
 * beside a year and found none are dropped.
 */
export function joinYearsWithParts<M extends JoinableMention>(text: string, mentions: M[], today: string | undefined, settle: (reading: Reading, index: number, length: number) => M | undefined): M[] {
  const out: M[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b && isOnlyFiller(text.slice(a.index + a.length, b.index))) {
      const yearA = wholeYear(a, today);
      const yearB = wholeYear(b, today);
      const [year, part] = yearA !== undefined && b.readIn ? [yearA, b] : yearB !== undefined && a.readIn ? [yearB, a] : [undefined, undefined];
      const reading = year !== undefined ? part?.readIn?.(year) : undefined;
      const joined = reading && settle({ ...reading, ...(part!.approximate ? { approximate: true } : {}) }, a.index, b.index + b.length - a.index);
      if (joined) {
        out.push(joined);
        i++;
        continue;
      }
    }
    if (!a.needsYear) out.push(a);
  }
  return out;
}
