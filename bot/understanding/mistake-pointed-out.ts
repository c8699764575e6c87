/**
 * The customer points out that our last answer missed: "that's not what I asked", "you're talking
 * about refunds again, my question was about the repair", "答非所问", "我问的不是这个". It is the
 * question asked again, with a correction: a short sorry and the answer, never a complaint to file
 * or a person fetched on the spot. (Only a second miss in a row goes to a colleague, and says why.)
 */

/** Telling us we answered the wrong thing, or did not answer. */
const MISSED =
  /(答非所问|牛头不对马嘴|(?:你|您)?(?:还|根本|压根)?(?:没|没有)(?:回答|回复|答)(?:我)?(?:的)?(?:问题)?|(?:你|您)(?:又)?(?:理解|看|听|弄|搞)(?:错|反)了|我问的(?:不是|是)|我说的不是|我不是(?:问|说)(?:这个|的这个|退|换|修)?|不是问(?:这个|你)|看清楚(?:我的)?问题|(?:你|您)(?:又|还)(?:在)?(?:说|讲|回)(?:的)?(?:是)?(?:退|换|修|保|那)|\bthat'?s not what i (?:asked|meant|said)\b|\bnot what i (?:asked|meant)\b|\byou (?:didn'?t|did not|haven'?t|have not|never) (?:answer(?:ed)?|reply|replied to|respond(?:ed)? to)\b|\b(?:you(?:'re| are) talking about|you (?:answered|replied|responded|talked|told me) about) \w+(?: \w+)? (?:again|instead)\b|\bi (?:asked|was asking|am asking|'m asking) (?:about|for|if|whether|how|what)\b.{0,60}\bnot\b|\bnot (?:about|asking about) (?:returns?|refunds?|exchanges?|repairs?|the warranty)\b|\byou keep (?:telling me|talking|going on|answering) about\b|\bmy (?:actual |real )?question (?:is|was) (?:about|on|whether|if|how)\b|\bwrong (?:answer|question)\b|\byou (?:misunderstood|misread|got (?:it|me|that) wrong)\b|\bread my (?:question|message) again\b|\bthat'?s not my question\b|\bthat doesn'?t answer\b)/i;

/** A complaint in so many words stays a complaint ("我要投诉你们答非所问"). */
const COMPLAINS = /投诉|差评|举报|\bcomplain|\bcomplaint\b/i;

export function pointsOutMistake(text: string): boolean {
  return MISSED.test(text) && !COMPLAINS.test(text);
}

/** What is left to look up once the words pointing out the miss are taken out; empty when nothing is. */
export function questionAfterMistake(text: string): string {
  // The clause that names the real subject: after "我问的是" / "I asked whether", else the message without the pointing words.
  const named =
    /(?:我(?:问|说|想问|想知道)的是|我是(?:问|想问|说)|我想知道|\bi(?:'m| am| was)? ask(?:ing|ed)?(?: you)?\s+(?:about\s+)?(?=about|whether|if|how|what|when|why|where|which|for|the|my|a)|\bmy (?:actual |real )?question (?:is|was)(?: about)?\b|\bi meant\b)\s*(.+)$/i.exec(
      text,
    )?.[1];
  // (", not the whole machine" / "，不是退货" names what it is not: left out of the look-up.)
  const subject = named?.replace(/\s*(?:[,，;；]\s*)?(?:\bnot\b|不是|而不是).*$/i, '');
  const rest = (subject || text)
    .replace(new RegExp(MISSED.source, 'gi'), ' ')
    .replace(/[\s,，。.!！]+/g, ' ')
    .trim();
  return /[\u4e00-\u9fff]{2}|[a-z]{3,}/i.test(rest) ? rest : '';
}

/** "不是退货", "not about a refund": the return the misread answer was about is not wanted. */
export function notAboutReturns(text: string): boolean {
  return /(?:不是|不要|不想|没说|没要|又不)(?:要|想|说)?(?:退|换货|退换)|\bnot (?:about |asking about |after |wanting )?(?:a |the )?(?:returns?|refunds?|exchanges?)\b|\b(?:returns?|refunds?)\b.{0,30}\bagain\b|\bdon'?t want (?:a |to )?(?:return|refund)/i.test(
    text,
  );
}
