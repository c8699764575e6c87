/** One way of saying an answer, as the lexicons list them. */
import type { AnswerKind } from './types';

export interface AnswerPattern {
  /** `none` claims the words without meaning anything: 对了 as "by the way", 人工费, 不用谢. */
  kind: AnswerKind | 'none';
  /**
   * Matched against the folded text (lowercase, NFKC), each with the g flag. A lexicon line's
   * top-level alternatives become separate patterns: a regex tries `不|不行` in order and would
   * never offer the longer 不行 where 不 already matched, and the reader wants the longest phrase.
   */
  patterns: RegExp[];
  /**
   * `alone`: counts only when nothing but fillers stands beside it in its clause (是, 好, 对, right),
   * because inside a sentence the same word means something else (是我的, 好冷, 对我来说, right side).
   * `lead`: counts when it opens its clause, whatever follows (好的我知道了, no the address is wrong).
   */
  position?: 'alone' | 'lead';
  /** The words ask a question (是不是, 能不能): claimed so that 是 or 行 inside are not answers, but still a question. */
  asks?: boolean;
}

/** The top-level alternatives of a regex source: `a|b(?:c|d)|e` gives a, b(?:c|d), e. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const globalFlags = (flags: string) => (flags.includes('g') ? flags : flags + 'g');

export const answer = (kind: AnswerPattern['kind'], pattern: RegExp | RegExp[], position?: AnswerPattern['position'] | 'asks'): AnswerPattern => ({
  kind,
  ...(position === 'asks' ? { asks: true } : {}),
  patterns: (Array.isArray(pattern) ? pattern : alternatives(pattern.source).map((alt) => new RegExp(alt, pattern.flags))).map((re) => new RegExp(re.source, globalFlags(re.flags))),
  position: position === 'asks' ? undefined : position,
});

/**
 * English phrases must stand as words: "no" is not in "know", "ok" not in "okra". Written once
 * here so that the lexicon reads as phrases; each alternative becomes its own pattern.
 */
export const words = (source: string): RegExp[] => alternatives(source).map((alt) => new RegExp(`(?<![a-z0-9'])(?:${alt})(?![a-z0-9'])`));
