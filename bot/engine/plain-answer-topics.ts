/**
 * The plain answers (knowledge/sample/plain-answers.json) answer their own question only: a
 * dishwasher that won't drain is no question about washing-up soap, "the engineer didn't come" is
 * no question about a missed call, a warranty date is no question about sending the receipt.
 * Each pairs words of the entry's title with words a message on that topic holds.
 */
export const PLAIN_ANSWER_TOPICS: { entry: RegExp; message: RegExp }[] = [
  {
    entry: /洗碗机里能不能用普通洗洁精|soap for washing up by hand/i,
    message: /洗洁精|洗涤灵|洗碗液|洗涤剂|洗碗块|泡沫|\b(?:dish ?soap|washing[- ]up|detergent|soap|suds|foam\w*|tablets?)\b/i,
  },
  {
    entry: /怎么先把水放出来|how to let the water out/i,
    message:
      /放水|排水|把水|水[^，,。？?]{0,4}(?:弄|放|排|倒|舀)出|积水|全是水|满是水|都是水|一桶水|泡着|衣服[^，,。？?]{0,6}(?:拿|取)|\bdrain\w*|\bwater out\b|\bempty\b|\bfull of water\b|\bstanding water\b|\b(?:clothes|laundry|washing)\b.{0,20}\b(?:out|stuck|trapped)\b/i,
  },
  {
    entry: /发票或购物凭证要不要|photo of the receipt/i,
    message: /发票|小票|收据|凭证|购物记录|订单截图|\b(?:receipts?|invoices?|proof of purchase)\b/i,
  },
  {
    entry: /之前的工单会怎么样|earlier ticket when a new one/i,
    message: /工单|单号|单子|单|\b(?:tickets?|reference(?: numbers?)?|requests?|bookings?)\b/i,
  },
  {
    entry: /接不到电话|can't take the engineer's call/i,
    message:
      /接不到|接不了|没接到|没接上|打不通|联系不上|找不到我|不在家|家里没人|没人在家|出门|在外面|不方便接|没信号|(?:换|另|别的|其他|家人的?)[^，,。？?]{0,3}(?:号码|电话)|\bmiss(?:ed)? (?:the |his |her |their |a )?call|\bcan'?t (?:reach|get hold of|contact|get through to) me\b|\bnot (?:be )?(?:home|in|reachable|available)\b|\bbe out\b|\bno signal\b|\b(?:another|different|other|second) (?:number|phone)\b|\b(?:can'?t|won'?t|couldn'?t) (?:be able to )?(?:pick up|answer)\b|\bnobody(?:'s| is)? (?:home|in)\b/i,
  },
  {
    entry: /燃气总阀一般在哪|Where the gas shut-off valve usually is/i,
    message: /阀|总闸|\b(?:valve|shut-?off|gas main|gas tap)\b/i,
  },
  // The everyday answers of winter and daily use (knowledge/sample/everyday-answers.json) likewise: a washer
  // that will not drain in summer is no frozen hose; a microwave that won't heat is no question about metal.
  {
    entry: /管冻住了：|热水器冬天怎么防冻|hoses frozen in cold weather|water heater on a balcony or outdoors in frost/i,
    message:
      /冻|结冰|冰碴|零下|负\s*\d|-\s*\d+\s*(?:度|℃)|霜冻|降温|天冷|太冷|冬天|开水|沸水|滚水|拔电|断电|拔插头|热水浇|热水烫|吹风机|化开|\b(?:froze|frozen|freez\w*|frost\w*|ice[ds]?|icy|thaw\w*|below zero|sub-?zero|boiling|kettle|hair ?dryer|winter|unplug\w*)\b|-\s*\d+\s*°?\s*c\b/i,
  },
  {
    entry: /微波炉里能不能放金属|metal, stainless-steel containers or foil/i,
    message: /金属|不锈钢|钢的|铁的?(?:饭盒|碗|盒|盘|锅)|铝|锡纸|锡箔|金边|银边|饭盒|容器|\b(?:metal\w*|stainless|steel|alumini?um|foil|tin|gold rim|silver rim|containers?|tupperware|lunch ?box)\b/i,
  },
  // Voltage and plugs answer only a message about using an appliance in another country's mains: a rice
  // cooker that will not heat is no question about 110 volts.
  {
    entry: /电压、插头能不能直接用|mains voltage, plugs/i,
    message:
      /电压|伏|\d{3}\s*v\b|插头|插座|插电|变压器|转换器|转接头|国外|海外|境外|外国|出国|回国|带回|带过去|带到|代购|水货|\b(?:volt\w*|\d{3}\s*v|plugs?|sockets?|outlets?|adapters?|converters?|transformers?|abroad|overseas|foreign|brought (?:it |one )?(?:from|over|back)|from (?:china|japan|the us|america|europe|the uk|home|another country))\b/i,
  },
  {
    entry: /洗衣机童锁怎么解除|turn off a washer's child lock/i,
    message: /童锁|儿童锁|锁|哪个键|\b(?:child ?lock|lock\w*|unlock\w*|padlock|key symbol|which button)\b/i,
  },
];
