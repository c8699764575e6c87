/**
 * Requests next to after-sales that are not ours to handle: where a delivery is, changing or
 * cancelling an order, an invoice from the shop, what a new product costs. They are done by the
 * shop or platform the customer bought from; reading them as a ticket question ("send me the
 * ticket number") or a repair sends the customer round in circles. A fault described in the same
 * message (快递送来就是坏的) is still ours, so callers check that first.
 */
import type { Lang } from '../phrases';

export type ElsewhereTopic = 'delivery' | 'order' | 'invoice' | 'price';

const TOPICS: [ElsewhereTopic, RegExp][] = [
  [
    'delivery',
    // Chinese wordings of a delivery not yet here or asked after ("几天能到货", "什么时候送", "还没送到", "我问的是送货").
    /((?:下单|下了单|拍了|订了|订的|买的|买了)[^，,。.?？]{0,10}(?:还没有?|一直没|没)(?:到|送到|送来|收到)(?=$|[\s，,。.!！?？呢啊呀吗么嘛])|(?:还|一直|怎么|咋)?(?:没|没有)(?:送到|送来|送货|配送|到货|发货|发出|收到(?:货|快递|包裹)|派送)|(?<!(?:师傅|工程师|维修员|人员|售后|你们|他们|他|她|人)(?:大概|一般)?)(?:几天|多久|多长时间|什么时候|啥时候|哪天|几号|何时|几时)(?:能|才|会|可以|给我|给)?(?:到货|送到|送来|送货|配送|派送|发货|发出|寄出|送过来|到家|到(?=[吗么啊呀呢嘛?？\s。!！]|$)|送(?=[吗么啊呀呢嘛?？\s。!！]|$))|(?:送货|配送|物流|快递|派送|发货)(?:大概|一般|要)?(?:什么时候|啥时候|几天|多久|哪天|几号|时间|日期|慢|太慢|好慢|到哪|不动|没更新|停了|卡住)|(?:快递|物流)[^，,。.?？]{0,6}(?:不动|没更新|没动静|停了|卡住|显示)|(?:问|说|是|关于|讲)(?:的是|的)?(?:送货|配送|物流|快递|发货|到货)|(?:送货|配送|物流|快递|发货|到货)(?:的事|的问题|方面|这块|的情况)|\b(?:about|asking about|it'?s about|i mean|i meant) (?:the |my )?(?:delivery|shipping|shipment|courier|order)\b|\b(?:hasn'?t|has not|not|never|still not|still hasn'?t) (?:been )?(?:delivered|shipped|arrived|dispatched)\b|\b(?:when|how long|how many days)\b.{0,30}\b(?:deliver\w*|arriv\w*|ship\w*|dispatch\w*)\b)/i,
  ],
  [
    'delivery',
    /((?:快递|物流|运单|包裹|货)[^，,。.?？]{0,6}(?:到哪|在哪|进度|信息|单号|还没|没到|没收到|没送到|什么时候到|多久到|啥时候到|怎么还没|查)|(?:查|跟踪|追踪)(?:一下)?(?:我的)?(?:快递|物流|包裹|运单)|(?:什么时候|何时|啥时候|多久|几时)(?:能|才|会)?(?:发货|到货|送货|配送)|没(?:有)?(?:发货|到货|收到货)|(?:发货|配送|送货)(?:进度|状态)|\btrack(?:ing)?\b.{0,20}\b(?:order|delivery|package|parcel|shipment|courier)\b|\b(?:delivery|shipping|shipment|courier|parcel|package)\b.{0,20}\b(?:status|where|track|arriv\w*|late|delay\w*|when)\b|\bwhere(?:'s| is) my (?:order|delivery|package|parcel|shipment)\b|\b(?:order|delivery|package|parcel)\b.{0,20}\b(?:hasn'?t|has not|not yet|never|didn'?t)\b.{0,12}\b(?:arriv\w*|come|came|shipped|delivered)\b|\bwhen will (?:it|my \w+) (?:arrive|be delivered|ship|be shipped)\b)/i,
  ],
  [
    'order',
    /((?:取消|修改|改一下|更改|撤销)(?:一下)?(?:我的)?订单|订单(?:怎么|能不能|可以|能否)?(?:取消|修改|更改|改地址|改一下)|订单(?:状态|进度)|改(?:一下)?收货(?:地址|人)|\b(?:cancel|change|modify|amend)\b.{0,12}\b(?:my |the )?order\b|\border (?:status|number for my purchase)\b|\bchange (?:the )?delivery address\b)/i,
  ],
  [
    'invoice',
    /((?:开|补开|补|要|申请|开具|下载|打印)(?:一?[个张份])?(?:增值税|专用|普通|电子)?(?:发票|专票|普票)|发票(?:怎么|如何|在哪|去哪)(?:开|申请|下载|拿|要)|发票(?:还)?没(?:有)?(?:开|收到|给)|(?:抬头|税号)|\b(?:issue|get|need|want|request|download)\b.{0,15}\b(?:an? )?(?:invoice|fapiao|vat receipt)\b|\bfapiao\b|\binvoice (?:for|from) (?:my|the) (?:order|purchase|shop|store)\b)/i,
  ],
  [
    'price',
    /((?:新款|新品|新机|最新|新出的|新上市)(?:的)?.{0,12}(?:多少钱|价格|价钱|报价|售价|优惠|打折|便宜)|(?:想|打算|准备|要)买(?:一?[台个部])?.{0,12}(?:多少钱|价格|价钱|报价|售价|优惠)|(?:多少钱|价格|售价|报价).{0,6}(?:新款|新品|新机)|(?:优惠券|促销价|活动价)|\b(?:how much|price|cost)\b.{0,20}\b(?:new|latest|newest)\b.{0,20}\b(?:model|one|version|fridge|tv|phone|washer|washing machine|air ?con\w*|dishwasher|dryer|oven|microwave|vacuum)\b|\b(?:want|plan|going|thinking) (?:to|of) buy(?:ing)?\b.{0,30}\b(?:how much|price|cost|discount)\b|\b(?:discount|coupon|promo(?:tion)? code|sale price)\b)/i,
  ],
];

/** Saying it is not about a fault: "不是坏了", "没坏", "不是故障", "not broken", "nothing's wrong with it". */
const NOT_A_FAULT =
  /((?:不是|并不是|又不是|没|没有|并没有?|又没)(?:说)?(?:东西|机器|产品|它)?(?:坏|故障|出问题|有问题|毛病|要修|报修|维修)|(?:没|没有)(?:坏|毛病|问题)|不是(?:产品|机器)?(?:的)?(?:质量)?(?:问题|故障)|\bnot (?:broken|faulty|damaged|a fault|a repair|about a (?:fault|repair))\b|\bnothing(?:'s| is)? wrong\b|\b(?:isn'?t|is not|wasn'?t|nothing) broken\b|\bno fault\b|\bworks fine\b|\bdon'?t need (?:a )?repair\b)/i;

/** Whether the customer says their message is not about a fault ("我说的是送货 不是坏了"). */
export function deniesFault(text: string): boolean {
  return NOT_A_FAULT.test(text);
}

/** Each topic's words made global once, to take every mention out (asked on most turns). */
const EVERY_TOPIC_WORD = TOPICS.map(([, words]) => new RegExp(words.source, 'gi'));

/** The message with the neighbouring request's words taken out: what is left may still tell a fault ("快递送来外壳就裂了"). */
export function withoutElsewhere(text: string): string {
  let rest = text;
  for (const words of EVERY_TOPIC_WORD) rest = rest.replace(words, ' ');
  return rest.replace(NOT_A_FAULT, ' ');
}

/** The neighbouring request our last reply sent elsewhere, if it did (an order number sent next is about the same). */
export function elsewhereSaid(reply: string | undefined): ElsewhereTopic | undefined {
  if (!reply) return undefined;
  return (Object.keys(WHERE) as ElsewhereTopic[]).find((t) => (['zh', 'en'] as const).some((l) => reply.includes(WHERE[t][l]) || reply.includes(AGAIN[t][l])));
}

/** Which neighbouring request the message makes, if it makes one. */
export function elsewhereTopic(text: string): ElsewhereTopic | undefined {
  return TOPICS.find(([, words]) => words.test(text))?.[0];
}

const WHERE: Record<ElsewhereTopic, Record<Lang, string>> = {
  delivery: {
    zh: '快递和物流要在您下单的地方查：购买平台（比如京东、天猫、官方商城）App 里的“我的订单—查看物流”，或者联系那家店铺的客服；门店购买的请问门店。我这边负责售后（故障、保修、维修、安装），查不到物流。',
    en: 'Deliveries are tracked where you ordered: the "My orders" page of the shop or platform you bought from (e.g. JD, Tmall, the official store), or that shop\'s customer service; for an in-store purchase, the store. I handle after-sales here (faults, warranty, repairs, installation) and can\'t see shipping.',
  },
  order: {
    zh: '订单的修改、取消和退款进度，请在下单平台的“我的订单”里操作，或联系那家店铺的客服；门店购买的请找门店。我这边负责产品售后，改不了订单。',
    en: 'Changing or cancelling an order, and refunds of an order, are done on the "My orders" page of the shop or platform you bought from, or with that shop\'s customer service (the store, if bought in person). I handle after-sales for the product and can\'t change orders.',
  },
  invoice: {
    zh: '购物发票由卖家开具：网购的在订单详情里申请或下载电子发票，没有的话联系店铺客服；门店购买的请找门店开。保修时有发票或订单记录就可以。',
    en: "The purchase invoice comes from the seller: for an online order, request or download it from the order page, or ask the shop's customer service; for an in-store purchase, ask the store. For warranty, the invoice or the order record is enough.",
  },
  price: {
    zh: '新品的价格和优惠以销售渠道为准，请看官方商城或购物平台的商品页，或者问门店。我这边负责售后，报不了售价。',
    en: "Prices and offers for new products are set by the sellers: see the product page of the official store or your shopping platform, or ask a shop. I handle after-sales here and can't quote sale prices.",
  },
};

/** Said when the customer asks the same again: shorter, and what we can do if something is wrong with the product. */
const AGAIN: Record<ElsewhereTopic, Record<Lang, string>> = {
  delivery: {
    zh: '物流信息只有卖家那边能查到，我这里确实看不到，抱歉。如果送到后发现有损坏或故障，直接告诉我，我帮您登记退换或维修。',
    en: "Only the seller can see the shipping, and I really can't from here, sorry. If it arrives damaged or faulty, tell me and I'll register a return, exchange or repair.",
  },
  order: {
    zh: '订单只能在下单的平台或店铺改，我这边确实改不了，抱歉。产品本身有问题的话，告诉我我来处理。',
    en: "Orders can only be changed where you placed them; I really can't from here, sorry. If the product itself has a problem, tell me and I'll take care of it.",
  },
  invoice: {
    zh: '发票只能由卖家开，我这边开不了，抱歉。保修需要的话，订单截图也可以当购买凭证。',
    en: "Only the seller can issue the invoice; I can't, sorry. For warranty, a screenshot of the order also works as proof of purchase.",
  },
  price: {
    zh: '售价我这边确实查不到，抱歉。已买的产品有故障、保修或安装的问题，随时找我。',
    en: "I really can't see sale prices, sorry. For faults, warranty or installation of something you own, I'm here.",
  },
};

/** Where the request is handled, said politely; the second time (`again`), shorter, with what we can do instead. */
export function elsewhereReply(topic: ElsewhereTopic, lang: Lang, again = false): string {
  return (again ? AGAIN : WHERE)[topic][lang];
}
