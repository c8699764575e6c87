/**
 * Registering a return or exchange (退换货申请) once the customer asked for it or took the offer: a
 * request of its own kind, filed as a 三包 claim, never a repair booking. It needs the product, a
 * phone for the after-sales staff who check the proof of purchase, and where the item is collected
 * or inspected; no engineer's visit is promised.
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import { problemWords } from '../problem-words';
import { productName, promiseTime, purchaseWords } from '../wording';
import type { FlowKit, FlowResult, SlotSpec } from './flow';
import { wantsNewUnit } from '../../understanding/new-unit-wish';
import { phoneSaidBack } from '../../text/phone-shown';

/** A return flow registers the request once its frame carries the claim type (set when the customer asks for it). */
export const registering = (kit: FlowKit): boolean => kit.frame.ticketType === 'warranty_claim';

const notYet = (kit: FlowKit): boolean => !registering(kit);

/** Which request it is, from the customer's words: an exchange, a return (refund), or either. */
export function returnKind(text: string): 'exchange' | 'return' | 'either' {
  const exchange = wantsNewUnit(text) || /(换货|换新|换(?:一台|一个|个新|台新|新的|吧|呗)|\bexchange\w*|\breplace\w*|\bswap\b)/i.test(text);
  const refund = /(退货|退款|退钱|(?<!换)退(?:了|掉|吧|呗)|\brefund\w*|\breturn (?:it|this|the)\b|\bmoney back\b)/i.test(text);
  return exchange && !refund ? 'exchange' : refund && !exchange ? 'return' : 'either';
}

const KIND_WORDS = {
  exchange: { zh: '换货申请', en: 'exchange request' },
  return: { zh: '退货申请', en: 'return request' },
  either: { zh: '退换货申请', en: 'return/exchange request' },
} as const;

/** What registering needs beyond the rules' questions; asked only once the customer wants it registered. */
export const REGISTRATION_SLOTS: SlotSpec[] = [
  {
    slot: 'category',
    required: true,
    ask: [
      { zh: '要退换的是哪件产品？', en: 'Which product is the return or exchange for?' },
      { zh: '说一下产品就行，比如“电饭煲”“吸尘器”“手机”。', en: 'Just name it, e.g. "rice cooker", "vacuum cleaner", "phone".' },
    ],
    without: { zh: '产品以订单或发票为准。', en: 'The product will be taken from your order or receipt.' },
    knownFrom: notYet,
  },
  {
    slot: 'phone',
    required: true,
    ask: [
      { zh: '请留一个手机号，售后专员核对购买凭证、安排退换时会打给您。', en: 'Which mobile number should our after-sales staff call to check the purchase and arrange the return or exchange?' },
      { zh: '需要一个 11 位手机号，比如 138 0000 0000，方便专员联系您。', en: 'I need a phone number our staff can call, e.g. 138 0000 0000.' },
    ],
    without: { zh: '没有电话的话，专员会在这个对话里联系您。', en: 'Without a phone number, our staff will reply here in this chat.' },
    knownFrom: notYet,
  },
  {
    slot: 'address',
    required: false,
    ask: [
      {
        zh: '取件或检测的地址是哪里？写到小区和门牌号；如果是寄回或送到门店，回复“寄回”就行。',
        en: 'Where should the item be collected or inspected, down to the building and flat? If you will send it back or take it to the shop, reply "send back".',
      },
      { zh: '地址可以跳过，专员联系您时再确认。', en: 'We can skip the address; our staff will confirm it when they call.' },
    ],
    without: { zh: '取件方式由专员联系您时确认。', en: 'Our staff will agree how the item is collected when they call.' },
    // An online order already carries the delivery address, and the platform's return arranges the
    // pickup from it: asking again only delays the request (and a customer who answered "ok" to it
    // was left on a summary still missing an address).
    knownFrom: (kit) => notYet(kit) || boughtOnline(kit),
  },
];

