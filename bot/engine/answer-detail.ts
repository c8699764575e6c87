/**
 * A follow-up to the answer just given ("so the sediment one goes sooner? our water is murky",
 * "那PP棉要换得更勤吗？我们这水有点浑") finds the same entry again. Said whole it is a repeat, and
 * "no information" would be false: the answer already holds the point asked about. So the
 * sentences of that answer which speak to the follow-up are quoted back, in the entry's own words
 * (nothing is added or guessed), with its source line.
 */
import type { Lang } from '../phrases';
import { STEP_CONCEPTS, WHERE } from './step-question-concepts';

/** Things a follow-up asks about in other words than the answer says them: how asked, how said. */
const CONCEPTS: { asked: RegExp; said: RegExp }[] = [
  // Poor or hard water: cloudy, yellow, sandy, scale.
  {
    asked:
      /浑|浊|脏|发黄|黄水|水质|泥沙|沙子|杂质|水垢|硬水|水(?:很|比较|特别)?硬|井水|铁锈|\b(?:murky|cloudy|dirty|muddy|silty|rusty|sandy|brown|yellow)\b|\bhard water\b|\bwater quality\b|\bwell water\b|\bpoor water\b/i,
    said: /水质|硬水|\bpoor water\b|\bwater quality\b|\bhard water\b/i,
  },
  // Sooner or more often.
  { asked: /勤|频繁|更快|快一?些|提前|早点|早一点|\bsooner\b|\bmore often\b|\bearlier\b|\bmore frequently\b|\bfaster\b/i, said: /提前|\bsooner\b|\bearlier\b/i },
  // Heavy use: a big household, a lot of water.
  { asked: /用水(?:多|量大|量很大)|人多|人口多|\bheavy use\b|\buse (?:a lot|lots)\b|\bbig (?:family|household)\b/i, said: /用水多|\bheavy use\b/i },
  // Left overdue.
  { asked: /不换|晚点换|拖着|超期|过期|\b(?:don'?t|do not|never) (?:change|replace)\b|\boverdue\b|\bput (?:it )?off\b|\bleave it\b/i, said: /超期|\boverdue\b/i },
  // The reminder after a change.
  { asked: /复位|重置|清零|还(?:在)?(?:亮|提示|提醒)|\breset\b|\bstill (?:on|showing|flashing)\b/i, said: /复位|重置|\breset\b/i },
  // Where a thing is, what to catch the water in, which tools: asked of an answer as of a case's steps.
  ...STEP_CONCEPTS,
  WHERE,
];

/** Words shared by chance, never the point of a question. */
const COMMON = new Set([
  '是不',
  '不是',
  '我们',
  '有点',
  '这个',
  '那个',
  '一下',
  '怎么',
  '什么',
  '可以',
  '需要',
  '一般',
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'one',
  'needs',
  'need',
  'our',
  'your',
  'pretty',
  'does',
  'should',
]);

/** The answer's words: Latin words and pairs of Chinese characters. */
function terms(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z]{2,}/g) ?? []) if (!COMMON.has(word)) found.add(word.replace(/(?:es|s)$/, ''));
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) if (!COMMON.has(run.slice(i, i + 2))) found.add(run.slice(i, i + 2));
  return found;
}

const GREETING = /智能助手|automated after-sales assistant/i;
const SOURCE_LINE = /^[（(](?:依据|Source|Based on)/;

/** The answer's sentences (a semicolon ends one too: the rule-of-thumb list is one point per part). */
function sentences(text: string, lang: Lang): string[] {
  const parts = lang === 'zh' ? text.split(/(?<=[。；！？])/) : text.split(/(?<=[.;!?])\s+/);
  // (Not the greeting that opens a first reply: it is nobody's answer.)
  return parts.map((s) => s.trim()).filter((s) => s.length > 3 && !GREETING.test(s));
}

/**
 * The part of `answer` that speaks to `question`, said as such, or undefined when no sentence of it
 * does (then it is not this answer the customer is asking about).
 */
export function answerDetail(answer: string, question: string, lang: Lang): string | undefined {
  const lines = answer.split('\n');
  const source = lines.find((l) => SOURCE_LINE.test(l.trim()));
  // Only an approved answer, which carries its source line, is quoted back: never a question or a form's words.
  if (!source) return undefined;
  const body = lines.filter((l) => !SOURCE_LINE.test(l.trim())).join(lang === 'zh' ? '' : ' ');
  const asked = terms(question);
  const concepts = CONCEPTS.filter((c) => c.asked.test(question));
  const scored = sentences(body, lang).map((sentence, at) => {
    const shared = [...terms(sentence)].filter((t) => asked.has(t)).length;
    return { sentence, at, score: shared + 2 * concepts.filter((c) => c.said.test(sentence)).length };
  });
  const best = [...scored]
    .sort((a, b) => b.score - a.score)
    .filter((s) => s.score > 0)
    .slice(0, 2);
  if (!best.length || best[0]!.score < 2) return undefined;
  const said = best
    .sort((a, b) => a.at - b.at)
    .map((s) => s.sentence.replace(/[；;]$/, lang === 'zh' ? '。' : '.'))
    .join(lang === 'zh' ? '' : ' ');
  const lead = lang === 'zh' ? `这一点刚才那条里有：${said}` : `On that point, the answer above says: ${said}`;
  return `${lead}\n${source.trim()}`;
}
