/**
 * The customer says a part was never looked after ("滤网半年没洗过", "隔油网好耐冇清过", "the filter
 * hasn't been cleaned since we moved in"): after self-help it is no "still broken" and no small talk,
 * but likely the cause, and the step that looks after that part is the answer (engine.ts).
 */
import { normaliseText } from '../../kernel/text/normal-form';

const ZH =
  /(?:好久|很久|一直|从来|从没|从未|几个月|半年|一年|多年|[\d一二两三四五六七八九十几]+个?(?:月|年)|几年|买来|装好|搬进来|用了)[^，。！？,.!?]{0,8}(?:没(?:有)?|未|都没)(?:洗|清洗|清理|清|擦|换|更换|保养)过?|(?:没(?:有)?|从没|从来没|未)(?:洗|清洗|清理|清|换|更换)过/;
const EN =
  /\b(?:never|not|n't)\b[^.!?]{0,20}\b(?:been )?(?:cleaned|washed|changed|replaced|descaled)\b|\b(?:have|has)n'?t (?:been )?(?:cleaned|washed|changed|replaced)\b|\bnever (?:clean|wash|change|replace)(?:ed)?\b/i;

export function neglectTold(text: string): boolean {
  const t = normaliseText(text);
  return ZH.test(t) || EN.test(t);
}
