/** The shape of one date grammar rule, shared by the zh, en and numeric grammars. */
import type { MentionContext, Reading } from './date-readings';
import { RecentReadings } from '../../../kernel/text/recent-readings';

export interface MentionMatch {
  index: number;
  text: string;
  /** Undefined: the words matched, but they are no date here (a 13th month, a product age). */
  reading: Reading | undefined;
}

export interface MentionRule {
  scan(text: string, ctx: MentionContext): Iterable<MentionMatch>;
}

/**
 * The common rule: one regular expression (flag g) and a reading of its match. The matches of a
 * text are kept: a turn reads the same message with its own today, without one and with the
 * clock's (purchase date, redaction, contact slots), and only the reading depends on the day.
 */
export function regexRule(pattern: RegExp, read: (m: RegExpExecArray, ctx: MentionContext, text: string) => Reading | undefined): MentionRule {
  const matches = new RecentReadings<RegExpExecArray[]>();
  return {
    *scan(text, ctx) {
      for (const m of matches.get(text, () => [...text.matchAll(pattern)].filter((m) => m[0].trim()))) {
        yield { index: m.index, text: m[0], reading: read(m, ctx, text) };
      }
    },
  };
}
