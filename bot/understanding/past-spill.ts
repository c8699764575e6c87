/**
 * A spill told as something long over ("I spilled a little coffee on it back in August", "上个月
 * 洒过一点水"): first aid (switch it off at once, stand it upside down) is weeks too late and reads
 * as an emergency. What the customer needs is whether the fault it may have caused is covered:
 * liquid damage usually is not, and the inspection decides. A spill today or just now is first aid.
 */

/** A time well in the past: a month, a season, weeks or months ago, last year. */
const LONG_AGO =
  /(?:[一二三四五六七八九十]|1[0-2]|[1-9])月(?:份)?(?:的时候|那会|那时)?|上(?:个)?月|上上(?:个)?月|前(?:几|两)?个月|几个月前|(?:两|三|几|好几)(?:个)?(?:月|星期|礼拜|周)(?:以)?前|去年|前年|夏天|春天|秋天|冬天|暑假|寒假|很久(?:以)?前|之前有一次|\b(?:back in|in|during|since) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:weeks|months|a month|a year|years) ago\b|\blast (?:month|year|summer|spring|autumn|fall|winter)\b|\bback in the (?:summer|spring|autumn|fall|winter)\b|\bin the summer\b|\ba while (?:back|ago)\b|\bages ago\b/i;
/** …unless it is today's: "just now", "this morning", "刚才". */
const JUST_NOW =
  /刚才|刚刚|刚(?:洒|泼|掉|进)|今天|今早|今晚|昨晚|昨天|\b(?:just now|just (?:spilled|spilt|dropped)|today|this (?:morning|afternoon|evening)|last night|yesterday|a (?:few )?minutes? ago|an hour ago)\b/i;

export function pastSpill(text: string): boolean {
  return LONG_AGO.test(text) && !JUST_NOW.test(text);
}
