/**
 * A closing word with a question or a request after it: "行吧 不过你还没说电机保不保", "算了 我想知道
 * 上门要不要钱", "ok cheers. still need to know the cost of a callout", "thanks - you didn't say if the
 * door seal is included". The thanks, "ok" or "算了" only opens the turn; what follows is the turn.
 * Read as a close it met "You're welcome!" / "好的，有需要随时找我" and the question went unanswered.
 * Questions said as statements ("you never told me whether…", "想知道…") are found here too: they
 * carry no question mark or question word for the other readers.
 */
import { asksSomething } from './question-clause';

/** Closing or settling words at the front, one or several ("ok thanks", "好吧 算了", "cheers -"). */
const CLOSING_FRONT =
  /^(?:(?:好的?|好吧|行吧?|嗯+|哦+|噢+|那?算了(?:吧)?|谢谢(?:你|您|啦|了)?|多谢|感谢|明白了?|知道了|ok(?:ay)?|alright|all right|fine|cheers|thanks?(?: (?:a lot|so much|anyway))?|thank you(?: (?:so much|very much))?|ta|never ?mind|nvm|forget it|got it|right|sure)(?:[\s,，.。!！~、]|[-—–]+)*)+/i;

/** A question said as a statement, and the words that lead into it. */
const INDIRECT_LEAD =
  /(?:^|\s|[,，.。])(?:(?:but|though|however|still|so)\s+)?(?:you\s+)?(?:still\s+)?(?:didn'?t|did not|never|haven'?t|have not|dont|don'?t)\s+(?:say|tell|told|mention(?:ed)?|answer(?:ed)?|explain(?:ed)?|reply to)(?:\s+(?:me|us))?(?:\s+(?:whether|if|about|how|what|when))?\b|\b(?:i\s+)?(?:still\s+)?(?:need|want|would like|'d like|wanna)\s+to\s+know(?:\s+(?:whether|if|about))?\b|\b(?:it'?s\s+|i'?m\s+)?(?:still\s+)?not\s+(?:clear|sure)\s+(?:whether|if|about)\b|\b(?:tell|let)\s+me(?:\s+know)?\s+(?:whether|if|about)\b|\b(?:i'?m\s+)?(?:wondering|curious)\s+(?:whether|if|about)\b|(?:不过|但是|可是)?(?:你|您)?(?:还|也|都)?(?:没|没有)(?:说|讲|告诉我|回答|提)(?:过|到)?|(?:我)?(?:还|就|只是)?想(?:知道|了解|问(?:一?下|问)?)|(?:请问|问一下|问下|顺便问(?:一?下)?|另外问(?:一?下)?)/i;

/** A request after the closing word: "帮我约个师傅", "can you book someone". */
const REQUEST = /^(?:那|那就|不过)?(?:帮我|麻烦|请|给我)|^(?:but\s+)?(?:can|could|would) you\b|^please\b/i;

/** An A-not-A question without a question word ("在不在保修", "包没包上门"). */
const A_NOT_A = /([\u4e00-\u9fff])[不没]\1/;

export interface AfterClosing {
  /** What follows the closing words, as said. */
  rest: string;
  /** The question to look up: a statement-question's lead taken off ("you didn't say if the seal is included" -> "the seal is included?"). */
  question: string;
  /** Whether it asks (a question), or only requests ("好的，帮我登记", where the "好的" goes with the request). */
  asks: boolean;
}

/** The question or request after a closing word; undefined when the message is only the close, or opens with none. */
export function questionAfterClosing(text: string): AfterClosing | undefined {
  const front = CLOSING_FRONT.exec(text.trim());
  if (!front || !front[0].trim()) return undefined;
  const rest = text.trim().slice(front[0].length).trim();
  if (!/[\u4e00-\u9fff]{2}|[a-z]{3,}/i.test(rest)) return undefined;
  const lead = INDIRECT_LEAD.exec(rest);
  if (lead) {
    const asked = rest
      .slice(lead.index + lead[0].length)
      .replace(/^[\s,，:：]+/, '')
      .replace(/[\s.。!！]+$/, '');
    if (/[\u4e00-\u9fff]{2}|[a-z]{3,}/i.test(asked)) return { rest, question: /[?？吗]$/.test(asked) ? asked : `${asked}${/[\u4e00-\u9fff]/.test(asked) ? '？' : '?'}`, asks: true };
  }
  if (asksSomething(rest) || A_NOT_A.test(rest)) return { rest, question: rest, asks: true };
  if (REQUEST.test(rest)) return { rest, question: rest, asks: false };
  return undefined;
}