const boughtOnline = (kit: FlowKit): boolean => kit.facts.saleChannel === 'online';

/** The address line: the customer's own, or for an online order the order's (confirmed when staff call). */
function addressLine(kit: FlowKit, none: string): string {
  if (kit.facts.address) return kit.facts.address;
  if (!boughtOnline(kit)) return none;
  return kit.lang === 'zh' ? '按订单上的收货地址（专员联系您时确认）' : 'the delivery address on your order (staff confirm it when they call)';
}

/** The request restated before filing (关键信息二次确认). */
export function confirmReturnRequest(kit: FlowKit): string {
  const f = kit.facts;
  const zh = kit.lang === 'zh';
  const none = zh ? '未提供' : 'not given';
  const kind = KIND_WORDS[kit.frame.returnWish ?? returnKind(`${f.symptom ?? ''} ${kit.turn.text}`)];
  const channel = f.saleChannel === 'online' ? (zh ? '网购' : 'online') : f.saleChannel === 'store' ? (zh ? '门店' : 'in a store') : none;
  const lines = zh
    ? [
        `跟您确认一下${kind.zh}：`,
        `· 产品：${productName(f, 'zh')}`,
        `· 原因：${(f.symptom && problemWords(f.symptom)) || none}`,
        `· 购买：${channel}，${purchaseWords(f.purchaseDate, 'zh') ?? none}`,
        `· 电话：${f.phone ? phoneSaidBack(f.phone) : none}`,
        `· 地址：${addressLine(kit, none)}`,
        '没问题回复“对”我就提交；要改哪项直接告诉我。',
      ]
    : [
        `Let me confirm the ${kind.en}:`,
        `· Product: ${productName(f, 'en')}`,
        `· Reason: ${(f.symptom && problemWords(f.symptom)) || none}`,
        `· Bought: ${channel}, ${purchaseWords(f.purchaseDate, 'en') ?? none}`,
        `· Phone: ${f.phone ? phoneSaidBack(f.phone) : none}`,
        `· Address: ${addressLine(kit, none)}`,
        'Reply "yes" and I will file it, or tell me what to change.',
      ];
  kit.quick(zh ? ['对，提交', '修改'] : ['Yes, file it', 'Change something']);
  return lines.join('\n');
}

/** Files the request as a 三包 claim and says who calls and what to have ready. */
export async function fileReturnRequest(kit: FlowKit): Promise<FlowResult> {
  const f = kit.facts;
  const kind = KIND_WORDS[kit.frame.returnWish ?? returnKind(`${f.symptom ?? ''} ${kit.turn.text}`)];
  const reason = f.symptom ? problemWords(f.symptom) : '';
  const created = await kit.tools.call('createTicket', {
    type: 'warranty_claim',
    symptom: `${kind.zh}${reason ? `：${reason}` : ''}`.slice(0, 300),
    category: f.category || undefined,
    brand: f.brand || undefined,
    model: f.model || undefined,
    errorCode: f.errorCode || undefined,
    purchaseDate: f.purchaseDate && /^\d{4}-\d{2}-\d{2}$/.test(f.purchaseDate) ? f.purchaseDate : undefined,
    phone: f.phone || undefined,
    address: f.address?.slice(0, 300) || undefined,
  });
  if (!created.ok) return { handoff: 'stuck' };
  const ticket = created.result as CustomerTicketView;
  kit.filed.push(ticket.number);
  const due = promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now);
  kit.say(
    kit.lang === 'zh'
      ? `已登记${kind.zh}，单号 ${ticket.number}。售后专员会在 ${due} 前联系您核对购买凭证、安排检测和退换；请保留发票或订单、包装和配件。`
      : `Your ${kind.en} is registered: number ${ticket.number}. Our after-sales staff will contact you by ${due} to check the proof of purchase and arrange the inspection and the return or exchange; please keep the receipt or order, the packaging and accessories.`,
  );
  return { done: true };
}
