/**
 * A new product that arrived damaged (a dent, a crack, a scratch it came with): acknowledged, with
 * the options the 三包 rules give (within 7 days of delivery a refund, an exchange or a repair;
 * within 15 an exchange or a repair), a complaint about the delivery if our own crew caused it, a
 * photo asked for, and the exchange or return request offered. Never the fault questions (a dent
 * has no self-help steps), never a promise of who pays: staff decide after checking.
 */
import { categoryName } from '../wording';
import type { FlowSpec } from './flow';
import { SOCIAL } from '../social-replies';

export const deliveryDamageFlow: FlowSpec = {
  name: 'deliveryDamage',
  title: { zh: '到货破损', en: 'damage on delivery' },
  // Only heard, nothing started: "not now" to its offer is no thanks, not "cancelled".
  calledOff: SOCIAL.noThanks,
  slots: [],
  async finish(kit) {
    const zh = kit.lang === 'zh';
    const product = kit.facts.category ? categoryName(kit.facts.category, kit.lang) : undefined;
    kit.say(
      zh
        ? [
            `很抱歉，新送到的${product ?? '产品'}就有破损，让您糟心了。`,
            '到货时就有的破损属于送货质量问题：签收7天内可以选退货、换货或维修，15天内可以换货或维修（以签收或发票日期为准）。',
            '如果是我们的送货师傅搬运时碰坏的，也可以另外按服务投诉登记。',
            '方便的话请拍几张破损处和外包装的照片发过来；签收单上注明过破损的，也一起拍给我。',
            '需要我帮您登记换货或退货申请吗？',
          ].join('')
        : [
            `I'm sorry the new ${product ?? 'product'} arrived damaged.`,
            'Damage a product arrives with is a delivery defect: within 7 days of delivery you can choose a refund, an exchange or a repair, and within 15 days an exchange or a repair (the delivery or invoice date decides).',
            'If our own delivery crew caused it while bringing it in, I can also record a complaint about the delivery.',
            'Photos of the damage and of the packaging help, and so does the delivery note if the damage was written on it.',
            'Shall I register an exchange or return request for you?',
          ].join(' '),
    );
    kit.quick(zh ? ['登记换货或退货', '先不用'] : ['Register it', 'Not now']);
    return { stage: 'offer', offer: 'registerReturn' };
  },
  accepts: 'return',
};
