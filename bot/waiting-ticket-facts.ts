/**
 * The ticket while a customer waits for a person: new facts they send (a phone, an address, a
 * model) go on it and are said back, and a question about what is on it ("你记下我电话了没", "do
 * you have my address?", "what's my ticket number?") is answered from the ticket itself, never
 * from memory of the chat. Phone numbers are shown masked.
 */
import type { Ticket } from '../tickets/ticket';
import type { TurnUnderstanding } from './brain';
import type { Lang } from './phrases';
import type { ToolBox } from './tools/tool';
import { phoneSaidBack } from './text/phone-shown';

type Fact = 'phone' | 'address' | 'model' | 'number';

/** Naming a fact and asking whether it was taken: 记下/登记/有没有 … 电话, "did you note my number". */
const FACT_WORDS: [Fact, RegExp][] = [
  ['phone', /电话|手机号?|号码|联系方式|\bphone\b|\bmobile\b|\b(?:my|the|contact) number\b|\bcell\b/i],
  ['address', /地址|住址|门牌|\baddress\b/i],
  ['model', /型号|机型|\bmodel\b/i],
  ['number', /工单号|单号|工单编号|\bticket (?:number|no\.?|id)\b|\breference(?: number)?\b|\bcase number\b/i],
];
const TAKEN =
  /记(?:下|了|住|好|上|录)|登记|留(?:了|下|的)|收到|存(?:了|下|好)|写(?:上|了|进)|(?:有|拿到)(?:没有)?我的?|我的?.{0,6}(?:对吗|对不对|是多少|是什么|是哪个|多少来着)|\b(?:note[ds]?|noted|record(?:ed)?|save[ds]?|saved|log(?:ged)?|write (?:it )?down|wrote (?:it )?down|written down)\b|\b(?:got|have|has|take|took|keep|kept|get)\s+(?:down\s+)?my\b|\bon (?:the|my) (?:ticket|file|record)\b|\bwhat(?:'s| is| was) (?:my|the) (?:ticket|case|reference|phone|number|address|model)|\bmy \w+(?: \w+)? (?:correct|right)\b/i;
const ASKS = /[?？]|吗|没有|了没|没\s*$|多少|是什么|哪个|\b(?:did|do|have|has|is|what|which|can)\b/i;

/** The facts a message asks about ("你记下我电话了吗" → phone), empty when it asks about none. */
export function factsAskedAbout(text: string): Fact[] {
  if (!ASKS.test(text) || !TAKEN.test(text)) return [];
  return FACT_WORDS.filter(([, words]) => words.test(text)).map(([fact]) => fact);
}

export function maskedPhone(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phoneSaidBack(phone);
}

/** What the ticket holds for the facts asked about, one sentence. */
export function ticketFactsLine(ticket: Ticket, facts: Fact[], lang: Lang): string {
  const zh = lang === 'zh';
  const parts = facts.map((fact) => {
    switch (fact) {
      case 'phone':
        return ticket.contactPhone
          ? zh
            ? `电话已经记在工单上了：${maskedPhone(ticket.contactPhone)}`
            : `your phone number is on the ticket: ${maskedPhone(ticket.contactPhone)}`
          : zh
            ? '工单上还没有电话，发一个手机号给我，我马上记上'
            : 'there is no phone number on the ticket yet; send me one and I will add it';
      case 'address':
        return ticket.address
          ? zh
            ? `地址记的是：${ticket.address}`
            : `the address on it is: ${ticket.address}`
          : zh
            ? '工单上还没有地址，发给我就能记上'
            : 'there is no address on it yet; send it and I will add it';
      case 'model':
        return ticket.model ? (zh ? `型号记的是：${ticket.model}` : `the model on it is: ${ticket.model}`) : zh ? '工单上还没有型号' : 'there is no model on it yet';
      case 'number':
        return zh ? `工单号是 ${ticket.number}` : `the ticket number is ${ticket.number}`;
    }
  });
  const joined = parts.join(zh ? '；' : '; ');
  return zh ? `${joined}。` : `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}

/**
 * Puts the new facts of this message on the ticket (a phone or an address it lacks, a model) and
 * says back what was put there; undefined when there was nothing new. A different phone than the
 * one on the ticket is passed on as a note: only the person changes a number already given.
 */
export async function saveNewFacts(ticket: Ticket | undefined, u: TurnUnderstanding, tools: ToolBox, lang: Lang, promise?: string): Promise<string | undefined> {
  if (!ticket) return undefined;
  const { phone, address, model } = u.slots;
  const zh = lang === 'zh';
  const update: { ticketNumber: string; phone?: string; address?: string; model?: string; note?: string } = { ticketNumber: ticket.number };
  const said: string[] = [];
  if (phone && !ticket.contactPhone) {
    update.phone = phone;
    said.push(zh ? `电话 ${maskedPhone(phone)}` : maskedPhone(phone));
  } else if (phone && ticket.contactPhone && phone !== ticket.contactPhone) {
    update.note = `Customer gives another phone number: ${phone}`;
    said.push(zh ? `新号码 ${maskedPhone(phone)}（已请客服核对后更换）` : `the new number ${maskedPhone(phone)} (the person will confirm the change)`);
  }
  if (address && address !== ticket.address) {
    update.address = address;
    said.push(zh ? `地址“${address}”` : `the address "${address}"`);
  }
  if (model && model !== ticket.model) {
    update.model = model;
    said.push(zh ? `型号 ${model}` : `model ${model}`);
  }
  if (!said.length) return undefined;
  const saved = await tools.call('updateTicket', update);
  if (!saved.ok) return undefined;
  const by = update.phone && promise ? (zh ? `，客服会在 ${promise} 前打这个号码联系您` : `; someone will call you on it by ${promise}`) : '';
  return zh ? `好的，已把${said.join('、')}记到工单 ${ticket.number} 上${by}。` : `Thanks, ${said.join(', ')} ${said.length > 1 ? 'are' : 'is'} now on ticket ${ticket.number}${by}.`;
}

/** The phone this message gives is the one the ticket already holds: said so (masked), with when it will be called; undefined otherwise. */
export function phoneAlreadyOnTicket(ticket: Ticket | undefined, phone: string | undefined, lang: Lang, promise?: string): string | undefined {
  if (!ticket?.contactPhone || !phone || phone !== ticket.contactPhone) return undefined;
  const masked = maskedPhone(phone);
  if (lang === 'zh') return `这个号码 ${masked} 已经记在工单 ${ticket.number} 上了，不用再发${promise ? `；客服会在 ${promise} 前打这个号码联系您` : ''}。`;
  return `That number (${masked}) is already on ticket ${ticket.number}, no need to send it again${promise ? `; someone will call you on it by ${promise}` : ''}.`;
}
