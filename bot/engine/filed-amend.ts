/**
 * A correction after the request was filed ("对了电话写错了 是139…", "oh wait, the flat is 802 not
 * 801"): the form is done, so nothing is restated or asked for a yes again. The ticket just filed is
 * amended and the customer hears that it was; what the ticket cannot hold (a rough purchase month)
 * goes on it as a note, and when the ticket cannot be changed here the customer hears how to do it.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { changesLine } from './changes-line';
import type { SlotName } from './commands';

/** The facts a filed ticket carries and the customer may still change. */
const AMENDABLE = ['phone', 'address', 'preferredTime', 'purchaseDate', 'model', 'errorCode'] as const satisfies readonly SlotName[];
type Amendable = (typeof AMENDABLE)[number];
export const isAmendable = (slot: SlotName): slot is Amendable => (AMENDABLE as readonly string[]).includes(slot);

export async function amendFiled(input: {
  tools: ToolBox;
  lang: Lang;
  ticketNumber: string;
  /** The facts as they stand after the change. */
  facts: Readonly<Partial<Record<SlotName, string>>>;
  changed: readonly Amendable[];
}): Promise<string> {
  const { facts, lang, ticketNumber } = input;
  const said = changesLine(lang, facts, input.changed);
  const has = (slot: Amendable) => (input.changed.includes(slot) && facts[slot] ? facts[slot] : undefined);
  const result = await input.tools.call('updateTicket', {
    ticketNumber,
    phone: has('phone'),
    address: has('address'),
    visitTime: has('preferredTime'),
    model: has('model'),
    errorCode: has('errorCode'),
    purchaseDate: has('purchaseDate'),
    // The change in words, for the person who reads the ticket (a rough date has no field of its own).
    note: said,
  });
  if (result.ok && said) {
    return lang === 'zh'
      ? `${said.replace(/。$/, '')}，工单 ${ticketNumber} 已同步更新，工程师会按新的信息联系您。`
      : `${said} Ticket ${ticketNumber} is updated too; the engineer will go by the new details.`;
  }
  return lang === 'zh'
    ? `工单 ${ticketNumber} 已经提交，这一项我这里没能改上。工程师来电时直接告诉他就行，或者回复“转人工”请客服帮您改。`
    : `Ticket ${ticketNumber} is already filed and I couldn't change that here. Just tell the engineer when they call, or reply "human" and our staff will change it.`;
}
