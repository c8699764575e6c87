/**
 * What is no problem. Asked what is wrong, a customer thinking of the visit answers when they are
 * free instead ("周三一整天都行", "we're in after 5pm on weekdays", "随时都可以"), or sends the
 * booking facts in one line ("型号…，电话…，地址…"). Those are the preferred time, the model, the
 * phone and the address, each read into its own slot; none is the problem the engineer is sent to
 * fix. A problem slot holds only words that describe a fault.
 */
import { findVisitTime } from '../understanding/visit-time';
import { onlyFillers } from '../understanding/answers/fillers';
import { hasFaultClause } from './problem-words';

/** Words that say someone is free or at home then ("都行", "在家", "any time", "works for me"), with nothing of a fault. */
const AVAILABLE_ZH =
  /随时|什么时候都|哪天都|哪个时间都|任何时间|一整天|整天|全天|你们定|您定|你定|看你们|听你们的|(?:这|下)(?:周|个星期|礼拜)|两天|都|(?:都|也)?(?:行|可以|方便|有空|有时间|有人|在家|没问题|OK|ok)|家里|我们|我|家人|老人|来|上门|的话|时间|那天|这天|吧|啊|呀|哦|的/g;
const AVAILABLE_EN =
  /\b(?:any ?time|whenever|all day|(?:this|next) week|(?:work|working) from home|your call|you (?:decide|choose|pick)|up to you|me|us|you|works?|is|are|would be|fine|good|great|ok(?:ay)?|best|better|suits?|for (?:me|us)|free|available|around|home|at|in|on|we(?:'re| are)?|i(?:'m| am)?|someone(?:'s| is| will be)?|will be|be|can|come|you|the engineer|to|any|day|time|please|then)\b/gi;
/** Said for someone being free at all, with or without a day ("随时都可以", "I'm home"). */
const FREE_WORDS = /随时|什么时候都|哪天都|任何时间|在家|有空|有人|你们定|\bwork(?:ing)? from home\b|\bsuits? (?:me|us)\b|\bany ?time\b|\bwhenever\b|\bfree\b|\bavailable\b|\bhome\b/i;
/** The names of the booking facts, said before them ("型号", "phone:"). */
const FACT_LABELS = /型号|机型|电话|手机号?|联系方式|地址|住址|购买时间|\b(?:model(?: number)?|phone(?: number)?|mobile|tel|number|address|bought|purchased)\b|是|在|[:：]/gi;

/** Whether the message says only when the customer is free, and no fault at all. */
export function onlyAVisitTime(text: string): boolean {
  if (hasFaultClause(text)) return false;
  const { rest, timed } = withoutTimes(text);
  if (!timed && !FREE_WORDS.test(text)) return false;
  return nothingLeft(rest);
}

/**
 * Whether an answer where the problem was asked holds no fault: only a time the customer is free,
 * or only the other facts read from it (`otherFacts`: the model, phone, address… as read).
 */
export function notAProblem(text: string, otherFacts: string[] = []): boolean {
  if (hasFaultClause(text)) return false;
  if (onlyAVisitTime(text)) return true;
  if (!otherFacts.length) return false;
  let rest = text;
  for (const value of [...otherFacts].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  return nothingLeft(withoutTimes(rest.replace(FACT_LABELS, ' ')).rest);
}

/** The text without the visit times in it ("周二上午或者周四下午": both). */
function withoutTimes(text: string): { rest: string; timed: boolean } {
  let rest = text;
  let timed = false;
  for (let i = 0, time = findVisitTime(rest); i < 3 && time; i++, time = findVisitTime(rest)) {
    rest = rest.replace(time, ' ');
    timed = true;
  }
  return { rest, timed };
}

function nothingLeft(rest: string): boolean {
  return onlyFillers(
    rest
      .replace(AVAILABLE_ZH, ' ')
      .replace(AVAILABLE_EN, ' ')
      .replace(/[\s,，。.!！~～;；:：、/-]+/g, ''),
  );
}
