/**
 * The customer saying they have asked this already, here in the chat: "我都问了三遍了", "第三次问你了",
 * "这个问题我说了好几次了", "that's the third time I'm asking", "I've asked you twice now". It is our
 * answer that missed, not a history of contacts: read as chasing it met "sorry, you've contacted us
 * 3 times" and a request for the ticket number. Words naming another way of reaching us (calling,
 * chasing, the hotline) keep it a chase (bot/understanding/chasing-frustration.ts).
 */

const COUNT = '(?:[二两三四五六七八九十几好多]+|\\d+)';

/** Asking or saying it again, counted or not. */
const ASKED_AGAIN = new RegExp(
  [
    `(?:问|说|讲)了${COUNT}(?:遍|次|回)`,
    `第${COUNT}(?:次|遍)(?:问|说|讲)`,
    `(?:再|又)(?:问|说)(?:你|您)?一(?:遍|次)`,
    `(?:问|说)(?:你|您)?(?:好几|几|多少)(?:遍|次)了`,
    `(?:问|说)(?:过|了)(?:好几|几|很多|那么多)(?:遍|次)`,
    `\\bi(?:'ve| have)? (?:already |just )?(?:asked|said)(?: you)?(?: (?:this|that|it))?(?: (?:already|before))? (?:\\d+|two|three|four|five|twice|several|many|so many|multiple) times\\b`,
    `\\b(?:asked|asking)\\b[^.?!]{0,30}\\b(?:twice|(?:\\d+|two|three|four|five|several|many|so many|multiple) times|three times now)\\b`,
    `\\b(?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) time (?:i(?:'m| am)? (?:ask|asking)|i(?:'ve| have) asked|asking|of asking)\\b`,
    `\\basking (?:you )?(?:for the|a) (?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) time\\b`,
    `\\bhow many times (?:do|must|should|will|have) i (?:(?:have|got) to |need to )?(?:ask|say|repeat)\\b`,
    `\\bi keep (?:asking|repeating)\\b`,
    `\\bi (?:already )?asked (?:you )?(?:this|that|it) (?:already|before|earlier)\\b`,
  ].join('|'),
  'i',
);

/** Another way of reaching us named beside the count: then it is a chase, not this chat. */
const OTHER_CONTACT = /打电话|电话|来电|热线|催|找(?:了|过)?你们|联系|反映|投诉|\b(?:call(?:ed|ing)?|phon(?:e|ed|ing)|rang|ring|email(?:ed)?|chas(?:e|ed|ing)|contact(?:ed)?|hotline)\b/i;

export function askedAgainHere(text: string): boolean {
  return ASKED_AGAIN.test(text) && !OTHER_CONTACT.test(text);
}

/** The message with the words saying it was asked before taken out, for looking the question up. */
// (With the small words around them: "我都问了三遍了" leaves nothing of itself behind.)
const AROUND = new RegExp(`(?:我|都|已经|这个问题|这个)*(?:${ASKED_AGAIN.source})(?:你|您)?(?:了|啦|啊|呀)*(?:\\s*(?:this|that|it|again|now|already|and still|but|to you))*`, 'gi');

export function withoutAskedAgain(text: string): string {
  return text.replace(AROUND, ' ');
}
