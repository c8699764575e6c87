/**
 * Repair request (报修): what an engineer's visit needs, restated before filing. The same flow
 * files a return or exchange request when the return flow hands over (ticketType).
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import type { WarrantyAnswer } from '../../../warranty/warranty-check';
import { addressAndVisitTime } from '../../../tickets/visit-time';
import { problemWords } from '../problem-words';
import { timeSaidBack } from '../time-said-back';
import { carriedIn, categoryName, productName, promiseTime, purchaseWords } from '../wording';
import { secondTicketLine } from '../second-ticket';
import { carryInAsk, carryInWithout, filedNextStep } from '../service-way';
import type { Bilingual } from '../commands';
import type { Facts } from '../engine-state';
import type { FlowKit, FlowSpec } from './flow';
import { addressExampleAsk } from './address-example';
import { warrantyArgs, warrantyLine } from './warranty-words';
import { phoneSaidBack } from '../../text/phone-shown';
import { visitConditionsIn } from '../../understanding/visit-condition';
import { paidRepairTerms } from '../paid-repair-terms';
import { codeStepsFirst } from './code-steps-first';

const VISIT_ADDRESS_ASK: Bilingual = {
  zh: '上门地址是哪里？请写到小区、楼栋和门牌号；方便的上门时间也可以一起告诉我。',
  en: 'What is the address for the visit, down to the building and flat? You can add a good time for the visit too.',
};

/** Asked again with an example from the customer's own country when they are abroad (address-example.ts). */
function abroadAddressAsks(facts: Facts, said: string | undefined): [Bilingual, Bilingual] | undefined {
  const example = addressExampleAsk(facts, said, 'visit');
  return example ? [VISIT_ADDRESS_ASK, example] : undefined;
}

