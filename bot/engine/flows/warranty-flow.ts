/** Warranty question (保修咨询): the product and when it was bought, then the rules' answer. */
import type { WarrantyAnswer } from '../../../warranty/warranty-check';
import { purchaseWords } from '../wording';
import { answerWithSource } from './fault-flow';
import type { FlowSpec } from './flow';
import { lookUpAnswer } from './policy-flow';
import { partWarrantyAnswer } from '../part-warranty';
import { proofCheckedBy, warrantyArgs, warrantyLine } from './warranty-words';
import { proofOfferedLine } from '../proof-kind-answer';
import { faultCoverLine, FAULT_COVER_QUESTION, mainPartVerdict } from '../warranty-verdict';
import { LIQUID_DAMAGE, warrantyRuleQuery } from '../answer-topic-fit';

/** Where to buy something: 哪里买, 在哪买, 怎么买, "where can I buy". */
const WHERE_TO_BUY = /哪里(?:能|可以)?买|哪儿买|哪买|在哪(?:里|儿)?(?:能|可以)?买|去哪(?:里|儿)?买|怎么买|哪里有卖|\bwhere (?:can|do|should) i (?:buy|get|order)\b|\bwhere to (?:buy|get)\b/i;
import { carryInWithout, CARRY_IN_ASKS } from '../service-way';
import { productRule, sayGeneralRule, sayProductPeriod } from './warranty-period';
import { carriedIn, serviceWords } from '../wording';

/** Offered after the period is said: the customer may give the date, not must (no verdict is promised without it). */
const warrantyDateAsk = {
  zh: '如果告诉我大概什么时候买的（说个年月就行，比如“去年5月”；有发票照片也可以直接发），我可以帮您算出您这台的保修到哪天、现在还保不保。',
  en: 'If you tell me roughly when you bought it (a month and year is enough, e.g. "May last year"; or send a photo of the receipt), I can work out whether yours is still covered.',
};

