/**
 * The customer says the case they were given is not their problem: "that's not it", "it isn't
 * leaking", "NOT LEAKING", "没漏油啊", "不是这个问题", "我说的是吸力小". That case is never offered
 * again in the conversation, and the fault is looked up again from what they say now.
 */
import { categoryMentions } from '../understanding/slots/lexicon-mentions';
import { faultWords } from './problem-words';

const REJECTS =
  /(?:不是这个(?:问题|情况|原因)?|不是这样|不是这种|跟这个没关系|和这个没关系|没关系啊|答非所问|说的不对|不对不对|我说的(?:是|不是)|我问的(?:是|不是)|\bthat'?s not (?:it|the (?:problem|issue)|what i (?:said|meant|asked))|\bnot (?:the|my) (?:problem|issue)|\bthat'?s wrong\b|\bwrong (?:problem|issue|answer)\b|\bi (?:didn'?t|never) say\b|\bi said\b)/i;
const NEGATION_ZH = /(?:没有?|不是|并没有?|没在)$/;
const NEGATION_EN = /\b(?:not|isn'?t|aren'?t|wasn'?t|no|never|doesn'?t|don'?t)\s+(?:\w+\s+)?$/i;

/**
 * Two-character pieces of the case's Chinese title and its longer English words: what a denial
 * would name. Not the product's own name (denying it is a product correction), and not words the
 * title itself negates ("不出热水", "no hot water": "还是没热水" agrees with that case).
 */
function titleWords(title: string): string[] {
  const lower = title.toLowerCase();
  let plain = lower;
  for (const m of categoryMentions(lower)) plain = plain.slice(0, m.start) + ' '.repeat(m.end - m.start) + plain.slice(m.end);
  const zh: string[] = [];
  for (const m of plain.matchAll(/[\u4e00-\u9fff]+/g)) {
    for (let i = 0; i + 1 < m[0].length; i++) {
      const word = m[0].slice(i, i + 2);
      if (!/[不没无]/.test(word) && !/[不没无]/.test(m[0].slice(Math.max(0, i - 2), i))) zh.push(word);
    }
  }
  const en = [...plain.matchAll(/[a-z]{4,}/g)]
    .filter((m) => !/\b(?:no|not|won'?t|doesn'?t|isn'?t)\s+(?:\w+\s+)?$/.test(plain.slice(Math.max(0, m.index - 16), m.index)))
    .map((m) => m[0].replace(/(?:ing|s|ed)$/, ''));
  return [...zh, ...en];
}

export function rejectsCase(text: string, caseTitle: string | undefined): boolean {
  if (REJECTS.test(text)) return true;
  return Boolean(caseTitle && negatesWordsOf(text, caseTitle));
}

/** A word of `source` said with a "not" in front of it: the customer denies what it says. */
export function negatesWordsOf(text: string, source: string): boolean {
  const lower = text.toLowerCase();
  // A word of the case said with a "not" in front of it ("it isn't leaking", "没漏油啊").
  return titleWords(source).some((word) => {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const before = lower.slice(Math.max(0, at - 16), at);
      if (/[\u4e00-\u9fff]/.test(word) ? NEGATION_ZH.test(before) : NEGATION_EN.test(before)) return true;
    }
    return false;
  });
}

/** What the message says the fault is, without the clauses that deny the case ("是吸力变小 嗡嗡响"); undefined when only denying. */
export function describedInstead(text: string, caseTitle: string | undefined): string | undefined {
  const kept = text
    .split(/[,，。.!！?？;；\n]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/)
    .filter((piece) => piece.trim() && !rejectsCase(piece, caseTitle))
    .map((piece) => piece.trim().replace(/^(?:而是|是|只是|就是|but|it'?s|it is|it just|just)\s*/i, ''));
  const joined = kept.join(/[\u4e00-\u9fff]/.test(text) ? '，' : ', ');
  return faultWords(joined);
}
