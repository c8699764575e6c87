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
 * Pure: the same text always gives the same reading.
 */
import { HAZARD_CUES, type CueScope, type HazardCue } from './lexicons/hazard-cues';
import {
  HYPOTHETICAL_BEFORE,
  MODAL_BEFORE,
  NEGATED_AFTER,
  NEGATED_BEFORE,
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
/** One Chinese character or one English word (or number) is one unit of distance. */
const UNIT = /[\u3400-\u9fff]|[A-Za-z0-9']+/g;

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

const scopeSpans = (text: string, scope: CueScope): Span[] =>
  scope === 'message' ? [{ start: 0, end: text.length }] : spans(text, scope === 'clause' ? CLAUSE_BREAK : SENTENCE_BREAK);

const units = (s: string): number => s.match(UNIT)?.length ?? 0;

function find(pattern: RegExp, text: string, within: Span): Span[] {
  const part = text.slice(within.start, within.end);
  pattern.lastIndex = 0;
  return [...part.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => ({ start: within.start + m.index, end: within.start + m.index + m[0].length }));
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** The text around a span, up to `n` units each side, inside its bounds. */
function around(text: string, span: Span, bounds: Span, n: number): string {
  let start = span.start;
  let left = 0;
  while (start > bounds.start && left < n) {
    start--;
    if (/[\u3400-\u9fff]/.test(text[start]!) || (/[A-Za-z0-9']/.test(text[start]!) && !/[A-Za-z0-9']/.test(text[start - 1] ?? ' '))) left++;
  }
  let end = span.end;
  let right = 0;
  while (end < bounds.end && right < n) {
    if (/[\u3400-\u9fff]/.test(text[end]!) || (/[A-Za-z0-9']/.test(text[end]!) && !/[A-Za-z0-9']/.test(text[end - 1] ?? ' '))) right++;
    end++;
  }
  while (end < bounds.end && /[A-Za-z0-9']/.test(text[end]!)) end++;
  return text.slice(start, end);
}

const containing = (all: Span[], index: number): Span => all.find((s) => s.start <= index && index < s.end) ?? { start: 0, end: 0 };
const inside = (span: Span, outer: Span[]): boolean => outer.some((o) => o.start <= span.start && span.end <= o.end);

/** Where each cue matched, before deciding how it was spoken of. */
interface Hit {
  cue: HazardCue;
  /** The whole evidence. */
  span: Span;
  /** The event part, whose framing decides the status (the sign of a pair, or the words themselves). */
  event: Span;
  scope: Span;
}

function hitsOf(cue: HazardCue, text: string, actions: Span[]): Hit[] {
  if (cue.kind === 'words') {
    const sentences = spans(text, SENTENCE_BREAK);
    return find(cue.pattern, text, { start: 0, end: text.length })
      .filter((span) => !cue.unless || !test(cue.unless, cue.unlessInScope ? slice(text, containing(sentences, span.start)) : around(text, span, containing(sentences, span.start), 6)))
      .map((span) => ({ cue, span, event: span, scope: containing(sentences, span.start) }));
  }
  if (cue.harmlessMessage?.(text)) return [];
  const hits: Hit[] = [];
  for (const scope of scopeSpans(text, cue.scope)) {
    const things = find(cue.thing, text, scope).filter((t) => !inside(t, actions));
    if (!things.length) continue;
    for (const sign of find(cue.sign, text, scope)) {
      const near = things
        .map((t) => ({ t, gap: t.end <= sign.start ? units(text.slice(t.end, sign.start)) : sign.end <= t.start ? units(text.slice(sign.end, t.start)) : 0 }))
        .filter(({ gap }) => gap <= cue.within)
        .sort((a, b) => a.gap - b.gap)[0];
      if (!near) continue;
      const span = { start: Math.min(near.t.start, sign.start), end: Math.max(near.t.end, sign.end) };
      if (cue.unless && test(cue.unless, cue.unlessInScope ? slice(text, scope) : around(text, span, scope, 6))) continue;
      hits.push({ cue, span, event: sign, scope });
    }
  }
  return hits;
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

function statusOf(text: string, hit: Hit): { status: MentionStatus; stopped?: boolean } {
  const clause = containing(spans(text, CLAUSE_BREAK), hit.event.start);
  const before = text.slice(clause.start, hit.event.start);
  const after = text.slice(hit.event.end, clause.end);
  if (test(NEGATED_BEFORE, before) || test(NEGATED_LIST_BEFORE, before) || test(NEGATED_AFTER, after)) {
    if (test(STOPPED_AFTER, after) || test(STOPPED_BEFORE, before)) return { status: 'present', stopped: true };
    return { status: 'negated' };
  }
  const stopped = test(STOPPED_BEFORE, before) || undefined;
  const question = test(QUESTION, slice(text, clause)) || /\?\s*$/.test(text);
  if (test(HYPOTHETICAL_BEFORE, before) || (question && test(MODAL_BEFORE, before))) return { status: 'hypothetical' };
  if (resolvedAfter(text, hit.span.end, clause)) return { status: 'resolved' };
  return { status: 'present', stopped };
}

/** Fixed or checked after the event, and not come back since (修好了又冒烟 is not fixed). */
function resolvedAfter(text: string, end: number, clause: Span): boolean {
  const rest = text.slice(end);
  const fix = RESOLVED.exec(rest);
  if (!fix) return false;
  const sinceFix = rest.slice(fix.index + fix[0].length);
  return !RECURRENCE.test(sinceFix) && !RECURRENCE.test(slice(text, clause));
}

/** Every hazard mention with how it is spoken of, in text order. Knowledge lint reads this too. */
export function findHazardMentions(text: string): HazardMention[] {
  const actions = find(POWER_ACTION, text, { start: 0, end: text.length });
  const mentions: HazardMention[] = [];
  const taken: { hazard: SafetyHazard; span: Span }[] = [];
  for (const cue of HAZARD_CUES) {
    for (const hit of hitsOf(cue, text, actions)) {
      // One account per stretch of words: a second cue for the same hazard over the same words adds nothing.
      if (taken.some((t) => t.hazard === cue.hazard && t.span.start < hit.span.end && hit.span.start < t.span.end)) continue;
      taken.push({ hazard: cue.hazard, span: hit.span });
      mentions.push({ hazard: cue.hazard, evidence: slice(text, hit.span).trim(), cue: cue.name, index: hit.span.start, ...statusOf(text, hit) });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** Hazards spoken of and not ruled out, whatever the tense or mood: what a text is about (knowledge lint). */
export function findSafetyHazards(text: string): { hazards: SafetyHazard[]; evidence: string[] } {
  const about = findHazardMentions(text).filter((m) => m.status !== 'negated');
  return { hazards: [...new Set(about.map((m) => m.hazard))], evidence: [...new Set(about.map((m) => m.evidence))] };
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
