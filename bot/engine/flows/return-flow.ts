/**
 * Return or exchange (退换货, 三包): 7 days for a performance fault (return, exchange or repair),
 * 15 days for an exchange, and the 7-day no-reason return only for distance sales (online, TV,
 * phone orders), never for an in-store purchase. The rules decide; the customer is told which
 * applies and may file a request.
 */
import type { Lang } from '../../phrases';
import type { FlowKit, FlowSpec } from './flow';

const DAY = 86_400_000;

function daysSince(iso: string, now: Date): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return Math.floor((now.getTime() - Date.parse(`${iso}T00:00:00+08:00`)) / DAY);
}

function rulesLine(days: number | undefined, online: boolean, lang: Lang): string {
  const zh = lang === 'zh';
  if (days === undefined) {
    return zh
      ? '三包规定：质量问题7天内可以退货、换货或维修，15天内可以换货或维修；网上、电视、电话购物另有7天无理由退货（商品完好），门店购买不适用无理由退货。具体按发票或订单日期计算。'
      : 'The 三包 rules: a fault within 7 days allows a return, exchange or repair, within 15 days an exchange or repair; online, TV and phone orders also have a 7-day no-reason return (goods intact), which in-store purchases do not. The receipt or order date decides.';
  }
  if (days <= 7) {
    const reason = online
      ? zh ? '网购7天内可以无理由退货（商品及配件完好、不影响二次销售）；' : 'An online order within 7 days can be returned without a reason (goods and accessories intact); '
      : zh ? '门店购买不适用7天无理由退货；' : 'In-store purchases have no no-reason return; ';
    return reason + (zh ? '如果是质量问题，7天内可以选择退货、换货或维修。' : 'for a fault within 7 days you may choose a return, an exchange or a repair.');
  }
  if (days <= 15) return zh ? `买了${days}天，质量问题可以换货或维修（超过7天不能退货）。` : `It's ${days} days since purchase: a fault allows an exchange or a repair (returns end after 7 days).`;
  return zh ? `已经买了${days}天，超过了15天的换货期，质量问题在保修期内可以免费维修。` : `It's ${days} days since purchase, past the 15-day exchange period; a fault is repaired free under warranty.`;
}

export const returnFlow: FlowSpec = {
  name: 'return',
  title: { zh: '退换货', en: 'return or exchange' },
  slots: [
    {
      slot: 'purchaseDate',
      required: true,
      ask: [
        { zh: '是哪天买的（或哪天签收的）？', en: 'Which day did you buy it (or receive it)?' },
        { zh: '退换按天数算，请告诉我具体日期，比如“12月1日”。', en: 'Returns count in days, so I need the date, e.g. "1 December".' },
      ],
      without: { zh: '没有日期的话，按发票或订单日期核实。', en: 'Without the date, your receipt or order date will decide.' },
    },
    {
      slot: 'saleChannel',
      required: true,
      ask: [
        { zh: '是网上买的（比如京东、天猫、官方商城），还是在门店买的？', en: 'Did you order it online or buy it in a store?' },
        { zh: '网购和门店的退货规定不一样：是网上下单还是门店买的？', en: 'Online and in-store purchases have different return rules: which was it?' },
      ],
      without: { zh: '购买渠道以订单或发票为准。', en: 'Your order or receipt will show where it was bought.' },
    },
  ],
  async finish(kit: FlowKit) {
    const days = kit.facts.purchaseDate ? daysSince(kit.facts.purchaseDate, kit.tools.context.now) : undefined;
    kit.say(rulesLine(days, kit.facts.saleChannel === 'online', kit.lang));
    if (days !== undefined && days > 15) {
      kit.say(kit.lang === 'zh' ? '需要的话我帮您预约维修。' : 'I can book a repair if you like.');
      return { stage: 'offer' };
    }
    kit.say(kit.lang === 'zh' ? '需要我帮您登记退换货申请吗？' : 'Shall I register a return or exchange request for you?');
    kit.quick(kit.lang === 'zh' ? ['登记申请', '先不用'] : ['Register it', 'Not now']);
    return { stage: 'offer' };
  },
  accepts: 'repair',
};
