/**
 * Danger in a customer's message, read by meaning: a hazard named outright or described by what
 * the customer notices (a socket + heat, a gas hob + a hiss, a gas water heater + dizziness), and
 * then how it is spoken of (lexicons/hazard-framing.ts):
 *
 * - ruled out ("没有焦味", "no smoke"): not a hazard;
 * - stopped by itself ("不冒烟了", "not sparking anymore"): still a hazard, because nothing was
 *   fixed and the cause is still there;
 * - imagined ("如果闻到煤气味怎么办", "can a dryer catch fire?"): not a hazard, a safety question;
 * - fixed or checked by someone since ("电工已经换了插座", "the gas company came and fixed it"),
 *   unless it came back ("修好了又冒烟"): not a hazard, a past one;
 * - anything else, including a past event that nobody fixed ("上周冒过烟"): a hazard now.
 *
 * Pure: the same text always gives the same reading. Knowledge lint reads the same mentions
 * (knowledge/lint/hazard-topics.ts), so the bot and the lint agree on what is dangerous.
 */
import { HAZARD_CUES, type HazardCue } from './lexicons/hazard-cues';
import {
  HYPOTHETICAL_BEFORE,
  HYPOTHETICAL_INSIDE,
  MODAL_BEFORE,
  NEGATED_AFTER,
  NEGATED_BEFORE,
  NEGATED_INSIDE,
  NEGATED_LIST_BEFORE,
  QUESTION,
  RECURRENCE,
  RESOLVED,
  SAFETY_QUESTION,
  STOPPED_AFTER,
  STOPPED_BEFORE,
} from './lexicons/hazard-framing';
import { POWER_ACTION } from './lexicons/hazard-words';
import type { SafetyHazard } from './types';

export type MentionStatus = 'present' | 'negated' | 'hypothetical' | 'resolved';

export interface HazardMention {
  hazard: SafetyHazard;
  /** The words it was read from (for a pair, from the first half to the last). */
  evidence: string;
  /** Which cue found it, e.g. "socket + heat". */
  cue: string;
  index: number;
  status: MentionStatus;
  /** Present, but the customer says it stopped by itself. */
  stopped?: boolean;
}

export interface DangerReading {
  /** Hazards happening now, in the order they were found. */
  hazards: SafetyHazard[];
  /** The words behind them. */
  evidence: string[];
  mentions: HazardMention[];
  /** Safety asked about in general, or a hazard only imagined: a consultation, not an emergency. */
  safetyQuestion: boolean;
  /** A hazard that happened and was fixed or checked since. */
  pastHazard: boolean;
}

interface Span {
  start: number;
  end: number;
}

