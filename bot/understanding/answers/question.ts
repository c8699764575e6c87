/**
 * Whether a reply asks something, and from where in each clause the asking starts: in
 * "好的，那多少钱？" the 好的 answers and 多少钱 asks; in "is it fixed?" nothing is answered.
 * Question words inside answer phrases do not count (没什么效果, 不知道为什么, 有没有人在).
 */
import { asksApproval } from '../approval-question';
import { freeChoiceSpans } from '../free-choice';
import type { Clause } from './clauses';

const ZH_WH =
  /((?![不没])[\u4e00-\u9fff])[不没]\1|多少|什么|啥|咋|怎么|怎样|如何|为什么|为啥|哪|几(?:点|天|号|个|次|年|月|时|钟|分钟|小时|周|台|块|百|千)|谁|是否|是不是|能不能|可不可以|可以不|会不会|要不要|有没有|行不行|对不对|好不好|收不收|算不算|需不需要|用不用|多久|多长时间|多大|请问|想问|问一下|问下|咨询一下/g;
/** Question words that are not asking: 没什么, 不怎么, 好几天, 这几天. */
const ZH_NOT_WH: [RegExp, RegExp][] = [
  [/^(?:什么|啥|怎么)/, /(?:没|不)$/],
  [/^几/, /(?:好|十|这|那)$/],
];
const ZH_PARTICLE_END = /(?:吗|么|了没有?)[\s啊呀呢]*$/;
const ZH_NE_END = /呢[\s啊]*$/;
const ZH_THEN = /^(?:那|那么|那如果|如果|要是|还有)/;
/** "行吧", "那好吧", "成吧": a reluctant yes standing alone, not "is that all right?" (its 吧 agrees; with a question mark it asks). */
const RELUCTANT_YES = /^(?:那|那就)?(?:行|成|好)吧[啊呀哈]*$/;
/** "when"/"where" ask only with a verb after them; "it's fine when I turn it on" tells. */
const EN_WH = /(?<![a-z'])(?:how|what|what'?s|whats|why|who|which|whose|(?:when|where)(?:'s| (?:is|are|was|will|would|can|could|do|does|did|should|shall)(?![a-z'])))(?![a-z'])/g;
const EN_AUX =
  /(?<![a-z'])(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|have|has|had)\s+(?:it|this|that|there|you|u|i|we|they|he|she|the|my|your|a|an|someone|anyone|anybody|somebody|these|those|any)(?![a-z'])/g;
const EN_ASK = /(?<![a-z'])(?:i (?:want|wanted|would like|'?d like) to (?:know|ask)|i wonder|wondering|quick question|can i ask|any idea)(?![a-z'])/g;

export interface Asking {
  /** Where in the folded text the question words start. */
  start: number;
  words: string;
}

export interface ClauseView {
  clause: Clause;
  /** Whether a character of the folded text belongs to an answer phrase: its words do not ask. */
  claimed: (index: number) => boolean;
  /** Whether only answer phrases and fillers stand in the clause before this index. */
  opensAt: (index: number) => boolean;
  /** Where the clause's own content starts, after its leading answer words and fillers. */
  contentStart: number;
  /** A question mark ends the clause. */
  questionMark: boolean;
}

/** Where a clause starts asking, or undefined when it does not ask. */
export function findAsking({ clause, claimed, opensAt, contentStart, questionMark }: ClauseView): Asking | undefined {
  const found: Asking[] = [];
  const local = clause.text;
  const free = (i: number, length: number) => {
    for (let k = i; k < i + length; k++) if (claimed(clause.start + k)) return false;
    return true;
  };
  // "哪天都行", "whenever": question words that mean "any" tell, they do not ask.
  const anyWords = freeChoiceSpans(local);
  for (const re of [ZH_WH, EN_WH, EN_AUX, EN_ASK]) {
    re.lastIndex = 0;
    for (const m of local.matchAll(re)) {
      const before = local.slice(0, m.index);
      if (re === ZH_WH && ZH_NOT_WH.some(([word, prefix]) => word.test(m[0]) && prefix.test(before))) continue;
      if (re === ZH_WH && m[0] === '哪' && local[m.index + 1] === '怕') continue;
      if (anyWords.some(([start, end]) => m.index >= start && m.index < end)) continue;
      // English question words open a clause (after any answer words): "I know what you mean" does not ask.
      if ((re === EN_WH || re === EN_AUX) && !questionMark && !opensAt(clause.start + m.index)) continue;
      if (free(m.index, m[0].length)) found.push({ start: clause.start + m.index, words: m[0] });
    }
  }
  const content = contentStart;
  if (ZH_PARTICLE_END.test(local)) {
    const m = ZH_PARTICLE_END.exec(local)!;
    // The particle itself must not belong to an answer phrase (在吗 greets); in 好了没 it is the 没.
    const particle = m.index + m[0].search(/吗|么|没/);
    if (free(particle, 1)) found.push({ start: content, words: local.slice(content - clause.start) });
  }
  if (ZH_NE_END.test(local) && (ZH_THEN.test(local) || found.length)) found.push({ start: content, words: local.slice(content - clause.start) });
  // "先不加行不行", "用白醋代替可以吗", "is that ok": a tail asking whether what was told is all right.
  if (!found.length && asksApproval(local) && !RELUCTANT_YES.test(local)) found.push({ start: content, words: local.slice(content - clause.start) });
  if (questionMark && !found.length) found.push({ start: content, words: local.slice(content - clause.start) || '?' });
  return found.sort((x, y) => x.start - y.start)[0];
}
