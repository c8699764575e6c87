/**
 * "手机换电池怎么弄，能上门来取吗", "can someone collect my earbuds for the repair?": how a small device
 * gets to the repair, and whether we fetch it. Phones and small devices are carried in or mailed in to a
 * service centre, never visited, so the mail-in rule answers it (knowledge/sample/carry-in-service.json).
 * Asked with no product known it got "no reliable information"; a return's pickup is the return rules'.
 */

/** Fetching it from home: 上门取, 来拿, 取件, pick up, collect. */
const FETCH =
  /上门(?:来)?(?:取|拿|收)|(?:来|过来|派人)(?:家里?)?(?:取|拿|收)(?:一下|走)?|取件|揽件|\bpick(?:ed|ing)? (?:it |them |\w+ )?up\b|\bcollect\w*|\bcome (?:and |to )?(?:get|fetch|grab)\b|\bfetch\b/i;

/** A small device or the job it has: a battery swapped, a screen, a phone, earbuds. */
const SMALL = /电池|屏幕|换屏|手机|平板|耳机|手表|笔记本|电脑|充电|\bbatter(?:y|ies)\b|\bscreen\b|\bphones?\b|\btablets?\b|\bipad\b|\bearbuds?\b|\bheadphones?\b|\bwatch\b|\blaptop\b|\bcharg\w*/i;

/** A battery or screen swapped: a job done at the service centre. */
const SWAP =
  /换(?:个|块|一块|一下)?(?:电池|屏幕?)|(?:电池|屏幕)[^，,。？?]{0,4}(?:换|更换)|\b(?:swap|replac|chang)\w* (?:the |my |a |its )?(?:\w+ )?(?:batter(?:y|ies)|screen)\b|\b(?:batter(?:y|ies)|screen) (?:swap|replace\w*|change\w*)|\b(?:batter(?:y|ies)|screen)\b[^.?!]{0,20}\b(?:swapped|replaced|changed)\b/i;

/** How to get it done, asked: 怎么弄, 怎么办, how do I. */
const HOW =
  /怎么弄|怎么办|怎么搞|怎么换|怎么修|怎么处理|去哪|哪里|在哪|\bhow (?:do|can|would|should|does) (?:i|we|it|one)\b|\bwhere (?:do|can) (?:i|we)\b|\bwhat(?:'s| is) the (?:process|procedure)\b/i;

/**
 * Whether the message asks whether we fetch a small device for its repair, or how its battery or
 * screen is swapped ("手机充不进电怎么办" is a fault, not this).
 */
export function asksCollection(text: string): boolean {
  return (SMALL.test(text) && FETCH.test(text)) || (SWAP.test(text) && HOW.test(text));
}
