/**
 * The words receipts put in front of each field, Chinese and English. Kept in one place so
 * adding a shop's wording is a one-line change. Patterns run on normalised lines (NFKC, CJK
 * spaces removed), case-insensitively.
 */
export const PURCHASE_DATE_LABELS =
  /(开票日期|销售日期|购买日期|购货日期|交易日期|交易时间|下单日期|下单时间|付款时间|支付时间|成交时间|日期|时间|invoice\s*date|purchase\s*date|date\s*of\s*purchase|sale\s*date|txn\s*date|trans(?:action)?\s*date|date|dated|tarikh)/iu;

/** Dates after these words are not when the product was bought (a reprint shows its print time). */
export const NOT_PURCHASE_DATE = /(打印|print|保修|质保|延保|有效期|截止|到期|至\s*\d|warrant|guarantee|valid|expir|until|due\s*date|exp\b|best\s*before|birthday|生日)/iu;

/** Strong "this is what was paid" labels first; each label's rank orders the candidates. */
export const TOTAL_LABELS: [RegExp, number][] = [
  [
    /(实付款|实付金额|实付|实收金额|实收|付款金额|支付金额|成交金额|价税合计|grand\s*total|total\s*amount\s*(?:paid|due)?|amount\s*paid|nett?\s*total|total\s*(?:rounded|inclusive|incl)|rounded\s*total|total\s*(?:rm|myr|usd|\$)|amount\s*due)/iu,
    3,
  ],
  [/(合计金额|金额合计|总计|总金额|合计|total|jumlah)/iu, 2],
  [/(应收|应付|amount)/iu, 1],
];

/** Lines that carry an amount that is not the total. */
export const NOT_TOTAL =
  /(小计|sub\s*-?\s*total|单价|unit\s*price|税额|(?<![a-z])tax(?!\s*invoice)|gst|sst|service\s*charge|找零|change|cash(?!\s*sale)|现金|收款|tender|discount|优惠|折扣|rounding|round\s*adj|qty|数量|saving|积分|points?\b|deposit)/iu;

export const MODEL_LABELS = /(规格型号|产品型号|型号|model\s*(?:no|number|#)?\.?|型\s*号)/iu;
export const SERIAL_LABELS = /(序列号|机身编号|机身号|条码|S\/N|SN|IMEI(?:\/SN)?|serial\s*(?:no|number|#)?\.?)/iu;
export const INVOICE_LABELS =
  /(发票号码|发票号|发票代码|小票号|单据号|订单号|收据号|流水号|票号|receipt\s*(?:no|number|#)\.?|invoice\s*(?:no|number|#)\.?|tax\s*invoice|bill\s*(?:no|number|#)\.?|doc(?:ument)?\s*(?:no|number)\.?|order\s*(?:no|number|#)\.?|inv\s*(?:no|#)\.?|invoice)/iu;
export const PRODUCT_LABELS = /(商品名称|货物名称|货物或应税劳务名称|品名|商品|产品名称|产品|item(?:\s*name)?|description|product)/iu;

/** Legal-entity endings: the strongest sign a line is the seller's registered name. */
export const MERCHANT_ENTITY = /(有限公司|有限责任公司|\bsdn\.?\s*bhd\b|\bbhd\b|\bs\/b\b|\bco\.?,?\s*ltd|\blimited\b|\binc\b|\bltd\b|\bllc\b|\bpte\b)/iu;

/** Words that mark a line as the shop's name. */
export const MERCHANT_HINTS =
  /(店|商城|商场|电器|专卖|旗舰|公司|超市|体验|门市|卖场|之家|苏宁|国美|京东|天猫|\bsdn\.?\s*bhd\b|\bbhd\b|\bstore\b|\bmart\b|\bshop\b|\benterprise|\btrading\b|restoran|restaurant|\bco\.?,?\s*ltd|\blimited\b|\binc\b|\bltd\b|megastore|electric|buy\b|norman|market)/iu;

/** Header lines that are about the document, not the shop. */
export const DOCUMENT_HEADINGS =
  /^(销售小票|购物凭证|购物小票|收银小票|发票|增值税.*发票|收据|小票|receipt|sales\s*receipt|official\s*receipt|tax\s*invoice|invoice|cash\s*(?:sale|bill)|simplified\s*tax\s*invoice|welcome|欢迎光临)\W*$/iu;

/**
 * Text that talks to a machine instead of describing a sale (ADVERSARIAL #8). Such lines are
 * never read for fields, and the reading carries a warning so a person can look.
 */
export const INSTRUCTION_TEXT =
  /(system\s*(?:note|prompt|message)|ignore\s+(?:all|previous|above)|assistant|verified|refund\s*now|call\s+\w+\(|系统提示|已核验|忽略(?:之前|以上|所有)|请全额退款|关闭工单|保修至\s*20\d\d)/iu;
