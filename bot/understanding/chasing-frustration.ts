/**
 * Frustration at being put off, said as a statement: "你们就会说会联系", "每次都说等通知",
 * "打了好几次电话了", "all I ever hear is someone will call", "this is the fourth time I've
 * chased this". It asks nothing to look up: it wants to be heard and to know what happens now.
 * Read as a question it met "no reliable information", which is exactly the brush-off complained of.
 */

/** Being told the same thing over and over. */
const SAME_LINE =
  /(?:就|只)会说|(?:每次|每回|次次|老是|总是|一直|又)(?:都)?(?:说|讲|回)(?:会|等|联系|马上|尽快|已经|在处理|反馈)|又是这(?:句|套)(?:话)?|说来说去|车轱辘话|敷衍|打发我|\ball (?:you|u|they|i|we|anyone|anybody|everyone|your \w+) (?:\w+ ){0,3}(?:say|says|said|tell|tells|told|do is say|hear|get)\b.{0,50}\b(?:call|contact|in touch|wait|get back|soon|processing)|\b(?:you|they|you lot|you guys|you people|your (?:staff|people|company)) (?:\w+ )?(?:keep|kept) (?:on )?(?:saying|telling me|promising)\b|\bevery (?:time|single time) (?:i|you|they)\b.{0,40}\b(?:say|told|tell|promise)|\bsame (?:old )?(?:answer|line|reply|excuse|story)\b|\bbroken record\b|\bfobbed off\b|\bbrush(?:ed)? off\b|\brun ?around\b/i;

/** Having chased already: the calls or messages counted. */
const CHASED =
  /(?:打|拨)了(?:[二两三四五六七八九十几好多]+|\d+)(?:次|个|遍|回)(?:电话)?|(?:催|问|说|找|联系|反映)了(?:[二两三四五六七八九十几好多]+|\d+)(?:次|遍|回)|(?:第[二三四五六七八九十\d]+次)(?:打|找|问|催|联系)|\b(?:called|phoned|rung|rang|messaged|written|chased|contacted (?:you|them))\b.{0,20}\b(?:\d+|two|three|four|five|six|several|many|multiple|so many) times\b|\b(?:third|fourth|fifth|\d+(?:rd|th)) time (?:i(?:'ve| have)?|i'm)\b|\bhow many (?:more )?times\b/i;

export function chasingFrustration(text: string): boolean {
  return SAME_LINE.test(text) || CHASED.test(text);
}

/** How many times they say they chased, when they give a number ("打了三次", "called four times"). */
export function timesChased(text: string): number | undefined {
  const m = /(?:了|第)([二两三四五六七八九十]|\d+)(?:次|遍|回)|\b(\d+|two|three|four|five|six) times\b|\b(third|fourth|fifth) time\b/i.exec(text);
  const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  if (!word) return undefined;
  const table: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, two: 2, three: 3, four: 4, five: 5, six: 6, third: 3, fourth: 4, fifth: 5 };
  return table[word] ?? (Number.isFinite(Number(word)) ? Number(word) : undefined);
}
