/**
 * After the danger is dealt with, the customer asks about later: "once the gas company has
 * checked, can you send someone to look at the hob?", "查过没漏气的话灶还能用吗". That is a question
 * about a visit and about later use, not the danger again: an engineer's inspection is exactly what
 * the bot can arrange (noted on the ticket for the person who books the time), and "no flames until
 * the gas company has checked" said once more would not answer it.
 */

type Bi = { zh: string; en: string };

/** Asking for someone to come and check or repair the appliance. */
const INSPECTION_WANTED =
  /(?:你们|师傅|工程师|售后|维修的?)[^，。,.？?]{0,6}还(?:来|过来|上门|派人|会来|要来|会派)|还(?:派人|派师傅|上门|过来吗|来吗)|\b(?:you|your (?:engineer|technician|people|man|guy)|someone|somebody|they|he|she|the (?:engineer|technician|visit|appointment))\b[^.?!]{0,12}\bstill\b[^.?!]{0,12}\b(?:come|coming|visit|send|sending|on|happening)\b|\bstill (?:come|coming|send|sending|visit|on for)\b|(?:派|叫|让|请|安排|约|来)[^，。,.？?]{0,6}(?:师傅|工程师|技术员|维修工|售后|人)[^，。,.？?]{0,8}(?:看|检查|查|检测|检修|修)|(?:师傅|工程师|售后)(?:来|上门|过来)[^，。,.？?]{0,6}(?:看|检查|查|检测|检修|修)?|上门(?:检查|检测|检修|看看|看一下|查)|约(?:个|一个|一次)?(?:检查|检测|检修)|\b(?:send|book|arrange|get|schedule)\b[^.?!]{0,25}\b(?:engineer|technician|someone|somebody|a person|an? inspection|a check|a visit)\b|\b(?:inspect|inspection|service visit|safety check)\b|\b(?:engineer|technician)\b[^.?!]{0,20}\b(?:come|look|check|visit)\b/i;

/** Said of the time after the gas company or an electrician has checked, or the problem was ruled out. */
const AFTER_CHECK =
  /(?:燃气公司|煤气公司|电工|物业|他们)[^，。,.？?]{0,6}(?:查|检查|看|来)(?:过|完|了)|查(?:过|完)(?:以后|之后|了)?|(?:没|没有)(?:漏|问题)(?:的话)?|以后|之后|\b(?:after|once|when)\b[^.?!]{0,30}\b(?:checked|check(?:s|ed)?|been|come|fixed|cleared|safe|done)\b|\bif\b[^.?!]{0,30}\b(?:no leak|no problem|nothing wrong|it'?s (?:fine|ok|safe))\b|\b(?:later|afterwards?)\b/i;

export function inspectionAsked(text: string): boolean {
  return INSPECTION_WANTED.test(text);
}

export function laterAfterCheckAsked(text: string): boolean {
  return AFTER_CHECK.test(text);
}

/** The yes to an inspection of `device` once the danger is cleared, and the note for the ticket. */
export function inspectionAnswer(device: Bi, gas: boolean): Bi & { note: string } {
  const first: Bi = gas ? { zh: '燃气公司查过、确认没有漏气以后', en: 'Once the gas company has checked and found no leak' } : { zh: '确认现场安全以后', en: 'Once it is safe' };
  return {
    zh: `可以。${first.zh}，我们安排师傅上门检查${device.zh}。我已在工单上记下您要约上门检查，客服联系您时和您约具体时间；检查之前先别用它。`,
    en: `Yes. ${first.en}, we will send an engineer to inspect ${device.en}. I have noted on your ticket that you want an inspection visit, and the person handling your case will agree the time with you when they call; until then, please do not use it.`,
    note: gas ? 'Customer wants an engineer to inspect the appliance once the gas company has checked.' : 'Customer wants an engineer to inspect the appliance once it is safe.',
  };
}

/** Using a gas appliance later, once the gas company has found no leak: yes, with what to watch for. */
export const GAS_LATER_AFTER_CHECK: Bi = {
  zh: '燃气公司查过、确认没有漏气，就可以照常用；点火时要是火点不着、火焰发黄发红，或又闻到燃气味，就关火关阀，不要再用，告诉我们安排师傅检查。',
  en: 'Once the gas company has checked and found no leak, you can use it as normal. If it will not light, the flame burns yellow or red, or you smell gas again, turn it off at the knob, close the valve and tell us so we can send an engineer.',
};
