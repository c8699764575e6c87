/**
 * Reads what a reply answers: every answer kind it carries with the words it came from, whether
 * it also asks something, and what else it says. Pure and offline; the engine decides what an
 * answer means at its step (a "不用了" cancels a form, a "好了" closes a fault).
 *
 * Decisions, so that callers know what to expect:
 * - Longer phrases win over the words inside them: 还是不行 is notFixed, not deny; 不用谢 is
 *   small talk, not cancel; 没有发票 is dontKnow, not deny.
 * - Short words that mean something else inside a sentence (是, 对, 好, 可以, right, correct)
 *   count only when they stand alone in their clause, with fillers (啊呢吧哈嘛~!!) at most.
 * - Negation: a negator right before a yes or a "fixed" word turns it over (不可以 = deny, not ok
 *   = deny, 还没解决 / not sorted = notFixed). 不是不行 / 不是不可以 ("it's not that I can't") is a
 *   reluctant yes. 没好 and 没问题 are explicit (notFixed, affirm); 没问题了 is fixed.
 * - 不对吧 is a deny even with a question mark: 吧 asserts and asks for agreement. Other answer
 *   words directly before 吗, ? or an A-not-A tail (好了吗, 可以不, 好了没, right?) ask rather than
 *   answer, and are dropped; so are answer words after the point where a clause starts asking
 *   (is it fixed?). Requests phrased as questions keep their meaning (能转人工吗 = human, can you
 *   cancel it? = cancel).
 * - 对了 followed by more is "by the way" (对了，上门要收费吗), not a yes.
 * - When a reply says both yes and no, or both fixed and still broken, the later one stands
 *   (不对不对，是对的 = affirm; 好了一会又不行了 = notFixed).
 * - Greetings and small talk do not make a question (在吗？, are you a bot?).
 */
import { foldText, originalWords, type FoldedText } from '../../text/folded-text';
import { splitClauses, type Clause } from './clauses';
import type { AnswerPattern } from './answer-pattern';
import { onlyFillers, trimFillers } from './fillers';
import { EN_ANSWERS } from './lexicon-en';
import { ZH_ANSWERS } from './lexicon-zh';
import { NO_CHANGE_ANSWERS } from './lexicon-no-change';
import { findAsking, type Asking } from './question';
import type { AnswerCue, AnswerKind, AnswerReading } from './types';

