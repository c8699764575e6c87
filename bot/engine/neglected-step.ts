/**
 * "The filter has not been washed for months" after the steps were given: the step that looks after
 * that part is most likely the fix, so it is pointed to in the case's own words (nothing added), not
 * met with "let me know if it still doesn't work".
 */
import type { Lang } from '../phrases';
import { screenKnowledgeLines } from './knowledge-screen';
import { normaliseText } from '../../kernel/text/normal-form';

const CARE = /清洗|清洁|清理|洗|擦|更换|换|\b(?:clean\w*|wash\w*|replac\w*|chang\w*|descal\w*|rinse\w*)\b/i;
/** Pieces that say the neglect or the time, never the part. */
const NOT_PART_ZH = /没有|没洗|没清|好久|很久|一直|从来|半年|一年|几个|个月|过了|洗过|清过|换过/;
const NOT_PART_EN = new Set([
  'never',
  'since',
  'moved',
  'cleaned',
  'washed',
  'changed',
  'replaced',
  'months',
  'years',
  'hasn',
  'haven',
  'been',
  'there',
  'about',
  'think',
  'ages',
  'while',
  'since',
  'bought',
  'ever',
]);

/** The step that cares for the part the customer named as neglected, with its number. */
export function neglectedStep(text: string, steps: readonly string[] | undefined, lang: Lang): { line: string; step: number } | undefined {
  const said = normaliseText(text).toLowerCase();
  const lines = screenKnowledgeLines(steps ? [...steps] : []);
  const parts =
    lang === 'zh'
      ? [...new Set([...said.replace(/[^\u4e00-\u9fff]/g, ' ').split(/\s+/)].flatMap((chunk) => [...chunk].slice(0, -1).map((_, i) => chunk.slice(i, i + 2))))].filter((b) => !NOT_PART_ZH.test(b))
      : [...new Set(said.match(/[a-z]{4,}/g) ?? [])].filter((w) => !NOT_PART_EN.has(w)).map((w) => w.slice(0, 5));
  const i = lines.findIndex((line) => CARE.test(line) && parts.some((p) => line.toLowerCase().includes(p)));
  return i >= 0 ? { line: lines[i]!.replace(/[。；.;]$/, ''), step: i + 1 } : undefined;
}

export function neglectedStepReply(found: { line: string; step: number }, lang: Lang): string {
  return lang === 'zh'
    ? `那很可能就是原因之一。刚才第${found.step}步说的就是它：${found.line}。做完再用用看；如果还是不行，回复“还是不行”，我帮您安排。`
    : `That may well be the cause. Step ${found.step} above covers it: ${found.line}. Give it a try; if it still doesn't help, reply "still not working" and I will arrange the next step.`;
}
