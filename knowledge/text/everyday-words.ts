/**
 * How customers say the after-sales concepts the knowledge base is written in: 要钱/花钱/收钱 for
 * 收费, 管子 for 铜管/管路, 装 for 安装, "how much" for fees. A question that uses the everyday word
 * gets the written one added, so keyword and vector search meet the case's own words. Only the
 * concept word is added; nothing is taken away, and an entry's text is never changed.
 */
const EVERYDAY: [RegExp, string][] = [
  [/要钱|花钱|收钱|给钱|掏钱|多少钱|贵不贵|价钱|价格|费用|另算|另外算|额外收|怎么收|咋收|how much|\bcost\w*|\bpay\b|\bprice\w*|\bcharge\w*|\bfees?\b/i, '收费 费用 fee charge'],
  [/装(?!修|好了)|装机|上门装|\binstall\w*|\bfit(?:ting)?\b|\bmount\w*/i, '安装 installation install'],
  [/管子|管线|连接管|加长管|\bpipes?\b|\bhoses?\b|\btubing\b/i, '铜管 管路 pipe'],
  [/打(?:个)?(?:墙)?洞|打孔|开孔|钻孔|\bdrill\w*|\bhole in the wall\b/i, '打孔 墙洞 drilling'],
  [/挪(?:个)?(?:地方|位置)|搬家|换个地方|移(?:机|位置)|\bmove (?:it|the unit)|\brelocat\w*/i, '移机 relocation'],
  [/上门费|跑一趟|过来一趟|出车费|\bcall[- ]?out\b|\bvisit fee\b|\btrip fee\b/i, '上门费 call-out fee'],
  [/退钱|退款|\bmoney back\b|\brefund\w*/i, '退货 退款 refund return'],
  [/(?:换|调)(?:个|一台|台)?新的?|\bswap\b|\breplace\w*|\bexchange\w*/i, '换货 exchange'],
  [/(?:放|摆|挂|搁|弄)(?:在|到)|\bput (?:it|the \w+) (?:in|on)\b|\bplace (?:it|the \w+)\b/i, '安装 installation'],
  [/洗澡(?:的)?(?:地方|间|房)|淋浴(?:间|房)/, '卫生间 浴室'],
  // Weather below freezing ("零下十几度", "it's -12 out", "a hard frost"): what the cases about frozen
  // hoses and pipes say. (A minus sign only after a space or the start: not MB80-12 or 2024-12.
  // "Frozen" alone is food or a screen as often as the weather: only a frozen pipe, hose or drain.)
  [
    /零下|冰点以下|天寒地冻|冻住|冻上了|上冻|\bbelow (?:zero|freezing)\b|\bsub-?zero\b|\bfreezing (?:cold|weather|outside|temperatures?|night)\b|\bhard frost\b|\bfrozen (?:solid|pipes?|hoses?|drain)\b|\b(?:pipes?|hoses?|drain) (?:is |are |has |have )?(?:frozen|froze)\b|(?:^|[\s(（,，])-\d{1,2}(?:\s?(?:°|℃|度|degrees?\b))?(?=\s|$|[,.，。])/i,
    '零下 结冰 冻住 below zero frozen freezing',
  ],
  // "没什么力", "越来越没劲", "抽不动", "no pull", "barely draws": what the cases call weak suction.
  [
    /没(?:有)?(?:什么|咩|乜|啥)?(?:力|劲)|越来越(?:没|弱)|抽不动|吸不动|吸不上|\b(?:no|little|hardly any|barely any) (?:pull|suction|draw)\b|\b(?:barely|hardly|no longer) (?:draws?|pulls?|sucks?|extracts?)\b|\blost (?:its |all )?(?:pull|suction)\b|\bweak (?:pull|suction|draw)\b/i,
    '吸力小 吸力变小 suction weak',
  ],
  // "不会冷了", "冷不下来", "一点都不凉": what the cases call 不制冷.
  [/(?<!会)不会冷|不再冷|冷不下来|(?:一点|一点儿|根本)?(?:都|也)?不凉了?|不冷了/, '不制冷'],
  [/纸箱|外箱|包装箱|盒子|箱子|\bbox(?:es)?\b|\bcarton\b/i, '包装 packaging'],
  [/还保吗|在保吗|过保|保修期|保多久|\bcovered\b|\bwarrant\w*|\bguarantee\w*/i, '保修 warranty'],
  // "专用盐", "洗碗机的盐", "salt": the softener salt the entries call 软水盐.
  [/专用盐|再生盐|软化盐|(?<![食加碘])盐(?![水分])|\bsalt\b/i, '软水盐 洗碗机盐 dishwasher salt'],
  // "你们卖吗", "有货吗", "do you sell it": where to buy, as the consumables entries say it.
  [
    /(?:你们|您们|店里|官方|这边|那边|有没有|有)(?:也)?卖(?!了)|卖不卖|卖(?:吗|么|嘛|不)|有货|(?:哪里|哪儿|在哪|去哪|哪)(?:能|可以)?买|能买到|\bsell\w*|\bin stock\b|where (?:can|do|could) (?:i|we) (?:buy|get|order)/i,
    '哪里买 在哪买 where to buy',
  ],
];

export function withEverydayWords(text: string): string {
  const added = EVERYDAY.filter(([pattern]) => pattern.test(text)).map(([, words]) => words);
  return added.length ? `${text} ${added.join(' ')}` : text;
}
