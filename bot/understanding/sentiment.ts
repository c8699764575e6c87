/**
 * Sentiment in [-1, 1] from bilingual lexicons, with negation (不满意, not good), intensifiers
 * (非常, very), contrast (…但是 / but … weighs the second half more), exclamation and question
 * runs, shouting in capitals and profanity. Pure and fast: one pass over the text per language.
 */
import { EN_CONTRAST, EN_DIMINISHERS, EN_INTENSIFIERS, EN_NEGATORS, EN_PRODUCT_PROBLEM, EN_SENTIMENT } from './lexicons/sentiment-en';
import { ZH_CONTRAST, ZH_DIMINISHERS, ZH_INTENSIFIERS, ZH_NEGATORS, ZH_PRODUCT_PROBLEM, ZH_SENTIMENT } from './lexicons/sentiment-zh';
import { FAMILY_MA, PROFANITY } from './lexicons/profanity';
import { OWN_DIFFICULTY } from './lexicons/own-difficulty';
import { SELF_BLAME } from './lexicons/self-blame';
import { TIME_REFUSAL } from './lexicons/time-refusal';
import type { Sentiment } from './types';

// Chinese words indexed by first character, longest first, for longest-match scanning.
const ZH_INDEX = new Map<string, [string, number][]>();
for (const [word, weight] of Object.entries(ZH_SENTIMENT)) {
  const list = ZH_INDEX.get(word[0]!) ?? [];
  list.push([word, weight]);
  ZH_INDEX.set(word[0]!, list);
}
for (const list of ZH_INDEX.values()) list.sort((a, b) => b[0].length - a[0].length);
const ZH_MODIFIERS = Object.entries({ ...ZH_INTENSIFIERS, ...ZH_DIMINISHERS }).sort((a, b) => b[0].length - a[0].length);
const CLAUSE_BREAK = /[,.!?;:，。！？；：、\s~]/;
const HAN = /\p{Script=Han}/u;
// Capitalised acronyms that are not shouting.
const ACRONYMS = new Set(['AC', 'TV', 'LG', 'TCL', 'BBB', 'USB', 'LED', 'LCD', 'SN', 'ID', 'IMEI', 'OK', 'AUX', 'USA', 'US', 'UK', 'HDMI', 'WIFI', 'GPS', 'PM', 'AM', 'ASAP', 'FYI', 'DIY', 'OPPO']);

/** Squashes an unbounded sum into (-1, 1), as VADER does. */
const ALPHA = 4;
const squash = (sum: number) => sum / Math.sqrt(sum * sum + ALPHA);

interface Hit {
  weight: number;
  cue: string;
  /** A product-fault word: part of the score, not of anger. */
  product: boolean;
}

function scanChinese(text: string, hits: Hit[]): void {
  let afterContrast = false;
  let clauseStart = 0;
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (CLAUSE_BREAK.test(ch)) {
      clauseStart = i + 1;
      i++;
      continue;
    }
    if (ZH_CONTRAST.test(text.slice(i, i + 2)) && /^(?:但是|但|可是|不过|然而|就是|只是|却)/.test(text.slice(i))) afterContrast = true;
    const candidates = ZH_INDEX.get(ch);
    const match = candidates?.find(([word]) => text.startsWith(word, i));
    if (!match) {
      i++;
      continue;
    }
    const [word, base] = match;
    let weight = base;
    const before = text.slice(Math.max(clauseStart, i - 4), i);
    const modifier = ZH_MODIFIERS.find(([m]) => before.endsWith(m));
    if (modifier) weight *= modifier[1];
    // Only a negator right before the word (or before its modifier) flips it: 不满意, 不太好; but
    // not 不修就退钱. 别 before a negative word is an imperative and keeps it negative (别扯).
    const bare = modifier ? before.slice(0, -modifier[0].length) : before;
    const negator = ZH_NEGATORS.find((n) => bare.endsWith(n) || before.endsWith(n));
    if (negator && !/^(?:不|没|无|别)/.test(word) && !(negator === '别' && base < 0)) weight *= base > 0 ? -0.8 : -0.4;
    if (afterContrast) weight *= 1.4;
    hits.push({ weight, cue: word, product: ZH_PRODUCT_PROBLEM.has(word) });
    i += word.length;
  }
}