export const repairFlow: FlowSpec = {
  name: 'repair',
  title: { zh: '报修', en: 'repair booking' },
  opening: codeStepsFirst,
  slots: [
    {
      slot: 'category',
      required: true,
      ask: [
        { zh: '请问是哪种产品需要维修？', en: 'Which appliance needs the repair?' },
        { zh: '是空调、洗衣机、冰箱、热水器、燃气灶、油烟机还是手机？说一个就行。', en: 'Is it an air conditioner, washing machine, fridge, water heater, hob, range hood or phone?' },
      ],
      without: { zh: '产品类型等工程师联系您时再确认。', en: 'The engineer will confirm the appliance when they call.' },
      withoutFor: (facts) => carryInWithout('category', facts),
    },
    {
      slot: 'symptom',
      required: true,
      ask: [
        {
          zh: '请简单说一下是什么问题？比如不制冷、漏水、不开机，或者屏幕上显示的代码。',
          en: "What's the problem, in a few words? E.g. not cooling, leaking, won't start, or the code on the display.",
        },
        // (Asked again after an answer about something else: it says again what it asks about.)
        { zh: '它出了什么问题呢？一句话描述就行，比如“开机就跳闸”或“显示E4”。', en: 'And what is wrong with it? One line is enough, e.g. "trips the breaker when started" or "shows E4".' },
      ],
      without: { zh: '具体问题等工程师联系您时再说明。', en: 'You can describe the problem to the engineer when they call.' },
      withoutFor: (facts) => carryInWithout('symptom', facts),
    },
    {
      slot: 'model',
      required: false,
      ask: [
        { zh: '知道型号吗？一般在机身侧面或背面的铭牌上；不清楚也没关系，可以说“不知道”。', en: "Do you know the model number? It's on the rating label at the side or back; if not, just say so." },
        { zh: '型号可以跳过，工程师上门会看铭牌。', en: 'We can skip the model; the engineer will read it from the label.' },
      ],
      without: { zh: '型号由工程师上门时查看铭牌。', en: 'The engineer will read the model from the label.' },
      askFor: (facts) => carryInAsk('model', facts),
      withoutFor: (facts) => carryInWithout('model', facts),
    },
    {
      slot: 'purchaseDate',
      required: false,
      ask: [
        {
          zh: '大概什么时候买的？说个年月就行，比如“2024年7月”；有发票或订单截图也可以直接发给我。',
          en: 'Roughly when did you buy it? A month and year is fine, e.g. "July 2024"; you can also send a photo of the receipt.',
        },
        { zh: '记不清的话可以说“不记得”，保修情况工程师上门时按购买凭证核实。', en: "If you can't remember, just say so; the engineer will check the warranty from your proof of purchase." },
      ],
      without: { zh: '保修情况由工程师上门时按购买凭证核实。', en: 'The engineer will check the warranty from your proof of purchase on the visit.' },
      askFor: (facts) => carryInAsk('purchaseDate', facts),
      withoutFor: (facts) => carryInWithout('purchaseDate', facts),
      knownFrom: (kit) => Boolean(kit.turn.receipt?.ok && kit.turn.receipt.fields.purchaseDate),
    },
    {
      slot: 'phone',
      required: true,
      ask: [
        { zh: '请留一个工程师联系您的手机号。', en: 'Which mobile number should the engineer call?' },
        {
          zh: '需要一个工程师上门前能打通的电话：手机号（如 138 0000 0000）、带区号的座机，或带国家/地区码的港澳台及国外号码都可以。',
          en: 'I need a phone number the engineer can call before the visit: a mobile (e.g. 138 0000 0000), a landline with its area code, or a number with its country code (e.g. +852 …).',
        },
      ],
      without: { zh: '没有联系电话，工程师没法预约上门，客服会在这个对话里联系您。', en: "Without a phone number the engineer can't arrange the visit; our staff will reply here." },
      askFor: (facts) => carryInAsk('phone', facts),
      withoutFor: (facts) => carryInWithout('phone', facts),
    },
    {
      slot: 'address',
      required: true,
      ask: [
        VISIT_ADDRESS_ASK,
        { zh: '地址请写完整，比如“杭州市西湖区文一西路100号 3幢2单元601”。', en: 'Please give the full address, e.g. "Flat 601, Building 3, 100 Wenyi West Road, Xihu District, Hangzhou".' },
      ],
      without: { zh: '没有地址，工程师没法上门，客服会在这个对话里联系您。', en: "Without an address the engineer can't come; our staff will reply here." },
      withoutFor: (facts) => carryInWithout('address', facts),
      askFor: (facts, said) =>
        carriedIn(facts.category)
          ? [
              {
                zh: '您在哪个城市、哪个区？我们按就近的官方服务中心安排；想寄修的话，请留完整的收件地址。',
                en: "Which city and district are you in? We'll match you to the nearest official service centre; for mail-in repair, give the full return address.",
              },
              { zh: '说个城市和区就行，比如“广州市天河区”；寄修请写到门牌号。', en: 'A city and district is enough, e.g. "Tianhe District, Guangzhou"; for mail-in, the full address.' },
            ]
          : abroadAddressAsks(facts, said),
    },
  ],
  confirm(kit) {
    const f = kit.facts;
    const zh = kit.lang === 'zh';
    const none = zh ? '未提供' : 'not given';
    // An optional fact passed over is one the customer can still add before filing (optional-yes.ts).
    const addable = zh ? '未提供（可以补充）' : 'not given (you can add it)';
    const modelLine = f.model || kit.frame.ticketType === 'warranty_claim' ? [] : [zh ? `· 型号：${addable}` : `· Model: ${addable}`];
    const words = f.symptom ? problemWords(f.symptom) : '';
    // The code is added only when the customer's words do not already hold it ("显示E4，开一会就停").
    const code = f.errorCode && !words.toUpperCase().includes(f.errorCode.toUpperCase()) ? (zh ? `代码 ${f.errorCode}` : `code ${f.errorCode}`) : '';
    const problem = [words, code].filter(Boolean).join(zh ? '，' : ', ');
    const lines = zh
      ? [
          kit.frame.ticketType === 'warranty_claim' ? '跟您确认一下退换货申请：' : '跟您确认一下报修信息：',
          `· 产品：${productName(f, 'zh')}`,
          ...modelLine,
          `· 问题：${problem || none}`,
          `· 购买时间：${purchaseWords(f.purchaseDate, 'zh') ?? (kit.turn.receipt?.fields.purchaseDate?.value ? `${purchaseWords(kit.turn.receipt.fields.purchaseDate.value, 'zh')}（发票）` : addable)}`,
          `· 电话：${f.phone ? phoneSaidBack(f.phone) : none}`,
          `· 地址：${f.address ?? none}`,
          ...(f.preferredTime ? [`· 方便时间：${timeSaidBack(f.preferredTime, 'zh', kit.tools.context.now)}`] : []),
          '没问题回复“对”我就提交；要改哪项直接告诉我。',
        ]
      : [
          kit.frame.ticketType === 'warranty_claim' ? 'Let me confirm the return/exchange request:' : 'Let me confirm the repair request:',
          `· Product: ${productName(f, 'en')}`,
          ...modelLine,
          `· Problem: ${problem || none}`,
          `· Purchased: ${purchaseWords(f.purchaseDate, 'en') ?? (kit.turn.receipt?.fields.purchaseDate?.value ? `${purchaseWords(kit.turn.receipt.fields.purchaseDate.value, 'en')} (receipt)` : addable)}`,
          `· Phone: ${f.phone ? phoneSaidBack(f.phone) : none}`,
          `· Address: ${f.address ?? none}`,
          ...(f.preferredTime ? [`· Preferred time: ${timeSaidBack(f.preferredTime, 'en', kit.tools.context.now)}`] : []),
          'Reply "yes" and I will file it, or tell me what to change.',
        ];
    kit.quick(zh ? ['对，提交', '修改'] : ['Yes, file it', 'Change something']);
    // (A request after one already filed here is a second ticket, said so before the summary.)
    // (Of two appliances told together, it names the product, so the customer sees which summary is which.)
    const told = kit.frame.toldWith && f.category ? categoryName(f.category, kit.lang) : undefined;
    const second = kit.frame.ticketType === 'warranty_claim' ? '' : secondTicketLine(kit.filed, kit.lang, told);
    return [second, ...lines].filter(Boolean).join('\n');
  },
  async finish(kit) {
    const f = kit.facts;
    // Said to the customer here; the ticket's own warranty status is worked out by createTicket.
    const args = warrantyArgs(kit);
    if (args) {
      const check = await kit.tools.call('verifyWarranty', args);
      if (check.ok) {
        const answer = check.result as WarrantyAnswer;
        kit.say(warrantyLine(answer, kit.lang, kit.facts.category));
        // Out of cover, the customer is booking a paid repair: how it is charged, once, unless said
        // in this booking or about to be said with their own condition (visit-conditions-heard.ts).
        const conditions = [...kit.frame.conditions, ...visitConditionsIn(kit.turn.text)];
        if (answer.status === 'expired' && !kit.frame.feeTermsSaid && !conditions.some((c) => c !== 'callFirst')) kit.say(paidRepairTerms(kit.facts.category, kit.lang));
      }
    }
    const created = await kit.tools.call('createTicket', {
      type: kit.frame.ticketType ?? 'repair_request',
      symptom: (f.symptom ? problemWords(f.symptom) : kit.lang === 'zh' ? '客户报修' : 'repair requested').slice(0, 300),
      category: f.category || undefined,
      brand: f.brand || undefined,
      model: f.model || undefined,
      errorCode: f.errorCode || undefined,
      purchaseDate: args?.purchaseDate,
      phone: f.phone || undefined,
      // The visit time, labelled, travels with the address (the engineer's call arranges both), in the
      // one form the ticket keeps it (tickets/visit-time.ts), so a later change of time replaces it.
      address: addressAndVisitTime(f.address, f.preferredTime && (kit.lang === 'zh' ? `方便时间：${f.preferredTime}` : `preferred time: ${f.preferredTime}`)),
    });
    if (!created.ok) return { handoff: 'stuck' };
    const ticket = created.result as CustomerTicketView;
    kit.filed.push(ticket.number);
    kit.say(filedLine(ticket, kit));
    return { done: true };
  },
};

function filedLine(ticket: CustomerTicketView, kit: FlowKit): string {
  const due = promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now);
  const next = filedNextStep(kit.facts.category, due, kit.lang);
  return kit.lang === 'zh' ? `已提交，工单号 ${ticket.number}。${next}` : `Filed: ticket ${ticket.number}. ${next}`;
}