export const warrantyFlow: FlowSpec = {
  name: 'warranty',
  title: { zh: '保修查询', en: 'warranty question' },
  slots: [
    {
      slot: 'category',
      required: true,
      ask: [
        { zh: '是哪种产品？我按它自己的保修规定告诉您。', en: 'Which product is it? I will give you its own warranty terms.' },
        {
          zh: '保修期按产品算：是空调、洗衣机、冰箱、热水器、手机还是别的？',
          en: 'Warranty depends on the product: air conditioner, washing machine, fridge, water heater, phone, or something else?',
        },
      ],
      without: { zh: '不知道产品类型，我没法查保修。', en: "Without the product I can't check the warranty." },
      // "保修期多久" with no product: the general rule first, then which product.
      lead: sayGeneralRule,
    },
    {
      slot: 'purchaseDate',
      required: true,
      ask: [
        warrantyDateAsk,
        { zh: '大概的年月也行；记不清的话，保修由工程师上门按购买凭证核实。', en: "A month and year helps; if you can't remember, the engineer will check the warranty from your proof of purchase." },
      ],
      without: { zh: '没有购买日期，保修由工程师上门按购买凭证核实。', en: 'Without the purchase date, the engineer will check the warranty from your proof of purchase.' },
      knownFrom: (kit) =>
        Boolean(kit.turn.receipt?.ok && kit.turn.receipt.fields.purchaseDate) || Boolean(warrantyRuleQuery([kit.facts.symptom, kit.turn.text].filter(Boolean).join(' '), kit.facts.category, kit.lang)),
      askFor: (facts) => (carriedIn(facts.category) ? [warrantyDateAsk, CARRY_IN_ASKS.purchaseDate![1]] : undefined),
      withoutFor: (facts) => carryInWithout('purchaseDate', facts),
      // The period (and the part's, when named) is the answer; the date only makes it personal.
      lead: sayProductPeriod,
    },
  ],
  async finish(kit) {
    const special = warrantyRuleQuery([kit.facts.symptom, kit.turn.text].filter(Boolean).join(' '), kit.facts.category, kit.lang);
    if (special) {
      const rule = await lookUpAnswer(kit, special);
      if (rule) {
        kit.cite(rule.id);
        kit.say(answerWithSource(rule, kit.lang));
        const text = [kit.facts.symptom, kit.turn.text].filter(Boolean).join(' ');
        // A consumable asked about is bought, not repaired: where to buy it, if asked, and no repair offered.
        if (!LIQUID_DAMAGE.test(text)) {
          const where = WHERE_TO_BUY.test(text)
            ? await lookUpAnswer(kit, kit.lang === 'zh' ? '滤芯、除垢剂、软水盐等耗材在哪里买' : 'where to buy filters, descaler, dishwasher salt and other consumables')
            : undefined;
          if (where && where.id !== rule.id) {
            kit.cite(where.id);
            kit.say(answerWithSource(where, kit.lang));
          }
          return { done: true };
        }
        if (kit.booking) return { done: true };
        kit.say(serviceWords(kit.facts.category).offer[kit.lang]);
        return { stage: 'offer', offer: 'bookRepair' };
      }
    }
    // A part named ("压缩机坏了还保吗", or the fault told before): both periods and which applies.
    const cover = await partWarrantyAnswer(kit, kit.turn.text, { warrantyAsked: true });
    if (cover) {
      kit.say(cover);
      if (kit.booking) return { done: true };
      kit.say(kit.lang === 'zh' ? '需要的话我可以帮您预约维修。' : 'If you need a repair, I can book it.');
      return { stage: 'offer' };
    }
    // The rule for this product first (整机1年、主要部件3年), from the knowledge base's policies,
    // unless the reply before (the period, then the offer to work it out) just said it.
    const rule = kit.facts.category ? await productRule(kit, kit.facts.category) : undefined;
    if (rule && !kit.cited(rule.id) && !kit.saidBefore(rule.answer ?? rule.id)) {
      kit.cite(rule.id);
      kit.say(answerWithSource(rule, kit.lang));
    }
    const args = warrantyArgs(kit);
    if (!args) {
      const said = purchaseWords(kit.facts.purchaseDate, kit.lang);
      if (said) {
        // Who checks it is said in the product's own way: nobody visits for a phone or a kettle.
        kit.say(
          kit.lang === 'zh'
            ? `您说的是${said}，只知道大概时间时我没法确定是否刚好在保修期内。${proofCheckedBy(kit.facts.category, 'zh')}`
            : `You said ${said}; with only a rough date I can't be sure whether it is still covered. ${proofCheckedBy(kit.facts.category, 'en')}`,
        );
      }
      return { done: true };
    }
    // "发票丢了 微信里有付款记录": the proof they have is said to count (the verdict below goes by the date they gave).
    const proof = proofOfferedLine(kit.turn.text, kit.lang);
    if (proof && !kit.saidBefore(proof) && !kit.saysNow?.(proof)) kit.say(proof);
    const check = await kit.tools.call('verifyWarranty', args);
    if (check.ok) kit.say(warrantyLine(check.result as WarrantyAnswer, kit.lang, kit.facts.category));
    // The verdict worked out for the main part too ("整机已过保；压缩机3年，还在保"), and for a fault asked about, what the cover is for.
    const verdict = check.ok ? await mainPartVerdict(kit, kit.turn.text, true) : undefined;
    if (verdict) kit.say(verdict);
    if (FAULT_COVER_QUESTION.test(kit.turn.text) || (kit.facts.symptom && !kit.saidBefore(faultCoverLine(kit.lang)))) kit.say(faultCoverLine(kit.lang));
    // Asked in the middle of booking: the booking goes on, no second one is offered.
    if (kit.booking) return { done: true };
    kit.say(kit.lang === 'zh' ? '需要的话我可以帮您预约维修。' : 'If you need a repair, I can book it.');
    return { stage: 'offer', offer: 'bookRepair' };
  },
  accepts: 'repair',
};
