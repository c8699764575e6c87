/**
 * What a customer means once a request is already filed in this chat (playtest round 15): the
 * same fault "still" there is news for that ticket, not a new fault; "is my visit still on?" asks
 * about the ticket's state; "send someone, not just a record" and "fix the address" are about that
 * ticket too; and a repair handed in elsewhere weeks ago is another repair, not the one just filed.
 * Read here once, the engine answers them from the ticket (bot/engine/after-filing.ts).
 */

/** The same fault is still there ("还是不行", "依旧不制冷", "still not working", "no better"). */
const STILL_ZH = /(?:还是|仍然|依然|依旧|照样|还)(?:不行|没好|不好|坏|老样子|一样|那样|不[制冷热转亮动响开出排脱]|没[有反]?(?:反应|用|修好|变化))|没(?:什么|啥)?(?:变化|起色|好转)|老样子/;
const STILL_EN =
  /\b(?:still|again) (?:not|isn'?t|doesn'?t|won'?t|no|broken|the same|dead|leaking|noisy|faulty|failing|cold|warm|damp|wet)\b|\bstill (?:does|has|makes|shows|gives)\b|\bno (?:better|change|improvement)\b|\bsame (?:problem|thing|issue) (?:again|still)\b/i;

export function saysStillBroken(text: string): boolean {
  return STILL_ZH.test(text) || STILL_EN.test(text);
}

/** "你取消了什么", "上门还算数吗", "is my visit still booked?", "did you cancel it?": the ticket's real state is asked. */
const STILL_BOOKED_ZH =
  /(?:取消|撤销|撤)了?(?:什么|啥|哪个|哪张|吗|没|了吗)|(?:上门|预约|工单|单子|报修|维修)[^，。？?！!]{0,6}(?:还在|还有效|还算数?|还作数|没取消|没撤|还有吗|有没有被?取消)|(?:没|别)(?:给我)?取消(?:吧|吗|了吧)?[?？]|是不是(?:把[^，。？?！!]{0,8})?(?:取消|撤)|还算数|还作数|还有效吗/;
const STILL_BOOKED_EN =
  /\bwhat (?:did|have) you (?:just )?cancel+(?:ed)?\b|\b(?:did|have) you (?:just )?cancel+(?:ed)?\b|\b(?:is|was) (?:it|my (?:visit|booking|appointment|repair|ticket)|the (?:visit|booking|appointment|repair|ticket)) (?:still (?:on|booked|there|valid|open|active|happening)|cancel+ed)\b|\bstill (?:booked|on|happening|coming)\b[^.!]*\?|\bnot cancel+ed\b[^.!]*\?/i;

export function asksIfStillBooked(text: string): boolean {
  return STILL_BOOKED_ZH.test(text) || STILL_BOOKED_EN.test(text);
}

/** "要的是有人来重新修，不是登记", "send someone to redo it, not just log it": the same matter, wanting a visit. */
const VISIT_NOT_RECORD_ZH =
  /(?:重新|再)(?:来)?(?:修|上门|派人|看一下|看看)|(?:派|要|找)(?:个)?(?:人|师傅|工程师)[^，。？?！!]{0,6}(?:来|上门)|不(?:是|要|光|只)(?:是)?(?:登记|记录|记一下|记下来|备案)/;
const VISIT_NOT_RECORD_EN =
  /\b(?:redo|re-do|fix it properly|come back|send (?:someone|somebody|an engineer|a technician)|someone (?:to )?(?:come|visit)|re-?repair)\b|\bnot (?:just )?(?:a |another )?(?:record|note|log|entry|ticket)\b/i;

export function wantsVisitNotRecord(text: string): boolean {
  return VISIT_NOT_RECORD_ZH.test(text) || VISIT_NOT_RECORD_EN.test(text);
}

/** A change to what the ticket says: "改一下", "写错了", "少了门牌号", "fix it", "correct the ticket", "is missing". */
const CHANGE_ZH = /改(?:一下|下|成|为|过来|好|掉)?|更正|修改|写错|弄错|填错|记错|不对|少了|漏了|缺了|没写/;
const CHANGE_EN = /\b(?:fix|correct|change|update|amend|edit)\b|\bwrong\b|\bmissing\b|\bleft out\b|\bforgot\b|\bshould (?:be|say|read)\b/i;

export type TicketField = 'address' | 'model' | 'phone';
const FIELD_ZH: Record<TicketField, RegExp> = { address: /地址|门牌|楼号|单元|室|小区|路|街/, model: /型号/, phone: /电话|手机|号码/ };
const FIELD_EN: Record<TicketField, RegExp> = {
  address: /\baddress|house number|flat|apartment|street|road|building|unit\b/i,
  model: /\bmodel\b/i,
  phone: /\bphone|mobile|number to call\b/i,
};

/** The ticket field the customer asks to change, when they ask for a change at all. */
export function asksTicketChange(text: string): TicketField | 'ticket' | undefined {
  const zh = /[\u4e00-\u9fff]/.test(text);
  if (!(zh ? CHANGE_ZH : CHANGE_EN).test(text)) return undefined;
  const fields = zh ? FIELD_ZH : FIELD_EN;
  for (const f of ['address', 'model', 'phone'] as const) if (fields[f].test(text)) return f;
  return /工单|单子|ticket|booking|request/i.test(text) ? 'ticket' : undefined;
}

/** The number the customer says was left out ("少了502室", "missing the 14", "house number is 14"). */
export function missingNumber(text: string): string | undefined {
  const zh = text.match(/(\d+[号栋幢楼单元室]+(?:\d+[号栋幢楼单元室]+)*)/);
  if (zh && /[\u4e00-\u9fff]/.test(text)) return zh[1];
  const en = text.match(/\b(?:number|no\.?|missing(?: the)?|is|it'?s)\s+#?(\d+[a-z]?)\b/i);
  return en?.[1];
}

/**
 * A repair from before this chat: handed in at a store, sent off, booked weeks ago ("上个月送修的",
 * "I dropped it off at the shop three weeks ago"). A ticket filed in this chat is not it.
 */
const EARLIER_ZH =
  /上(?:个|一个|周|星期|礼拜)|前(?:几|两|些)(?:天|周|个星期|个月)|之前|以前|早就|[一两三四五六七八九十\d]+(?:个)?(?:星期|周|礼拜|月)(?:前|了)|送(?:到|去|过去)?(?:门店|网点|店里|售后|维修点)|送修|寄(?:过去|回去|修)|拿去修|门店/;
const EARLIER_EN =
  /\b(?:weeks?|months?|days?) ago\b|\blast (?:week|month)\b|\bmid[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|\b(?:handed|dropped|took|sent|brought|mailed|posted)\b[^.?!]{0,20}\b(?:in|off|to|at)\b|\b(?:earlier|previous|older|other) repair\b|\bat (?:the|your|a) (?:store|shop|service (?:centre|center|point))\b/i;
const STATUS_ZH = /进度|修到哪|修好了?没|修得怎么样|到哪(?:一步|了)|什么状态|状态|怎么样了|好了没|还没(?:修好|寄回|送回)/;
const STATUS_EN = /\bstatus\b|\bprogress\b|\bupdate on\b|\bready yet\b|\b(?:is|was) it (?:fixed|repaired|ready|done)\b|\bwhere(?:'s| is) my\b|\bhow(?:'s| is) my\b[^.?!]*\brepair\b|\bany news\b/i;

export function asksAboutEarlierRepair(text: string): boolean {
  const zh = /[\u4e00-\u9fff]/.test(text);
  return zh ? STATUS_ZH.test(text) && EARLIER_ZH.test(text) : STATUS_EN.test(text) && EARLIER_EN.test(text);
}
