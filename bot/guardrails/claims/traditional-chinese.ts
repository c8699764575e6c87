/**
 * Traditional characters folded to simplified, for the characters the claim checks read: money
 * and its units, promises (賠償, 退還, 免費更換), policies (規定, 政策), contact requests (加微信,
 * 身份證, 驗證碼), links (網址, 郵箱), dates and periods. Not a full converter: a reply written
 * in traditional characters to slip "賠償伍仟元" past a simplified-only pattern is what this is for.
 */
const PAIRS =
  '賠赔償偿還还補补貼贴費费價价錢钱萬万億亿圓元塊块貳贰參叁陸陆壹壹萬万換换購购買买賣卖給给會会將将這这個个們们為为與与對对' +
  '規规劃划項项禮礼贈赠優优惠惠專专屬属證证號号碼码網网郵邮電电話话聯联繫系絡络發发轉转帳账賬账戶户銀银驗验確确認认' +
  '機机質质內内歸归條条門门點点線线鏈链複复製制喪丧撫抚卹恤險险損损壞坏維维護护修修務务辦办處处則则權权額额扣扣' +
  '週周時时間间歲岁剛刚紀纪詢询問问題题獎奖勵励禮礼卡卡掃扫讓让請请須须應应該该無无決决麼么讀读寫写書书據据';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
const PATTERN = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

export function toSimplified(text: string): string {
  return text.replace(PATTERN, (ch) => MAP.get(ch) ?? ch);
}
