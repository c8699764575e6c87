/**
 * "电机不是保好几年吗", "isn't the compressor covered for longer?", "主要部件保得更久吧", "I thought the
 * main parts had longer cover": a question about a main part's own warranty period. It is a
 * warranty question even when it sounds like a remark and carries no warranty word the general
 * reading knows ("cover", "保好几年"): read as a fault it got fault questions, or the product's
 * rule paragraph without the dates worked out. The part-cover answer (bot/engine/part-warranty.ts)
 * says both periods and, with a purchase date, whether the part's cover still holds.
 */
import { componentNamedIn } from '../../warranty/policy';

/** The main parts as such, none named. */
const MAIN_PARTS = /主要部件|主要零部件|核心部件|核心零件|关键部件|主件|\b(?:main|major|key|core)\s+(?:parts?|components?)\b/i;

/** Words of a part's cover and its length. */
const COVER = /保修|质保|保(?:个|了)?(?:好几|几|多少|[一二三四五六七八九十两\d])\s*年|保得?(?:更|比较)?(?:久|长)|保多久|还保|在保|三包|\bwarrant\w*|\bguarantee\w*|\bcover(?:ed|age)?\b/i;

export function asksMainPartCover(text: string): boolean {
  const part = componentNamedIn(text);
  return ((part !== undefined && part !== 'whole_unit') || MAIN_PARTS.test(text)) && COVER.test(text);
}