/** A reply is read by its beginning: an answer worth reading comes first. */
const MAX_READ = 2000;
const LEXICON: AnswerPattern[] = [...ZH_ANSWERS, ...EN_ANSWERS, ...NO_CHANGE_ANSWERS];
/** Kinds that a question turns into asking (好了吗 asks whether it is fixed); requests keep their meaning. */
const ASKABLE = new Set<AnswerKind>(['affirm', 'deny', 'fixed', 'notFixed', 'dontKnow']);
const ZH_NEGATOR = /(?:还没有|并没有|还没|没有|并不|也没|都没|没能|没|不)$/;
const EN_NEGATOR = /(?<![a-z'])(?:not|never|isn'?t|isnt|wasn'?t|hasn'?t|haven'?t|didn'?t|didnt|doesn'?t|doesnt|don'?t|dont|ain'?t|no longer)\s+(?:really\s+|quite\s+|yet\s+)?$/;
const FLIP: Partial<Record<AnswerKind, AnswerKind>> = { affirm: 'deny', fixed: 'notFixed' };
/** Pairs where the later word stands. */
const OPPOSITES: [AnswerKind, AnswerKind][] = [
  ['affirm', 'deny'],
  ['fixed', 'notFixed'],
];
const SMALL_TALK = new Set<AnswerKind | 'none'>(['greeting', 'chitchat']);

interface Span {
  kind: AnswerKind | 'none';
  start: number;
  end: number;
  position?: AnswerPattern['position'];
  asks?: boolean;
  order: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The last message read, with its reading: a turn reads the same message twice (for its intent,
 * then for the commands it carries), and the reading is frozen so that sharing it is safe.
 */
let last: { raw: string; reading: AnswerReading } | undefined;

export function readAnswer(raw: string): AnswerReading {
  if (last?.raw === raw) return last.reading;
  const reading = freeze(read(raw));
  last = { raw, reading };
  return reading;
}

function freeze(reading: AnswerReading): AnswerReading {
  reading.cues.forEach((c) => Object.freeze(c));
  Object.freeze(reading.cues);
  Object.freeze(reading.kinds);
  return Object.freeze(reading);
}

function read(raw: string): AnswerReading {
  const original = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  const folded = foldText(original, { lowercase: true });
  const text = folded.text;
  const clauses = splitClauses(text);
  const clauseOf = (index: number): Clause => clauses.find((c) => index >= c.start && index < c.start + c.text.length) ?? { text: '', start: index };

  let spans = claim(text);
  spans = turnNegated(text, spans, clauseOf);
  spans = keepPlaced(text, spans, clauseOf);

  // Answer words right before 吗, ? or an A-not-A tail ask instead; the 没 of 好了没 asks with them.
  const tails: { start: number; end: number }[] = [];
  spans = spans.filter((s) => {
    const tail = s.kind !== 'none' && ASKABLE.has(s.kind) ? askingTail(text, s) : undefined;
    if (tail) tails.push(tail);
    return !tail;
  });
  spans = spans.filter((s) => !tails.some((t) => overlaps(t, s)));

  // Where each clause starts asking; answer words after that point are part of the question.
  const asked: Asking[] = [];
  for (const clause of clauses) {
    const asking = askingIn(
      text,
      clause,
      spans,
      spans.filter((s) => s.kind !== 'none'),
    );
    if (!asking) continue;
    asked.push(asking);
    const end = clause.start + clause.text.length;
    spans = spans.filter((s) => s.kind === 'none' || !ASKABLE.has(s.kind) || s.start < asking.start || s.start >= end);
  }

  const rest = restOf(
    original,
    folded,
    clauses,
    spans.filter((s) => s.kind !== 'none'),
  );
  spans = laterStands(spans.filter((s) => s.kind !== 'none'));
  const cues: AnswerCue[] = spans.map((s) => ({ kind: s.kind as AnswerKind, words: originalWords(original, folded, s.start, s.end), index: folded.origin[s.start]! }));
  const kinds = [...new Set(cues.map((c) => c.kind))];
  const first = asked.sort((a, b) => a.start - b.start)[0];
  return {
    kinds,
    cues,
    question: asked.length > 0,
    ...(first ? { questionWords: originalWords(original, folded, first.start, first.start + first.words.length) || first.words } : {}),
    rest,
  };
}

/** True when the reply carries any of the kinds. */
export function carries(reading: AnswerReading, ...kinds: AnswerKind[]): boolean {
  return kinds.some((k) => reading.kinds.includes(k));
}

/** Of these kinds, the one the customer said last ("ok, never mind" ends on cancel; "不用改了，提交吧" on affirm). */
export function saidLast(reading: AnswerReading, ...kinds: AnswerKind[]): AnswerKind | undefined {
  return [...reading.cues].reverse().find((c) => kinds.includes(c.kind))?.kind;
}

/** A reply that is only answer words of these kinds: 好的谢谢 is only affirm and thanks; 对，改成广州 is not. */
export function saysOnly(reading: AnswerReading, ...kinds: AnswerKind[]): boolean {
  return reading.kinds.length > 0 && reading.rest === '' && reading.kinds.every((k) => kinds.includes(k));
}

/** Every lexicon match, then the longest of overlapping ones (the earlier entry on a tie). */
function claim(text: string): Span[] {
  const candidates: Span[] = [];
  LEXICON.forEach(({ kind, patterns, position, asks }, order) => {
    for (const pattern of patterns) {
      // Matches may overlap ("still not" and "not working"): search again from the next character.
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0]) candidates.push({ kind, start: m.index, end: m.index + m[0].length, position, asks, order });
        pattern.lastIndex = m.index + 1;
      }
    }
  });
  // Longest first; on a tie a phrase that counts anywhere beats one that must stand alone, then the earlier line.
  const rank = (s: Span) => (s.position === 'alone' ? 2 : s.position === 'lead' ? 1 : 0);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.order - b.order || a.start - b.start);
  const taken: Span[] = [];
  for (const c of candidates) if (!taken.some((t) => overlaps(t, c))) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** 不可以, not ok, 还没解决, not sorted: the negator joins the phrase and turns it over. */
