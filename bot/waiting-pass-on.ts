/**
 * While a customer waits for a person, facts meant for that person ("麻烦转告一下：型号…，几号在哪家店
 * 交的，什么毛病", "please let them know: …"): written on the ticket as a note and said back item by
 * item, so the customer knows exactly what the person will read. Never "no reliable answer": nothing
 * was asked.
 */
import type { Ticket } from '../tickets/ticket';
import type { Lang } from './phrases';
import type { ToolBox } from './tools/tool';

/** Asking us to pass something on, or to note it for the person. */
const PASS_ON =
  /(?:麻烦|请|帮我|帮忙|你)*(?:(?:转告|转达)(?:一下)?(?:给)?(?:他们|客服|人工|师傅|工程师|处理的人|负责的人)?|(?:告诉|跟|和|给)(?:一下)?(?:他们|客服|人工|师傅|工程师|处理的人|负责的人)(?:说|讲)?)(?:一下|一声)?|(?:帮我|麻烦|请)?(?:记一下|记下来|备注(?:一下)?|写(?:到|在|进)(?:工单|单子)(?:上|里)?)|补充(?:一下|几点|说明)?|顺便说(?:一下)?|\b(?:please |can you |could you |would you )?(?:pass (?:this |it |these |that )?(?:on|along)|tell (?:them|the (?:person|agent|engineer|technician|staff))|let (?:them|the (?:person|agent|engineer|technician|staff)) know|note (?:this|that|down|for)|make a note|add (?:this|these|that) to (?:the|my) (?:ticket|case|file)|for the (?:person|agent|engineer|record)|fyi)\b/i;

export function passOnAsked(text: string): boolean {
  return PASS_ON.test(text);
}

/** The items of the message after the asking words: "型号X，15号在Y店交的，磨豆卡住了" → three items. */
export function passOnItems(text: string): string[] {
  const lead = PASS_ON.exec(text);
  const after = lead ? text.slice(lead.index + lead[0].length) : text;
  const body = after.replace(/^[\s:：,，、-]*(?:that\s+|一下[:：]?\s*|说\s*)?/i, '');
  return (
    body
      .split(/[;；。\n]|[,，、](?=\s*\S)|\s+-\s+|(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff])/)
      .map((item) =>
        item
          .trim()
          .replace(/^(?:and|also|plus|还有|另外|以及)\s*/i, '')
          .replace(/[.!！。]+$/, ''),
      )
      // (A mobile number is said back masked, as everywhere else.)
      .map((item) => item.replace(/(?<!\d)(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g, '$1****$2'))
      .filter((item) => /[\u4e00-\u9fff]{2}|[a-z0-9]{2}/i.test(item))
      .slice(0, 8)
  );
}

/** Writes the items on the ticket as a note and says them back; undefined when there is no ticket or nothing to note. */
export async function notePassedOn(ticket: Ticket | undefined, text: string, tools: ToolBox, lang: Lang, promise?: string): Promise<string | undefined> {
  const items = passOnItems(text);
  if (!ticket || !items.length) return undefined;
  const noted = await tools.call('updateTicket', { ticketNumber: ticket.number, note: `Customer asks to pass on: ${items.join('; ')}`.slice(0, 2000) });
  if (!noted.ok) return undefined;
  const by = promise ? (lang === 'zh' ? `（最迟 ${promise} 前联系您）` : ` (by ${promise})`) : '';
  if (lang === 'zh') return `好的，已记在工单 ${ticket.number} 上，跟进的客服会看到：\n${items.map((i) => `· ${i}`).join('\n')}\n他们联系您之前会先看这些${by}。`;
  return `Noted on ticket ${ticket.number} for the person handling your case:\n${items.map((i) => `· ${i}`).join('\n')}\nThey will see this before they contact you${by}.`;
}
