/**
 * A side question about travelling with the product ("can I take it on a plane like this?", "坐高铁
 * 能带吗", "托运行不行"): whether it may be carried is the airline's or the railway's rule, which the
 * after-sales desk does not know. Read here so the engine says so plainly instead of looking it up
 * (a lookup finds carry-in repair or nothing, and the customer gets a paragraph that answers
 * something else).
 */

/** A way of travelling, or its checks. */
const TRAVEL =
  /飞机|航班|登机|坐飞|乘机|机场|安检|托运|随身(?:带|携带|行李)|手提行李|高铁|动车|火车|地铁|坐车|航空公司|\b(?:plane|flight|fly|flying|airline|airport|aeroplane|airplane|carry-?on|hand luggage|cabin bag|checked (?:bag|baggage|luggage)|check it in|security (?:check|screening)|train|ferry|cruise)\b/i;
/** Asking whether it may be taken or carried. */
const MAY_CARRY =
  /能(?:不能)?带|可以带|可不可以带|让带|能上|可以上|能托运|能过|过得了|带(?:上|去|着)?[^，。？?]{0,8}(?:吗|么|嘛|不|没问题|行不行|可以不)|行不行|可以吗|能行吗|[吗么嘛][\s。!！]*$|[?？]|\b(?:can|could|may|allowed|ok(?:ay)?|safe|fine|able)\b[^.?!]{0,40}\b(?:take|bring|carry|fly|travel|pack|check)\b|\b(?:take|bring|carry|pack)\b[^.?!]{0,30}\b(?:on|onto|in|through)\b/i;

/** Whether the question asks about taking the product on a journey. */
export function asksAboutTravelling(question: string): boolean {
  return TRAVEL.test(question) && MAY_CARRY.test(question);
}
