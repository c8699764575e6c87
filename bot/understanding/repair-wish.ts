/**
 * Wanting the product repaired, said beside the fault ("笔记本开不了机，要修", "平板坏了想送修",
 * "my laptop won't turn on, I need it repaired", "I want it fixed"). With a fault in the same
 * message it starts the repair: the customer has said what they want, so a troubleshooting offer
 * ("shall I register a repair?") would ask it again. A question about repair ("能修吗", "can it be
 * fixed?", "修要多少钱") is no wish yet, and neither is a repair turned down (read elsewhere).
 */

const ZH_WISH = /(?:我|就|得|需要|必须|想|要|帮我|给我|麻烦)(?:要|想)?(?:修|修理|修一下|修修|维修|送修|寄修|拿去修|送去修|返厂)(?![改吗么嘛好])|(?:送修|寄修)(?:吧|一下)/;

const EN_WISH =
  /\b(?:i|we) (?:need|want|would like|'d like|have to get|must get) (?:it|this|them|the \w+|my \w+) (?:to be )?(?:repaired|fixed|looked at|sent (?:in|off) for repair)\b|\b(?:i|we) (?:need|want|would like|'d like) (?:a |to book a |to get a )?repair\b|\b(?:please )?(?:repair|fix) it(?: for me)?(?:,? please)?\s*[.!]?$|\b(?:get|have) (?:it|this|them) (?:repaired|fixed)\b/i;

/** Only asking about a repair: 能修吗, 修得好吗, 要多少钱, "can it be fixed?", "how much would a repair cost?". */
const ONLY_ASKING = /[?？]|[吗么嘛][\s。!！]*$|能不能|可不可以|多少钱|收费|要钱|\bhow much\b|\bcan (?:it|you|this|they)\b|\bis it (?:worth|possible)\b|\bcost\b/i;

/** Not wanting it: 不要修, 不用修, 不想修, "don't want it repaired". */
const NO_WISH = /(?:不|没|别|不用|不想|不需要)(?:要|想)?(?:修|维修|送修)|\b(?:don'?t|do not|no longer) (?:need|want)\b/i;

export function wantsRepair(text: string): boolean {
  if (ONLY_ASKING.test(text) || NO_WISH.test(text)) return false;
  return ZH_WISH.test(text) || EN_WISH.test(text);
}