function turnNegated(text: string, spans: Span[], clauseOf: (i: number) => Clause): Span[] {
  let out = spans;
  for (const s of spans) {
    const flipped = s.kind === 'none' ? undefined : FLIP[s.kind];
    if (!flipped) continue;
    const before = text.slice(clauseOf(s.start).start, s.start);
    const neg = ZH_NEGATOR.exec(before) ?? EN_NEGATOR.exec(before);
    if (!neg) continue;
    const turned: Span = { ...s, kind: flipped, start: s.start - neg[0].length, position: s.position === 'lead' ? 'lead' : s.position };
    out = out.filter((o) => o !== s && !overlaps(o, turned)).concat(turned);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Which characters the spans cover, so that a check per character does not walk every span. */
function coverage(length: number, spans: Span[]): Uint8Array {
  const covered = new Uint8Array(length + 1);
  for (const s of spans) covered.fill(1, s.start, s.end);
  return covered;
}

/** The text of a stretch of a clause that no answer phrase covers. */
function uncovered(text: string, from: number, to: number, covered: Uint8Array): string {
  let piece = '';
  for (let i = from; i < to; i++) if (!covered[i]) piece += text[i];
  return piece;
}

/** Drops words that must stand alone or open their clause but do not, until nothing changes. */
function keepPlaced(text: string, spans: Span[], clauseOf: (i: number) => Clause): Span[] {
  let live = spans;
  for (let changed = true; changed;) {
    const covered = coverage(
      text.length,
      live.filter((s) => s.kind !== 'none'),
    );
    const kept = live.filter((s) => {
      if (!s.position || s.kind === 'none') return true;
      const clause = clauseOf(s.start);
      const end = clause.start + clause.text.length;
      const leftOk = onlyFillers(uncovered(text, clause.start, s.start, covered));
      const rightOk = s.position === 'lead' || onlyFillers(uncovered(text, s.end, end, covered));
      return leftOk && rightOk;
    });
    changed = kept.length !== live.length;
    live = kept;
  }
  return live;
}

/**
 * 好了吗, 可以不, 好了没, right?, ok?: the words ask instead of answering; returns the asking tail
 * after them. 不对吧？ still answers.
 */
function askingTail(text: string, s: Span): { start: number; end: number } | undefined {
  const tail = text.slice(s.end, s.end + 8);
  const m = /^[\s啊呀呢哈啦哦喔噢]*(吧)?[\s啊呀呢哈啦哦喔噢]*(.?)(.?)/.exec(tail)!;
  const [whole, ba, next, after] = m;
  const at = s.end + whole.length - (next ? next.length : 0) - (after ? after.length : 0);
  const span = (length: number) => ({ start: at, end: at + length });
  if (next === '吗' || next === '么') return span(1);
  if (next === '?') return ba ? undefined : span(1);
  if (next === '不' && after === text[s.start]) return span(2);
  const notYet = /^(?:不|没有?)(?=[\s?啊呀呢]*$)/.exec(text.slice(at));
  if (notYet) return span(notYet[0].length);
  return undefined;
}

function askingIn(text: string, clause: Clause, all: Span[], answers: Span[]): Asking | undefined {
  const end = clause.start + clause.text.length;
  const questionMark = /^\s*[?]/.test(text.slice(end));
  const covered = coverage(text.length, answers);
  const claimed = coverage(
    text.length,
    all.filter((s) => !s.asks),
  );
  const opensAt = (index: number) => onlyFillers(uncovered(text, clause.start, index, covered));
  // The clause's own content starts in its first stretch between answer words that holds more than fillers.
  let contentStart = end;
  let from = clause.start;
  for (let i = clause.start; i <= end && contentStart === end; i++) {
    if (i < end && !covered[i]) continue;
    const run = text.slice(from, i);
    const own = trimFillers(run);
    if (own && !onlyFillers(own)) contentStart = from + run.indexOf(own);
    from = i + 1;
  }
  const asking = findAsking({ clause, claimed: (i) => claimed[i] === 1, opensAt, contentStart, questionMark });
  if (!asking) return undefined;
  // "忘了什么时候买的", "I don't know what model it is": what is not known, not a question.
  if (!questionMark && answers.some((s) => s.kind === 'dontKnow' && s.start >= clause.start && s.start < asking.start)) return undefined;
  // "在吗？", "hello?", "are you a bot?": small talk asks nothing the conversation must answer.
  const inClause = answers.filter((s) => s.start >= clause.start && s.start < end);
  if (contentStart >= end && inClause.length && inClause.every((s) => SMALL_TALK.has(s.kind))) return undefined;
  if (all.some((s) => SMALL_TALK.has(s.kind) && asking.start >= s.start && asking.start < s.end)) return undefined;
  return asking;
}

/** Yes and no, or fixed and still broken, in one reply: the later word stands. */
function laterStands(spans: Span[]): Span[] {
  let out = spans;
  for (const [a, b] of OPPOSITES) {
    const lastA = Math.max(-1, ...out.filter((s) => s.kind === a).map((s) => s.start));
    const lastB = Math.max(-1, ...out.filter((s) => s.kind === b).map((s) => s.start));
    if (lastA < 0 || lastB < 0) continue;
    const loser = lastA > lastB ? b : a;
    out = out.filter((s) => s.kind !== loser);
  }
  return out;
}

function restOf(original: string, folded: FoldedText, clauses: Clause[], answers: Span[]): string {
  const text = folded.text;
  const covered = coverage(text.length, answers);
  const pieces: string[] = [];
  for (const clause of clauses) {
    let from = clause.start;
    const flush = (to: number) => {
      const run = text.slice(from, to);
      const piece = trimFillers(run);
      if (piece && !onlyFillers(piece)) {
        const at = from + run.indexOf(piece);
        pieces.push(originalWords(original, folded, at, at + piece.length));
      }
    };
    for (let i = clause.start; i < clause.start + clause.text.length; i++) {
      if (covered[i]) {
        flush(i);
        from = i + 1;
      }
    }
    flush(clause.start + clause.text.length);
  }
  return pieces.join(' ');
}