const SENTENCE_BREAK = /[。！？!?；;\n]+|\.(?=\s|$)/g;
const CLAUSE_BREAK = /[。！？!?；;，,、:：\n]+|\.(?=\s|$)|但是|可是|不过|\b(?:but|though|although|however)\b/gi;
const CJK = /[\u3400-\u9fff]/;
const WORD_CHAR = /[A-Za-z0-9']/;
/** How far back and ahead of a hazard word its framing is read (a negation, an "if"). */
const FRAMING_BEFORE = 60;
const FRAMING_AFTER = 20;

/**
 * The text cut once into sentences and clauses, with the positions every cue needs, so a long
 * message costs a few passes rather than one per match (a pasted 4,000-character wall of text
 * must not stall a turn).
 */
interface Layout {
  text: string;
  sentences: Span[];
  clauses: Span[];
  /** unitsBefore[i]: units (a Chinese character or an English word) that start before index i. */
  unitsBefore: Int32Array;
  actions: Span[];
  fixes: Span[];
  recurrences: number[];
}

function spans(text: string, breaks: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  breaks.lastIndex = 0;
  for (const m of text.matchAll(breaks)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const global = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
const RESOLVED_ALL = global(RESOLVED);
const RECURRENCE_ALL = global(RECURRENCE);

function layout(text: string): Layout {
  const unitsBefore = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const starts = CJK.test(c) || (WORD_CHAR.test(c) && !WORD_CHAR.test(text[i - 1] ?? ' '));
    unitsBefore[i + 1] = unitsBefore[i]! + (starts ? 1 : 0);
  }
  const whole = { start: 0, end: text.length };
  return {
    text,
    sentences: spans(text, SENTENCE_BREAK),
    clauses: spans(text, CLAUSE_BREAK),
    unitsBefore,
    actions: find(POWER_ACTION, text, whole),
    fixes: find(RESOLVED_ALL, text, whole),
    recurrences: find(RECURRENCE_ALL, text, whole).map((r) => r.start),
  };
}

function find(pattern: RegExp, text: string, within: Span): Span[] {
  const part = text.slice(within.start, within.end);
  pattern.lastIndex = 0;
  return [...part.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => ({ start: within.start + m.index, end: within.start + m.index + m[0].length }));
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Units between two spans; 0 when they touch or overlap. */
function gap(l: Layout, a: Span, b: Span): number {
  if (a.end <= b.start) return l.unitsBefore[b.start]! - l.unitsBefore[a.end]!;
  if (b.end <= a.start) return l.unitsBefore[a.start]! - l.unitsBefore[b.end]!;
  return 0;
}

/** The text around a span, up to `n` units each side, inside its bounds. */
function around(l: Layout, span: Span, bounds: Span, n: number): string {
  const { text } = l;
  let start = span.start;
  while (start > bounds.start && l.unitsBefore[span.start]! - l.unitsBefore[start]! < n) start--;
  let end = span.end;
  while (end < bounds.end && l.unitsBefore[end]! - l.unitsBefore[span.end]! < n) end++;
  while (end < bounds.end && WORD_CHAR.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** The first span whose end is after `index` (spans sorted and not overlapping). */
function firstEndingAfter(all: Span[], index: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function containing(all: Span[], index: number): Span {
  const s = all[firstEndingAfter(all, index)];
  return s && s.start <= index ? s : { start: index, end: index };
}

const inside = (span: Span, outer: Span[]): boolean => {
  const o = outer[firstEndingAfter(outer, span.start)];
  return !!o && o.start <= span.start && span.end <= o.end;
};

/** Where each cue matched, before deciding how it was spoken of. */
interface Hit {
  cue: HazardCue;
  /** The whole evidence. */
  span: Span;
  /** The event part, whose framing decides the status (the sign of a pair, or the words themselves). */
  event: Span;
}

function harmless(l: Layout, cue: HazardCue, span: Span, scope: Span, seen: Map<number, boolean>): boolean {
  if (!cue.unless) return false;
  if (!cue.unlessInScope) return test(cue.unless, around(l, span, scope, 6));
  if (!seen.has(scope.start)) seen.set(scope.start, test(cue.unless, slice(l.text, scope)));
  return seen.get(scope.start)!;
}

function hitsOf(cue: HazardCue, l: Layout): Hit[] {
  const whole = { start: 0, end: l.text.length };
  const seen = new Map<number, boolean>();
  if (cue.harmlessMessage?.(l.text)) return [];
  if (cue.kind === 'words') {
    return find(cue.pattern, l.text, whole)
      .filter((span) => !harmless(l, cue, span, containing(l.sentences, span.start), seen))
      .map((span) => ({ cue, span, event: span }));
  }
  const hits: Hit[] = [];
  const scopes = cue.scope === 'message' ? [whole] : cue.scope === 'clause' ? l.clauses : l.sentences;
  for (const scope of scopes) {
    const things = find(cue.thing, l.text, scope).filter((t) => !inside(t, l.actions));
    if (!things.length) continue;
    for (const sign of find(cue.sign, l.text, scope)) {
      // The nearest thing is the last one before the sign or the first one touching or after it.
      const i = firstEndingAfter(things, sign.start);
      const near = [things[i - 1], things[i]]
        .filter((t): t is Span => !!t)
        .map((t) => ({ t, gap: gap(l, t, sign) }))
        .filter((c) => c.gap <= cue.within)
        .sort((a, b) => a.gap - b.gap)[0];
      if (!near) continue;
      const span = { start: Math.min(near.t.start, sign.start), end: Math.max(near.t.end, sign.end) };
      if (harmless(l, cue, span, scope, seen)) continue;
      hits.push({ cue, span, event: sign });
    }
  }
  return hits;
}

function statusOf(l: Layout, hit: Hit): { status: MentionStatus; stopped?: boolean } {
  const { text } = l;
  const clause = containing(l.clauses, hit.event.start);
  const before = text.slice(Math.max(clause.start, hit.event.start - FRAMING_BEFORE), hit.event.start);
  const after = text.slice(hit.event.end, Math.min(clause.end, hit.event.end + FRAMING_AFTER));
  // A word cue's match may hold its own denial ("摸着不麻"); a pair's sign is read from the words before it.
  const deniedInside = hit.cue.kind === 'words' && test(NEGATED_INSIDE, text.slice(hit.event.start, hit.event.end));
  if (deniedInside || test(NEGATED_BEFORE, before) || test(NEGATED_LIST_BEFORE, before) || test(NEGATED_AFTER, after)) {
    if (test(STOPPED_AFTER, after) || test(STOPPED_BEFORE, before)) return { status: 'present', stopped: true };
    return { status: 'negated' };
  }
  const stopped = test(STOPPED_BEFORE, before) || undefined;
  const question = test(QUESTION, text.slice(Math.max(clause.start, hit.event.start - FRAMING_BEFORE), Math.min(clause.end, hit.event.end + FRAMING_BEFORE))) || /\?\s*$/.test(text);
  const inside = text.slice(hit.event.start, hit.event.end);
  if (test(HYPOTHETICAL_BEFORE, before) || test(HYPOTHETICAL_INSIDE, inside) || (question && test(MODAL_BEFORE, before))) return { status: 'hypothetical' };
  if (resolvedAfter(l, hit.span.end, clause)) return { status: 'resolved' };
  return { status: 'present', stopped };
}

/** Fixed or checked after the event, and not come back since (修好了又冒烟 is not fixed). */
function resolvedAfter(l: Layout, end: number, clause: Span): boolean {
  const fix = l.fixes.find((f) => f.start >= end);
  if (!fix) return false;
  return !l.recurrences.some((r) => r >= fix.end || (r >= clause.start && r < clause.end));
}

/** Every hazard mention with how it is spoken of, in text order. Knowledge lint reads this too. */
export function findHazardMentions(text: string): HazardMention[] {
  const l = layout(text);
  const mentions: HazardMention[] = [];
  const taken = new Map<SafetyHazard, Span[]>();
  for (const cue of HAZARD_CUES) {
    for (const hit of hitsOf(cue, l)) {
      // One account per stretch of words: a second cue for the same hazard over the same words adds nothing.
      const mine = taken.get(cue.hazard) ?? [];
      if (mine.some((t) => t.start < hit.span.end && hit.span.start < t.end)) continue;
      mine.push(hit.span);
      taken.set(cue.hazard, mine);
      mentions.push({ hazard: cue.hazard, evidence: slice(text, hit.span).trim(), cue: cue.name, index: hit.span.start, ...statusOf(l, hit) });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** What a customer's message says about danger now. */
export function readDanger(text: string): DangerReading {
  const mentions = findHazardMentions(text);
  const present = mentions.filter((m) => m.status === 'present');
  return {
    hazards: [...new Set(present.map((m) => m.hazard))],
    evidence: [...new Set(present.map((m) => m.evidence))],
    mentions,
    safetyQuestion: mentions.some((m) => m.status === 'hypothetical') || SAFETY_QUESTION.test(text),
    pastHazard: mentions.some((m) => m.status === 'resolved'),
  };
}
