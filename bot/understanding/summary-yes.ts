/**
 * A yes to the restated request said in so many words ("对", "是的", "提交吧", "yes", "that's
 * right, file it"), as against an acknowledgement that only opens a question ("好的，师傅来之前会
 * 打电话吧", "ok, so they'll call first, right?"). At the summary a question with only an
 * acknowledgement in front is a question: it is answered and the summary waits for its yes.
 *
 * Agreement is read by its kind, not by sentence: a yes word, said once or over again, with the
 * soft endings people put after it (了, 啦, 吧, 呀) and the words that say it is right *now*, after a
 * change (这回, 这下, 现在, "now", "this time"): "这回对了", "嗯嗯 没问题了", "yep that's it now".
 */

/** "这回对了", "现在都没问题了": the summary is right now that the change went in. */
const ZH_NOW = '(?:这回|这次|这下|这样|现在|目前)?(?:就|都|全|全都)?';
/**
 * A yes word of its own ("对的", "没错", "提交吧", "对头"), with a soft ending; the northern
 * "对着哩 / 对着嘞" puts an emphatic 着 between the yes and its ending.
 */
const ZH_YES_WORD =
  /(?:对(?:的|滴|对|头|着(?=呢|哩|嘞|咧))?|是的|是滴|没错|没毛病|确认(?:无误)?|确定|(?:信息|内容|这些|上面的?|以上)?都?(?:对|没问题|正确|无误)|没问题|妥(?:了)?|可以(?:的)?|(?:直接|帮我|可以|那就|就)?(?:提交|登记|报上去?)(?:一下)?|(?:就是|是)这(?:样|些|个)(?:子)?|就这样|就这些|就这么(?:办|定)|这样就行|就行)(?:了|啦|吧|啊|呀|哈|喽|咯|呢|哦|的|嘞|哩|咧)*/
    .source;
/**
 * A clause that says yes by itself: an optional acknowledgement, then one or more yes words glued
 * together ("是的没错", "嗯嗯就这样提交", "这回对了"), nothing after but a soft ending.
 */
const ZH_YES_CLAUSE = new RegExp(`^(?:嗯+|恩+|好的?|行|那|哦|噢)?(?:${ZH_NOW}(?:${ZH_YES_WORD}))+$`);
/** One way of saying yes in English; a clause may string several ("yes yes", "yep that is all correct"). */
const EN_YES =
  /(?:yes|yeah|yep|yup|sure|correct|(?:that|this|it)(?:'?s| is) (?:all )?(?:right|correct|fine|good|it|all|everything)|(?:all|it'?s all|it is all|everything'?s?|everything is) (?:correct|right|good|fine)|(?:looks|sounds) (?:good|right|correct|fine)|confirm(?:ed)?|(?:please )?(?:submit|file|book|register|lodge|log|raise|process|put through|send) (?:it|that|the (?:request|repair|booking|ticket))(?: (?:in|through|off))?|(?:please )?submit|go ahead|go for it|(?:just )?do (?:it|that)|perfect|exactly|(?:spot|bang|dead) on|dead right|(?:that|this)(?:'?s| is) the one)/
    .source;
/** "now", "this time": it is right after the change (said before or after the yes). */
const EN_NOW = '(?:now|this time|this time round|then|too)';
const EN_YES_ONE = `(?:${EN_NOW}\\s+)?${EN_YES}(?:\\s+${EN_NOW})*`;
const EN_YES_CLAUSE = new RegExp(`^(?:(?:ok(?:ay)?|alright|right|so|then|and)\\s+)*${EN_YES_ONE}(?:\\s+${EN_YES_ONE})*(?:\\s+(?:please|then|thanks?|thank you))*$`, 'i');

/** Clauses of a message with the one that ends it: a question mark marks a clause a question. */
function clauses(text: string): { words: string; question: boolean }[] {
  const out: { words: string; question: boolean }[] = [];
  // (A dash or an ellipsis ends a clause too: "yep that's right - when do they come?".)
  // ("correct and when will they come": an "and" before a question word starts the question.)
  const split = text.replace(/\s+(?:and|but|so)\s+(?=(?:when|what|how|will|would|do|does|is|are|can|could|should|who|where|why)\b)/gi, ', ');
  for (const m of split.matchAll(/([^,，.。!！?？;；~\n—–…]+?(?=\s+-+\s+|[,，.。!！?？;；~\n—–…]|$))(?:\s+-+\s+)?([?？]?)/g)) {
    // Chinese clauses are also split at spaces ("对 师傅会先打电话吗").
    // (Only the last part carries the question mark: in "对 要收钱吗？" the 对 is a yes, the question is after it.)
    const parts = (/[\u4e00-\u9fff]/.test(m[1]!) ? m[1]!.split(/\s+/) : [m[1]!]).map((p) => p.trim()).filter(Boolean);
    parts.forEach((words, i) => out.push({ words, question: Boolean(m[2]) && i === parts.length - 1 }));
  }
  return out;
}

/** A tag question ("会先打电话，对吧", "是吧"): it asks for a yes, it gives none; "对了" is "by the way". */
const ZH_TAG = /^(?:对|是|可以|没问题|没错|好|(?:就是|是)这(?:样|些|个))吧$|^对了$/;

/** Whether the message says yes to the summary in so many words, in a clause that is not itself a question. */
export function saysYesToSummary(text: string): boolean {
  return clauses(text).some((c) => !c.question && !ZH_TAG.test(c.words) && (ZH_YES_CLAUSE.test(c.words) || EN_YES_CLAUSE.test(c.words)));
}
