/**
 * What a customer sends back to a restated request (关键信息二次确认) when some of it is missing or
 * wrong and the rest is fine: "地址少了门牌：3-1-501，改好就提交", "you dropped the model and my time:
 * model 55U6K, evenings after 7. then yes". Each named fact is read with its value, and a yes
 * after them ("then yes", "其他没问题") says to file once the changes are in.
 */
export interface Amendment {
  slot: 'address' | 'model' | 'preferredTime';
  value: string;
  /** More of the address (a flat number after the street), added to it rather than replacing it. */
  adds: boolean;
}

const MODEL = /(?:\bmodel(?: number| no\.?)?|型号)\s*(?:is|should be|是|为|:|：)?\s*([A-Za-z0-9][A-Za-z0-9\-/.]{2,24})/i;
/** The flat, unit or room part of an address: "unit: 3-1-501", "门牌 3-1-501", "flat 702". */
const ADDRESS_PART =
  /(?:\bunit\b|\bflat\b|\broom\b|\bapt\.?|\bapartment\b|门牌(?:号)?|房号|房间号|楼栋号?|单元号?)[^:：0-9A-Za-z]{0,12}[:：]?\s*([0-9A-Za-z][0-9A-Za-z\-#]{0,15}(?:\s?(?:室|号|栋|幢|单元|层|座))?)/i;
/** A whole address given again after naming it: "address should be: …", "地址改成：…". */
const ADDRESS_WHOLE = /(?:\baddress\b|地址)[^:：]{0,20}[:：]\s*([^。;；\n]{4,80})/i;
const PLACE = /[省市区县路街道]|\b(?:road|street|avenue|district|city|lane)\b/i;
const TIME =
  /((?:工作日|周末|每天|周[一二三四五六日天]|明天|后天)?(?:的)?(?:上午|下午|晚上|中午|早上|傍晚)(?:\s*\d{1,2}\s*点(?:半)?(?:以?[前后]|之[前后])?)?|\b(?:(?:on )?(?:weekdays?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\s*)?(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?)(?:\s*(?:after|before|from|around)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?)/i;
/** "then yes", "and file it", "其他没问题", "改好就提交": the yes that follows the changes. */
const YES_AFTER =
  /(\b(?:then|and then|after that|and|otherwise)\s*(?:it'?s\s*)?(?:a\s*)?(?:yes|ok(?:ay)?|confirm\w*|file it|submit\w*|go ahead)\b|\b(?:the )?(?:rest|everything else|all else|others?)\b.{0,10}\b(?:fine|correct|right|ok(?:ay)?|good)\b|(?:然后|再|改好|改完|改了|补上)(?:后|之后)?(?:就|再)?(?:提交|确认|可以了|没问题)|(?:其他|其余|别的)(?:的)?(?:都)?(?:没问题|对|正确|没错)|就提交|提交吧)/i;

/** Words just before a value that mark it as the wrong one: "不是9单元", "not KF-30X". */
const SAID_WRONG_BEFORE = /(?:不是|而非|\bnot|\binstead of)\s*$/i;

/** The facts a reply to the restated request adds or changes, each with its value. */
export function readAmendments(text: string): Amendment[] {
  const out: Amendment[] = [];
  // "the model and my time: model 55U6K": the mention with a value, not the first word "model".
  const model = [...text.matchAll(new RegExp(MODEL.source, 'gi'))].map((m) => m[1]!.replace(/[.,]$/, '')).find((v) => /\d/.test(v));
  if (model) out.push({ slot: 'model', value: model, adds: false });
  // "7单元 不是9单元": the part after 不是/not is the wrong one, never the value.
  const part = [...text.matchAll(new RegExp(ADDRESS_PART.source, 'gi'))].find((m) => !SAID_WRONG_BEFORE.test(text.slice(0, m.index + m[0].length - m[1]!.length)))?.[1];
  const whole = ADDRESS_WHOLE.exec(text)?.[1]
    ?.replace(/[,，]?\s*(?:fix|then|改好|然后).*$/i, '')
    .trim();
  // A whole address names a place (a road, a district) and replaces the old one; a flat number alone is added to it.
  if (whole && /\d/.test(whole) && PLACE.test(whole)) out.push({ slot: 'address', value: whole, adds: false });
  else if (part && /\d/.test(part)) out.push({ slot: 'address', value: part.trim(), adds: true });
  const time = TIME.exec(text)?.[1]?.trim();
  if (time && (/\btime\b|时间|\bafter\b|\bbefore\b|点/.test(text) || /周末|weekend/i.test(time))) out.push({ slot: 'preferredTime', value: time, adds: false });
  return out;
}

/** Whether the reply also says yes to the restated request once its changes are in. */
export function yesAfterChanges(text: string): boolean {
  return YES_AFTER.test(text);
}

/** A message that says something given is wrong: 不对, 不是, 错了, 改, wrong, not, sorry, actually. */
const CORRECTION_CUE = /不对|不是|错了|写错|搞错|弄错|有误|改|\bwrong\b|\bnot\b|\bsorry\b|\bactually\b|\bmistake\b|\btypo\b|\bincorrect\b/i;
/** Words that say a part was missing (added to the address, not put in place of a part of it). */
const MISSING_CUE = /少了?|漏了?|缺了?|没写|补上|补充|加上|还有|\bmissing\b|\bdropped\b|\bforgot\b|\bleft out\b|\badd\b|\balso\b/i;
/** The wrong parts named: "不是21号", "not KF-30X", "21号→12号", "change 1203 to 1204". */
const WRONG_PART = [
  /(?:不是|而非)\s*([A-Za-z0-9\-]*\d[A-Za-z0-9\-]*[\u4e00-\u9fff]{0,2})/g,
  /\b(?:not|instead of)\s+([A-Za-z\-]*\d[A-Za-z0-9\-]*)/gi,
  /([A-Za-z0-9\-]*\d[A-Za-z0-9\-]*[\u4e00-\u9fff]{0,2})\s*(?:→|->|=>|改成|改为|换成)/g,
  /\bchange\s+([A-Za-z\-]*\d[A-Za-z0-9\-]*)\s+to\b/gi,
];
/** Words of a whole address (a road, a district): an address without them is a part of one. */
export const PLACE_IN = /[省市区县路街道镇村]|\b(?:road|street|avenue|district|city|lane|rd|st)\b/i;

export interface Change {
  slot: string;
  value: string;
  /** Replaces the fact (a correction) rather than adding to it. */
  replaces: boolean;
}

/**
 * Whether the changes read from a correction at the restated request are sure enough to file on
 * "the rest is right": a message that says something was wrong ("不对，门牌是12号不是21号") is
 * filed only when every part it named as wrong is gone from the facts once the changes are in, no
 * address is replaced by a bare part of one ("12号"), and a part is added to the address only when
 * the customer said it was missing. Anything less: the corrected summary is shown and asked again.
 */
export function changesAreSure(text: string, before: Readonly<Record<string, string | undefined>>, changes: readonly Change[]): boolean {
  if (!CORRECTION_CUE.test(text)) return true;
  if (!changes.length) return false;
  const after: Record<string, string | undefined> = { ...before };
  for (const c of changes) {
    if (c.slot === 'address' && !c.replaces) {
      if (!MISSING_CUE.test(text)) return false;
      after.address = `${before.address ?? ''} ${c.value}`;
    } else {
      // A bare part ("12号") in place of the whole address.
      if (c.slot === 'address' && before.address && !PLACE_IN.test(c.value) && c.value.length <= 12) return false;
      after[c.slot] = c.value;
    }
  }
  const wrong = WRONG_PART.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
  const values = Object.values(after).filter((v): v is string => Boolean(v));
  return !wrong.some((w) => values.some((v) => standsIn(v, w)));
}

/** `part` in `value` on its own: "21号" is in "3幢21号" but "1号" is not in "21号". */
function standsIn(value: string, part: string): boolean {
  const at = value.toLowerCase().indexOf(part.toLowerCase());
  return at >= 0 && !/[A-Za-z0-9]/.test(value[at - 1] ?? '') && !(/[A-Za-z0-9]$/.test(part) && /[A-Za-z0-9]/.test(value[at + part.length] ?? ''));
}
