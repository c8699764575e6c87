/** The shape of one date grammar rule, shared by the zh, en and numeric grammars. */
import type { MentionContext, Reading } from './date-readings';

export interface MentionMatch {
  index: number;
  text: string;
  /** Undefined: the words matched, but they are no date here (a 13th month, a product age). */
  reading: Reading | undefined;
}

export interface MentionRule {
  scan(text: string, ctx: MentionContext): Iterable<MentionMatch>;
}

/** The common rule: one regular expression (flag g) and a reading of its match. */
export function regexRule(pattern: RegExp, read: (m: RegExpExecArray, ctx: MentionContext, text: string) => Reading | undefined): MentionRule {
  return {
    *scan(text, ctx) {
      for (const m of text.matchAll(pattern)) {
        if (!m[0].trim()) continue;
        yield { index: m.index, text: m[0], reading: read(m, ctx, text) };
      }
    },
  };
}
