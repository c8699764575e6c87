/**
 * An answer the customer already had in this conversation is not said again in full (issue 16,
 * "answers"): when a message asks it again beside a new question, one line points back to it and
 * the room goes to the new question. Compared without the source line, so the same rule cited
 * twice is still the same answer.
 */
import type { Lang } from '../phrases';
import { topicName, type QuestionTopic } from './question-topic';

/** The answer's substance: its lines without the "（依据：…）" / "(Source: …)" line. */
function substance(answer: string): string {
  return answer
    .split('\n')
    .filter((line) => !/^[（(](?:依据|Source)[:：]/.test(line.trim()))
    .join('\n')
    .trim();
}

/** Its first sentence, short enough for one line. */
function gist(answer: string, lang: Lang): string {
  const text = substance(answer).replace(/\n/g, lang === 'zh' ? '' : ' ');
  const first = lang === 'zh' ? (text.match(/^[^。！？]*[。！？]?/)?.[0] ?? text) : (text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text);
  return first.length > 90 ? `${first.slice(0, 88)}…` : first;
}

/** One line pointing back to an answer already given, or undefined when `answer` is new to the customer. */
export function answeredBefore(answer: string, earlier: string[], topic: QuestionTopic, lang: Lang): string | undefined {
  const core = substance(answer);
  if (core.length < 12 || !earlier.some((e) => e.includes(core))) return undefined;
  const about = topicName(topic, lang);
  return lang === 'zh' ? `${about}，上面已经说过：${gist(answer, lang)}` : `${about[0]!.toUpperCase()}${about.slice(1)}, as I said above: ${gist(answer, lang)}`;
}
