/**
 * A day or time that does not suit ("周三不行", "那天没空", "上午不方便", "Wednesday doesn't work",
 * "mornings are no good for me", "I can't do Friday"): an answer about the calendar, no feeling about
 * us. Taken out before scoring, like self-blame, so a plain "that day doesn't suit" is calm while
 * "周三不行，你们太慢了" still counts its complaint.
 *
 * Where the words come from: written by the team from how customers turn down a visit time in chat.
 * No entry was taken from or checked against a scored dataset.
 */
const ZH_TIME = '(?:(?:这|下|本|下下)?(?:周|星期|礼拜)[一二三四五六日天末]|明天|后天|今天|大后天|那天|这天|那个时间|这个时间|那个点|这个点|那会儿?|上午|下午|中午|晚上|早上|白天|工作日|周末|\\d{1,2}(?:号|日|点)|[一二三四五六七八九十]{1,3}(?:号|点))';
const ZH_NOT_SUIT = '(?:也|都|还是|恐怕|可能|估计)?(?:不行|不可以|不方便|不合适|不太行|不太方便|没空|没时间|没人在家|家里没人|不在家|我不在|我没空|来不了|约不了|去不了|排不开|不ok)(?:了|啊|呀|哦|呢)?';
const EN_DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:that|this|the) (?:day|date|time|slot|morning|afternoon|evening)|tomorrow|today|weekdays?|weekends?|mornings?|afternoons?|evenings?|\\d{1,2}(?::\\d{2})? ?(?:am|pm)';
const EN_NOT_SUIT =
  "(?:(?:is|are|'s|'re) (?:no good|not good|bad|not great|not ok(?:ay)?|not convenient|inconvenient|not possible|impossible|out)|(?:isn'?t|aren'?t|is not|are not) (?:good|great|ok(?:ay)?|convenient|possible|ideal)|(?:doesn'?t|does not|won'?t|will not|don'?t|do not) (?:work|suit)(?: me| us)?)(?: for (?:me|us))?";

export const TIME_REFUSAL = new RegExp(
  [
    `${ZH_TIME}[^，。！？,.!?]{0,4}?${ZH_NOT_SUIT}`,
    `\\b(?:${EN_DAY})\\b ${EN_NOT_SUIT}\\b`,
    `\\b(?:i|we) (?:can'?t|cannot|won'?t be able to) (?:do|make)(?: it)?(?: on)? (?:${EN_DAY})\\b`,
    `\\b(?:i'?m|i am|we'?re|we are) (?:busy|away|out|not (?:home|around|in|free|available))(?: on| in the| that| this)? (?:${EN_DAY})\\b`,
  ].join('|'),
  'gi',
);
