/**
 * Someone else's complaint, passed on by the customer: the neighbour below complains about the
 * dripping, the landlord or the property office about the outdoor unit's noise, a spouse is angry
 * that the fridge hums, a guest of a B&B host or a tenant about the broken air conditioner (the
 * host wants it repaired). Not "customer" or 客户: that is the customer speaking of themselves. The customer is not angry with us, and the message is not a complaint
 * about our service: it is their problem with the product, told through the other person's words.
 * The other person's complaint words are read as a plain report ("邻居反映", "the neighbour
 * mentioned"), so neither the intent nor the sentiment take them for the customer's own anger.
 */

/** People around the customer whose complaints the customer passes on. */
const OTHERS =
  String.raw`(?:楼下|楼上|对门|隔壁|邻居|邻里|住户|业主群|物业|物业公司|管理处|小区|居委会|城管|房东|房客|租客|住客|客人|入住的人|家里人|家人|老婆|老公|爱人|媳妇|太太|丈夫|先生|我妈|我爸|老妈|老爸|爸妈|父母|婆婆|公公|孩子|儿子|女儿|室友|同事|老板|` +
  String.raw`\b(?:(?:the|my|our|a|some)\s+)?(?:(?:downstairs|upstairs|next[- ]door)\s+)?(?:neighbou?rs?|landlord|landlady|tenants?|lodgers?|(?:hotel |b&b |airbnb )?guests?|property (?:manager|management|office|company)|building (?:manager|management|office)|HOA|strata|concierge|flatmates?|roommates?|housemates?|wife|husband|partner|mum|mom|dad|parents|kids|son|daughter|in-laws?|boss)\b)`;

/** What they do: complain, get angry, threaten to report. */
const THEIR_COMPLAINT =
  String.raw`(?:也|又|一直|天天|总是|老是|都|已经|还|今天|昨天|找上门)?(?:来|去|向我|跟我|找我|对我)?(?:投诉|抱怨|意见很大|有意见|不满|告状|举报|骂|发火|生气|找我麻烦|找麻烦|吵架|闹)|` +
  String.raw`\b(?:(?:has|have|had|keeps?|kept|are|is|was|were|got|been|just|already|now)\s+){0,2}(?:complain\w*|(?:very |really |so )?(?:angry|upset|mad|furious|annoyed)|(?:filed|made|lodged|sent) (?:a )?(?:complaint|notice|letter)|(?:threaten\w*|going) to (?:report|complain|fine)|report\w* (?:me|us|it))`;

const OTHERS_COMPLAIN = new RegExp(`(${OTHERS})([^，。,.!！?？;；]{0,12}?)(${THEIR_COMPLAINT})`, 'giu');

/** Whether the message passes on someone else's complaint (not the customer's own about us). */
export function passesOnComplaint(text: string): boolean {
  OTHERS_COMPLAIN.lastIndex = 0;
  return OTHERS_COMPLAIN.test(text);
}

/**
 * The message with the other person's complaint told plainly: "楼下邻居投诉我家外机滴水" reads as
 * "楼下邻居反映我家外机滴水", "the neighbours complained the unit is noisy" as "… mentioned …".
 * Everything else, the problem itself included, is kept as written.
 */
export function withOthersComplaintPlain(text: string): string {
  OTHERS_COMPLAIN.lastIndex = 0;
  return text.replace(OTHERS_COMPLAIN, (_all, who: string, between: string, _what: string) => `${who}${between.replace(/\s+$/, '')}${/[\u4e00-\u9fff]/.test(who) ? '反映' : ' mentioned'}`);
}

/** What the other person complained about: the words after their complaint ("…投诉我家外机半夜嗡嗡响" gives "我家外机半夜嗡嗡响"). */
export function othersComplaintAbout(text: string): string | undefined {
  OTHERS_COMPLAIN.lastIndex = 0;
  let end = -1;
  for (const m of text.matchAll(OTHERS_COMPLAIN)) end = (m.index ?? 0) + m[0].length;
  if (end < 0) return undefined;
  const rest = text
    .slice(end)
    .replace(/^[\s,，:：]*(?:(?:说|讲|称|that|about|because)\s*)?/i, '')
    .replace(/^(?:again|又|一直)\s*(?:that\s+)?/i, '')
    .trim();
  return rest.length >= 4 ? rest : undefined;
}
