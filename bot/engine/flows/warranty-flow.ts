/** Warranty question (保修咨询): the product and when it was bought, then the rules' answer. */
import type { WarrantyAnswer } from '../../../warranty/warranty-check';
import { categoryName, purchaseWords } from '../wording';
import { answerWithSource } from './fault-flow';
import type { FlowSpec } from './flow';
import { lookUpAnswer } from './policy-flow';
import { partWarrantyAnswer } from '../part-warranty';
import { warrantyArgs, warrantyLine } from './warranty-words';
import { faultCoverLine, FAULT_COVER_QUESTION, mainPartVerdict } from '../warranty-verdict';
import { LIQUID_DAMAGE, warrantyRuleQuery } from '../answer-topic-fit';

/** Where to buy something: 哪里买, 在哪买, 怎么买, "where can I buy". */
const WHERE_TO_BUY = /哪里(?:能|可以)?买|哪儿买|哪买|在哪(?:里|儿)?(?:能|可以)?买|去哪(?:里|儿)?买|怎么买|哪里有卖|\bwhere (?:can|do|should) i (?:buy|get|order)\b|\bwhere to (?:buy|get)\b/i;
import { carryInWithout, CARRY_IN_ASKS } from '../service-way';
import { carriedIn, serviceWords } from '../wording';

const warrantyDateAsk = {
  zh: '什么时候买的？说年月日最准，比如“2024年7月15日”；也可以直接发发票照片。',
  en: 'When did you buy it? The exact date is best, e.g. "15 July 2024"; or send a photo of the receipt.',
};

export const warrantyFlow: FlowSpec = {
  name: 'warranty',
  title: { zh: '保修查询', en: 'warranty question' },
  slots: [
    {
      slot: 'category',
      required: true,
      ask: [
        { zh: '是哪种产品？', en: 'Which appliance is it?' },
        {
          zh: '保修期按产品算：是空调、洗衣机、冰箱、热水器、手机还是别的？',
          en: 'Warranty depends on the product: air conditioner, washing machine, fridge, water heater, phone, or something else?',
        },
      ],
      without: { zh: '不知道产品类型，我没法查保修。', en: "Without the product I can't check the warranty." },
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
    // The rule for this product first (整机1年、主要部件3年), from the knowledge base's policies.
    const product = categoryName(kit.facts.category, kit.lang);
    const rule = await lookUpAnswer(kit, kit.lang === 'zh' ? `${product}保修期多久 三包` : `${product} warranty period`);
    if (rule) {
      kit.cite(rule.id);
      kit.say(answerWithSource(rule, kit.lang));
    }
    const args = warrantyArgs(kit);
    if (!args) {
      const said = purchaseWords(kit.facts.purchaseDate, kit.lang);
      if (said) {
        kit.say(
          kit.lang === 'zh'
            ? `您说的是${said}，只知道大概时间时我没法确定是否刚好在保修期内，工程师上门时按发票或订单核实。`
            : `You said ${said}; with only a rough date I can't be sure whether it is still covered, so the engineer will check your receipt or order.`,
        );
      }
      return { done: true };
    }
    const check = await kit.tools.call('verifyWarranty', args);
    if (check.ok) kit.say(warrantyLine(check.result as WarrantyAnswer, kit.lang));
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