function scanEnglish(text: string, hits: Hit[]): void {
  const tokens =
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[a-z]+(?:\*+[a-z]*)?(?:'[a-z]+)?|[.!?;,]/g) ?? [];
  let afterContrast = false;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (EN_CONTRAST.has(t)) afterContrast = true;
    let matched: [string, number, number] | undefined;
    for (const n of [3, 2, 1]) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const weight = EN_SENTIMENT[phrase];
      if (weight !== undefined && weight !== 0) {
        matched = [phrase, weight, n];
        break;
      }
    }
    if (!matched) {
      i++;
      continue;
    }
    const [phrase, base, n] = matched;
    let weight = base;
    // Look back over the same clause only.
    const window: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 3 && !/^[.!?;,]$/.test(tokens[j]!); j--) window.unshift(tokens[j]!);
    const prev = window[window.length - 1];
    const prev2 = window.slice(-2).join(' ');
    const factor = EN_INTENSIFIERS[prev2] ?? EN_DIMINISHERS[prev2] ?? (prev ? (EN_INTENSIFIERS[prev] ?? EN_DIMINISHERS[prev]) : undefined);
    if (factor) weight *= factor;
    if (window.some((w) => EN_NEGATORS.has(w)) && !phrase.includes(' ')) weight *= base > 0 ? -0.75 : -0.5;
    if (afterContrast) weight *= 1.4;
    hits.push({ weight, cue: phrase, product: EN_PRODUCT_PROBLEM.has(phrase) });
    i += n;
  }
}

export function analyzeSentiment(text: string): Sentiment {
  const hits: Hit[] = [];
  // Politeness and self-blame ("不好意思", "my bad") are no feeling about us: not scored; nor is a
  // day that does not suit ("周三不行", "Wednesday doesn't work"), the customer's own weak eyes or
  // slow typing ("眼神不行"), or a parent's 妈 before 的 ("我爸妈的冰箱" swears at no one).
  const felt = text.replace(SELF_BLAME, '，').replace(TIME_REFUSAL, '，').replace(OWN_DIFFICULTY, '，').replace(FAMILY_MA, '家人');
  if (HAN.test(felt)) scanChinese(felt, hits);
  if (/[A-Za-z]{2}/.test(felt)) scanEnglish(felt, hits);
  let sum = hits.reduce((s, h) => s + h.weight, 0);
  // Anger only counts negative feeling words (positive words do not cancel an insult).
  let anger = hits.reduce((s, h) => s + (h.product || h.weight > 0 ? 0 : h.weight), 0);
  const cues = hits.map((h) => `${h.cue}${h.weight >= 0 ? '+' : ''}${Math.round(h.weight * 10) / 10}`);

  const profanity = PROFANITY.test(felt);
  if (profanity) {
    sum -= 1.5;
    anger -= 2.5;
    cues.push('profanity');
  }
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !ACRONYMS.has(w));
  if (shouted.length >= 2 || shouted.some((w) => w.length >= 5)) {
    sum = sum <= 0 ? sum * 1.3 - 0.5 : sum * 1.3;
    anger = anger * 1.3 - 0.8;
    cues.push('caps');
  }
  const bangs = (text.match(/!/g) ?? []).length;
  if (bangs >= 2) {
    sum *= 1 + 0.1 * Math.min(bangs, 4);
    if (sum < 0) anger = anger * (1 + 0.1 * Math.min(bangs, 4)) - 0.3 * Math.min(bangs, 3);
    cues.push('!'.repeat(Math.min(bangs, 4)));
  }
  if (/[?？]{2,}/.test(text) && sum <= 0.5) {
    sum -= 0.8;
    anger -= 1;
    cues.push('???');
  }
  const score = Math.round(squash(sum) * 1000) / 1000;
  return {
    score,
    label: score >= 0.15 ? 'positive' : score <= -0.15 ? 'negative' : 'neutral',
    cues,
    profanity,
    anger: Math.round(Math.max(0, -squash(anger)) * 1000) / 1000,
  };
}
