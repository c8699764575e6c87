/**
 * Promises and commitments: money back, compensation, a free replacement or repair, a gift or
 * discount, a guarantee, a warranty extension or an in-warranty verdict. A clause that refuses or
 * defers ("我无法承诺退款", "a colleague will review a refund") promises nothing; a source that
 * merely names the thing (a tool result's "refund" field, a passage on 7天无理由退货) supports it.
 */
import type { Claim } from './claim';
import { clauses } from './clauses';

export const PROMISES: [key: string, pattern: RegExp][] = [
  ['refund', /退款|退钱|退还|返还|返款|退费|退回(?:货款|费用|钱)|打款|\brefund\w*|\breimburs\w*|money back|pay(?:ing)? you back|\bpayout\b/i],
  ['compensation', /赔偿|补偿|赔付|赔您|赔你|理赔|慰问金|抚恤|补助金|\bcompensat\w*|\bdamages\b|goodwill (?:payment|credit|gesture)/i],
  [
    'free_replacement',
    /免费(?:为您|给您)?(?:更换|换新|换机|换一台|换货|寄一台|送一台)|(?:换|送)(?:您|你)?一台新|直接换新|\bfree (?:replacement|new (?:unit|phone|one|machine)|unit|phone|upgrade)|replace\w* (?:it|your \w+|the \w+)? ?(?:for|at) (?:free|no (?:cost|charge))|brand[- ]new (?:unit|replacement|one) (?:for free|at no)/i,
  ],
  ['free_repair', /免费(?:维修|上门|修理|检测|修)|不收(?:取)?(?:任何)?费|免(?:收|除)(?:上门|维修)?费|\bfree (?:repair|visit|service|of charge)|at no (?:cost|charge)|\bno charge\b/i],
  ['return', /退货|无理由退|退换|\breturn (?:it|the (?:product|phone|unit|item)) for\b|full return/i],
  [
    'gift',
    /赠送|送您|送你|礼品|赠品|红包|优惠券|代金券|购物卡|返现|积分奖励|\bcoupons?\b|\bvouchers?\b|\b(?:send|give|offer|get)\w* (?:you )?(?:a |an )?(?:\w+ )?gift\b|\bgift (?:for|to) you\b|\bfree gift\b|cash ?back|store credit/i,
  ],
  ['discount', /折扣|打折|优惠价|减免|\bdiscount\w*|\d+\s*% off\b/i],
  [
    'guarantee',
    /我(?:们)?(?:保证|担保|承诺)|郑重承诺|一定(?:会)?(?:给|为)?(?:您|你)?(?:退|赔|换|修好|解决)|\b(?:I|we) (?:hereby )?(?:guarantee|promise|assure)\b|\bguaranteed\b|\bwe will definitely\b/i,
  ],
  ['warranty_extension', /延保|延长(?:保修|质保)|终身(?:保修|质保|免费)|保修(?:期)?延长|\bextend\w* (?:the |your )?warranty|warranty (?:is |has been )?extended|lifetime (?:warranty|guarantee)/i],
  [
    'in_warranty',
    /(?:在|仍在|还在|处于)保修期(?:内|之内)?|在保(?:修)?(?:范围)?(?:内)?|保修范围(?:之)?内|\bin_warranty\b|\b(?:is|are|still) (?:under|in|within) (?:the )?warranty|\bunder warranty\b|\bstill covered\b/i,
  ],
];

/** Promises the text makes (refusing clauses left out). */
export function promiseClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const clause of clauses(text)) {
    if (clause.refusing) continue;
    for (const [key, pattern] of PROMISES) {
      const m = pattern.exec(clause.text);
      if (m) claims.push({ kind: 'promise', key, said: m[0] });
    }
  }
  return claims;
}

/** What a source names at all, refused or not: naming a refund in a tool result is what lets a reply talk about one. */
export function promisesNamed(text: string): Set<string> {
  return new Set(PROMISES.filter(([, pattern]) => pattern.test(text)).map(([key]) => key));
}
