/**
 * "Nothing changed" after the steps, in the ways people say it when the plain words are not used:
 * a list of steps ending in a bare "nothing" ("reset it and swapped the fuse, nothing" — the bare
 * "nothing" alone reads as a no to the visit), "no dice", "same as it was", "一点变化都没有",
 * "没啥变化", "白搭", "还是那个样". Each is the self-help not working: the booking goes on with the
 * problem already known, never "glad it works" or "what can I help with?". Longer phrases win in
 * the answer reader, so a step list ending in "nothing" claims that "nothing" from the no.
 */
import { answer as a, words as w, type AnswerPattern } from './answer-pattern';

/** English verbs of a step done, before the bare outcome ("cleaned …, nothing"). */
const EN_DONE =
  '[a-z]{3,}ed|tried|did|done|cleaned|cleared|reset|restarted|rebooted|unplugged|replaced|changed|swapped|checked|turned|switched|flushed|descaled|emptied|wiped|tightened|reseated|followed|pressed|held';

export const NO_CHANGE_ANSWERS: AnswerPattern[] = [
  a(
    'notFixed',
    w(
      `(?:${EN_DONE})\\b[^.?!]{0,80}?(?:,|;|:|\\.\\.\\.|…|-|—|\\band)\\s*(?:but\\s+|and\\s+|still\\s+|just\\s+)?(?:nothing|zilch|nada|zip|zero|nothing at all|not a thing|no dice|no joy)|no dice|no joy|no improvement|no better|(?:exactly |just )?(?:the )?same as (?:before|it was|ever|always)|same old(?: thing| story| problem)?|as bad as (?:before|ever)|didn'?t (?:make|do) (?:a |any |the slightest )?(?:bit of )?(?:difference|change)|(?:it'?s |it is )?(?:unchanged|no different)`,
    ),
  ),
  a(
    'notFixed',
    /(?:一点|一丁点|半点|丝毫)?(?:变化|区别|改善|起色|动静|改变|效果|反应)(?:也|都)没有?|(?:没|没有)(?:啥|什么|任何|一点|半点|多大|太大)?(?:变化|区别|改善|起色|动静)|白搭|白费(?:劲|功夫|力气)?|白忙(?:活|乎)?了?|白折腾|无济于事|不顶用|还是(?:那个|原来那个|原来的)(?:样|样子)|还(?:那样|那个样)|老一套|涛声依旧/,
  ),
];
