/**
 * Coming back to the problem still open after a side question ("那刚才那个问题呢", "回到我那个漏水的事",
 * "说回洗衣机", "ok and the noise?", "back to my dishwasher problem", "what about the leak?"): the
 * earlier problem's thread, never a knowledge search for these words nor the opening menu.
 *
 * A generic phrase ("刚才那个问题", "my original issue") always points back; one that names a thing
 * ("the noise", "漏水的事") does only when that thing is part of the open problem (`about`).
 */

/** Pointing back without naming the problem. */
const GENERIC = new RegExp(
  [
    '(?:刚才|刚刚|之前|前面|开始|一开始|最开始|原来|上面)(?:的|说的|问的|讲的|提的)?(?:那个|那件)?(?:问题|事|事情|故障|毛病|情况|报修|预约|登记|申请)(?:呢|咋办|怎么办|怎么弄|怎么处理|还没(?:解决|说|回答|回)|你还没|还没处理)',
    '(?:回到|说回|再说回|接着说|继续说|还是说)(?:我|我的|刚才|之前|前面|原来)(?:的|那个)?(?:问题|事|事情|故障|毛病|报修|预约|登记|申请)',
    '(?:我|我的)(?:那个)?(?:问题|事|事情|故障|毛病)(?:呢|还没(?:解决|说|回答)|咋办|怎么办)',
    '\\b(?:back to|going back to|returning to|about|and|what about|how about|so what about|anyway,?)\\s+(?:my|the)\\s+(?:original|first|earlier|initial|other|actual|main|real)\\s+(?:problem|issue|question|fault|thing|request)\\b',
    '\\b(?:back to|going back to|get back to|returning to)\\s+(?:my|the)\\s+(?:problem|issue|question|fault)\\b',
    "\\byou (?:didn'?t|did not|never|haven'?t) (?:answer|help with|address|reply to) my (?:problem|issue|question)\\b",
  ].join('|'),
  'i',
);

/** Pointing back at a named thing: the words after the pointer are checked against the open problem. */
const NAMED_ZH =
  /(?:回到|说回|再说回|接着说|继续说)(?:我|我的|刚才|之前)?(?:的|那个|说的)?([\u4e00-\u9fffA-Za-z0-9]{1,10}?)(?:的)?(?:事|事情|问题|故障|毛病)?(?:吧|呢|啊)?[\s。!！?？]*$|^(?:那|那么|对了|好的|好|行|嗯)?[\s,，]*(?:那)?(?:我|我的|刚才|之前)?(?:那个|的)?([\u4e00-\u9fffA-Za-z0-9]{1,10}?)(?:的)?(?:事|事情|问题|故障|毛病)?(?:呢|怎么办|咋办|怎么弄|怎么处理)[\s?？]*$/;
const NAMED_EN =
  /^(?:(?:ok(?:ay)?|alright|right|thanks|thank you|got it|cool|fine|great|anyway|so|and|but)[\s,.!]*)*(?:and\s+|so\s+|but\s+)?(?:what about|how about|back to|going back to|returning to|and|now|about)\s+(?:the|my|that|this)\s+([a-z][a-z' -]{1,30}?)(?:\s+(?:problem|issue|thing|then|now|part))*\s*\??$/i;

const WORDS_EN = (s: string) => s.toLowerCase().match(/[a-z]{3,}/g) ?? [];

function namesPartOf(named: string, about: string): boolean {
  const n = named.trim();
  if (!n || !about) return false;
  if (/[\u4e00-\u9fff]/.test(n)) {
    // Any two characters of the name found in the problem ("漏水的事" in "热水器底部漏水").
    for (let i = 0; i + 2 <= n.length; i++) if (about.includes(n.slice(i, i + 2))) return true;
    return false;
  }
  const have = WORDS_EN(about).map((w) => w.slice(0, 4));
  return WORDS_EN(n).some((w) => have.includes(w.slice(0, 4)));
}

/** Whether the message returns to the open problem described by `about` (its product, problem and case words). */
export function backToProblem(text: string, about: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  if (GENERIC.test(t)) return true;
  const zh = NAMED_ZH.exec(t);
  if (zh && namesPartOf(zh[1] ?? zh[2] ?? '', about)) return true;
  const en = NAMED_EN.exec(t);
  return Boolean(en && namesPartOf(en[1]!, about));
}
