/**
 * "加热倒是正常的", "其他功能都好好的", "it still heats fine though", "everything else works": what
 * still works is context for the fault already told, never a fault of its own. Read as a symptom it
 * pulled in another case ("heats" found "does not heat", with its safety warnings). Only a message
 * made of such statements counts: "加热正常但是转盘不转" still tells a fault.
 */

/** What still works (zh): a function or "the rest", then "still fine". */
const ZH_STILL_FINE =
  /(?:其他|其它|别的|其余|剩下的|其他功能|别的功能|其他地方|别的地方|[\u4e00-\u9fff]{1,4})(?:倒是|倒|也|都|还是|还|一直|基本|目前)*(?:是)?(?:正常|好好的|好的|挺好|很好|没问题|没毛病|没事|能用|可以用|好使|不受影响)(?:的|呢|啊|呀)?/g;
/** "还能加热", "灯还亮", "还在转": a function that still runs (zh). */
const ZH_STILL_DOES = /(?:还|仍然|依然|照样|倒是)(?:能|可以|会|在)?(?:正常)?(?:加热|制冷|制热|转|亮|出水|出热水|开机|工作|运转|用|吹风|点火|打火|充电|排水|脱水)(?:着|的)?/g;
/** Words that make it a fault or a question after all. */
const ZH_FAULT = /不(?!错|受|影响|过)[\u4e00-\u9fff]|没(?!问题|毛病|事)[\u4e00-\u9fff]|坏|漏|响|冒|烧|焦|闪|报|[?？吗]|但是?|就是|可是|只是/;

/** What still works (en). */
const EN_STILL_FINE = new RegExp(
  [
    String.raw`\b(?:it|the \w+|they)?\s*(?:still|otherwise)\s+(?:(?:heat|cool|work|light|spin|drain|wash|cook|charge|fire|ignite|blow|run)s?(?: up)?|powers? on|turns? on|comes? on)(?:\s+(?:up|fine|ok|okay|normally|properly|well|as normal|as usual|perfectly|just fine))*`,
    String.raw`\b(?:everything|all|the rest|anything|every ?thing) else\s+(?:is|works|seems|looks|'s)?\s*(?:fine|ok|okay|normal|working|good|alright|all right)?`,
    String.raw`\b(?:heating|cooling|heat|the heat|the light|the display|the fan|the timer|the buttons|power|the power|the rest|it)\s+(?:is|are|'s|seems|works)\s+(?:still\s+)?(?:fine|ok|okay|normal|working|good|alright|all right)\b`,
    String.raw`\b(?:it\s+)?(?:heats|cools|works|lights up|spins|drains|cooks|charges|comes on|ignites|blows)(?:\s+up)?\s+(?:fine|ok|okay|normally|properly|well|as normal|as usual|perfectly)\b`,
    String.raw`\b(?:otherwise|apart from that|besides that|other than that)\s*,?\s*(?:it'?s|it is|it works|all|everything'?s?)?\s*(?:fine|ok|okay|good|normal|working)\b`,
  ].join('|'),
  'gi',
);
const EN_FAULT = /\b(?:not|no|doesn'?t|won'?t|isn'?t|can'?t|never|stopped|broken|but|except|leak\w*|smok\w*|spark\w*|smell\w*|nois\w*|error|code|cold|warm)\b|\?/i;
/** Softeners around the statement: "though", "at least", "by the way". */
const LEFTOVER =
  /\b(?:though|tho|at least|by the way|btw|fyi|just so you know|i guess|i think|anyway|still|oh|and|yeah|yes|ok|okay|well|the|but)\b|倒是|不过|起码|至少|反正|哦|嗯|对了|顺便说一下|而且|呢|啊|呀|吧|[\s,，.。!！~、;；]+/gi;

/** Whether the message only says what still works. */
export function saysOnlyWhatStillWorks(text: string): boolean {
  const zh = /[\u4e00-\u9fff]/.test(text);
  // (The patterns are global for replace(); whether they matched is seen by what replace() left.)
  if (zh) {
    const left = text.replace(ZH_STILL_FINE, ' ').replace(ZH_STILL_DOES, ' ');
    if (left === text || ZH_FAULT.test(left)) return false;
    // (A short subject may be left over: the "灯" of "灯还亮着呢"; never a 了 of something that changed.)
    const rest = left.replace(LEFTOVER, '');
    return rest.length === 0 || (rest.length <= 3 && !/了/.test(rest));
  }
  const left = text.replace(EN_STILL_FINE, ' ');
  if (left === text || EN_FAULT.test(left)) return false;
  // (The parts named before it may be left over: "the light and the freezer" of "... still work fine".)
  return left.replace(LEFTOVER, ' ').trim().split(/\s+/).filter(Boolean).length <= 3;
}
