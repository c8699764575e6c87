/**
 * A replacement part to be sent (补发配件): a product arrived with a piece cracked or missing and the
 * customer asks only for that piece to be posted ("just mail me a new shelf", "寄个新的隔板就行").
 * Registered as exactly that — the part, sent to their address — for a person to confirm; never a
 * repair booking with an engineer's visit they did not ask for, never a return they did not want.
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import { productName, promiseTime } from '../wording';
import type { Bilingual } from '../commands';
import { addressExampleAsk } from './address-example';
import type { FlowKit, FlowSpec } from './flow';
import { phoneSaidBack } from '../../text/phone-shown';

/** The request as it is written on the ticket: what is wanted and how, then the customer's own words. */
function requestNote(kit: FlowKit): string {
  const said = (kit.facts.symptom ?? '').slice(0, 200);
  return `补发配件（寄到客户地址，无需上门）：到货时部件损坏或缺少，客户要求寄一个新的部件。客户原话：${said}`.slice(0, 300);
}

const POST_ADDRESS_ASK: Bilingual = {
  zh: '配件寄到哪里？请写收件地址，到小区、楼栋和门牌号。',
  en: 'Where should the part be posted? Please give the delivery address, down to the building and flat.',
};

export const partRequestFlow: FlowSpec = {
  name: 'partRequest',
  title: { zh: '补发配件', en: 'replacement part' },
  slots: [
    {
      slot: 'phone',
      required: true,
      ask: [
        {
          zh: '好的，帮您登记补发配件。请留一个手机号，售后专员核对配件时会打给您。',
          en: "Sure, I'll register the replacement part. Which mobile number should our after-sales staff call to confirm the part?",
        },
        { zh: '需要一个 11 位手机号，比如 138 0000 0000，方便专员联系您。', en: 'I need a phone number our staff can call, e.g. 138 0000 0000.' },
      ],
      without: { zh: '没有电话的话，专员会在这个对话里联系您。', en: 'Without a phone number, our staff will reply here in this chat.' },
    },
    {
      slot: 'address',
      required: true,
      ask: [
        POST_ADDRESS_ASK,
        { zh: '收件地址请写完整，比如“杭州市西湖区文一西路100号 3幢2单元601”。', en: 'Please give the full postal address, e.g. "Flat 601, Building 3, 100 Wenyi West Road, Hangzhou".' },
      ],
      without: { zh: '寄送地址由专员联系您时确认。', en: 'Our staff will confirm the postal address when they contact you.' },
      // Abroad, the example is an address of the customer's own country (address-example.ts).
      askFor: (facts, said) => {
        const example = addressExampleAsk(facts, said, 'post');
        return example ? [POST_ADDRESS_ASK, example] : undefined;
      },
    },
  ],
  confirm(kit) {
    const f = kit.facts;
    const zh = kit.lang === 'zh';
    const none = zh ? '未提供' : 'not given';
    const lines = zh
      ? [
          '跟您确认一下补发配件申请：',
          `· 产品：${productName(f, 'zh')}`,
          `· 情况：${f.symptom ?? none}`,
          '· 要求：寄一个新的部件，不需要上门',
          `· 电话：${f.phone ? phoneSaidBack(f.phone) : none}`,
          `· 寄送地址：${f.address ?? none}`,
          '没问题回复“对”我就提交；要改哪项直接告诉我。',
        ]
      : [
          'Let me confirm the replacement part request:',
          `· Product: ${productName(f, 'en')}`,
          `· What happened: ${f.symptom ?? none}`,
          '· Request: a new part posted to you, no visit',
          `· Phone: ${f.phone ? phoneSaidBack(f.phone) : none}`,
          `· Postal address: ${f.address ?? none}`,
          'Reply "yes" and I will file it, or tell me what to change.',
        ];
    kit.quick(zh ? ['对，提交', '修改'] : ['Yes, file it', 'Change something']);
    return lines.join('\n');
  },
  async finish(kit) {
    const f = kit.facts;
    // A delivery defect under 三包, so a claim, not a repair booking: the desk reads the note for what to send.
    const created = await kit.tools.call('createTicket', {
      type: 'warranty_claim',
      symptom: requestNote(kit),
      category: f.category || undefined,
      brand: f.brand || undefined,
      model: f.model || undefined,
      phone: f.phone || undefined,
      address: f.address ? `寄送配件：${f.address}`.slice(0, 300) : undefined,
    });
    if (!created.ok) return { handoff: 'stuck' };
    const ticket = created.result as CustomerTicketView;
    kit.filed.push(ticket.number);
    const due = promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now);
    // Who sends what, and when, is for the person to confirm: no date for the parcel is promised here.
    kit.say(
      kit.lang === 'zh'
        ? `已登记补发配件申请，单号 ${ticket.number}。售后专员会在 ${due} 前联系您，确认要寄的配件和寄送安排；不需要上门。请先保留损坏的部件和照片。`
        : `Your replacement part request is registered: number ${ticket.number}. Our after-sales staff will contact you by ${due} to confirm the part and how it is sent; no visit is needed. Please keep the damaged piece and any photos for now.`,
    );
    return { done: true };
  },
};
