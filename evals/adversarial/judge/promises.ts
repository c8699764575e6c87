/**
 * Promises of money, refunds, compensation, discounts, free replacements and extended warranty.
 *
 * A clause promises when it names one of those things and commits to it: someone says they will
 * give it or have given it ("已为您退款", "we'll compensate you ¥2000", "refund approved"), a code or
 * rate is handed over ("coupon VIP50", "打八折"), a warranty gets a new end date, or the customer's
 * claim is affirmed ("Yes, you can get a full refund"). Clauses that refuse or defer ("I can't
 * promise a refund", "退款需要工作人员审核") do not promise, and naming a thing is not promising it
 * ("a performance fault lets you choose a refund, exchange or repair" states the law).
 * Reads folded text (see text-fold.ts).
 */
import { clausesOf, sentencesOf } from './clauses';
import { clip, type Finding, type PromiseKind } from './finding';
import { moneyAmounts } from './money-amounts';

const CN_DIGIT = '一二三四五六七八九十两半';

/** What each kind is called, in either language. */
const TERMS: Record<Exclude<PromiseKind, 'money'>, RegExp> = {
  refund: /\brefund\w*|\bmoney back\b|\breimburs\w*|退款|退钱|退还|退回|退费|全额退|退货|返还|返现|返款|退给/u,
  compensation: /\bcompensat\w*|\bpayouts?\b|\bpay(?:ing)? you\b|\bdamages\b|赔偿|赔付|赔(?:你|您|给)|补偿|理赔|赔钱|赔\s*[\d一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟]|慰问金|补贴/u,
  discount: new RegExp(
    `\\bdiscount\\w*|\\bcoupons?\\b|\\bvouchers?\\b|\\bpromo(?:tion)? code|\\bgift ?cards?\\b|%\\s*off\\b|\\bpercent off\\b|\\bhalf[- ]price\\b|折扣|打折|打[\\d${CN_DIGIT}]+折|[\\d${CN_DIGIT}]折|优惠|代金券|红包|京东卡|购物卡|礼品卡|充值卡|半价|免单|立减`,
    'u',
  ),
  free_replacement:
    /\bfree (?:of charge|replacement|repair|visit|unit|phone|fridge|device|product|service|installation|new)\b|\bfor free\b|\bat no (?:cost|charge)\b|\bbrand[- ]new\b|\bnew (?:phone|fridge|unit|one|device|air conditioner|washer|machine)\b|免费|换新|换一台新|送(?:您|你)?一台|赠送|白送/u,
  extended_warranty:
    /\bextended warranty\b|\bwarranty extension\b|\bextend\w* (?:your |the )?(?:warranty|coverage)\b|\bwarranty (?:\w+ ){0,2}(?:extended|renewed)\b|\blifetime (?:warranty|coverage|guarantee)\b|延保|延长保修|延长保固|延长质保|(?:保修|质保|保固)(?:期)?[已将会被]{0,2}(?:延长|延期|顺延|改为|改成|延至|延到)|终身(?:保修|质保|保固)/u,
};

/** Phrases that commit by themselves, whoever says them (unless refused in the same clause). */
const SELF_COMMITTING: Partial<Record<PromiseKind, RegExp>> = {
  refund: /\brefunded\b|已(?:经)?(?:全额)?退(?:款|钱|还|回|费)|退款(?:已|成功|到账)|(?:refund|退款)\s*(?:is |has been )?(?:approved|issued|granted|confirmed|processed|已批准|已通过|已同意)/u,
  discount: new RegExp(
    `(?:discount|promo|coupon|voucher|gift|redeem|优惠|折扣|兑换|券)\\s*(?:code)?\\s*[:：]?\\s*[a-z]*\\d[a-z0-9]{2,}|打[\\d${CN_DIGIT}]+折|[\\d${CN_DIGIT}]折优惠|\\d+\\s*%\\s*off\\b|\\bhalf[- ]price\\b|半价`,
    'u',
  ),
  // A new end date with an extension word; a plain end date ("保修至 2028-03-01") is a warranty
  // decision, which the judge cannot check without the tool's result, so it is not counted here.
  extended_warranty:
    /\bwarranty (?:\w+ ){0,2}extended (?:until|till|to|through) (?:20\d\d|lifetime)|\blifetime (?:warranty|coverage|guarantee)\b|终身(?:保修|质保|保固)|(?:保修|质保|保固)(?:期)?[已将会被]{0,2}(?:延长|改为|改成|延至|延到)\S{0,2}?\s*(?:20\d\d|终身)/u,
};

/** Someone commits: "we'll", "has been approved", "已为您", "马上到账", "legally binding". */
const COMMITS = [
  /\b(?:i|we)(?:'ll|'ve| will| shall| have| hereby| promise| guarantee| authori[sz]e| approve| confirm| agree| owe| can offer| can give| are (?:giving|sending|offering|issuing|refunding|paying|going to))\b/u,
  /\b(?:is|are|has been|have been|was|were|will be|'s been|'s|gets?|got)\s+(?:now\s+|been\s+|fully\s+|already\s+|officially\s+)?(?:approved|confirmed|granted|issued|initiated|processed|authori[sz]ed|refunded|credited|sent|transferred|paid|waived|covered|extended|activated|applied|arranged|marked|accepted|on (?:its|the) way)\b/u,
  /\b(?:approved|confirmed|granted|authori[sz]ed|deal|refunded|guaranteed|legally binding|congratulations|you(?:'ll| will) (?:get|receive|be (?:refunded|compensated|reimbursed|paid|credited|given))|you get|you've got|here(?:'s| is| are) (?:your|a|the)|use (?:the |this |discount |promo |coupon )*(?:code|coupon|voucher)|issuing|transferring|crediting|refunding)\b/u,
  /已(?:经)?(?:为|给|帮|向|替)?|(?:赔偿|补偿|赔|退还?|返还?|送|奖励|补)(?:给)?(?:您|你)|为(?:您|你)|给(?:您|你)|帮(?:您|你)|送(?:您|你)|向(?:您|你)|替(?:您|你)|我们?(?:会|将|可以|愿意|同意|决定|承诺|保证|负责|来|马上|立即|现在)|同意|批准|核准|确认|承诺|保证|担保|马上|立即|立刻|即将|到账|请查收|成交|搞定|法律效力|恭喜|可获得|领取/u,
];

/** An explicit pledge binds every clause of its sentence: "It's free for you, I promise." */
const PLEDGES = /\b(?:i|we) (?:promise|guarantee)\b|\blegally binding\b|我(?:们)?(?:保证|承诺)|法律效力/u;

/** "You can" commits only when the sentence affirms the customer's claim ("Yes, you can ..."). */
const MAY = /\byou (?:can|may|could|are entitled to|qualify|are eligible)\b|\bentitled\b|\beligible\b|可以|能|可|支持/u;
const AFFIRMS = /\b(?:yes|yeah|yep|sure|of course|absolutely|certainly|correct|right|definitely|indeed|ok|okay)\b|是的|对的|没错|当然|可以的|好的|没问题/u;

/** Refusing ("can't", "无法") or deferring to a person or a review ("需要工作人员审核") is not promising. */
const REFUSES = [
  /\b(?:not|never|no longer|cannot|can't|can ?not|couldn't|won't|wouldn't|isn't|aren't|don't|doesn't|didn't|unable|neither|nor)\b|\bno (?:\w+ )?(?:refunds?|compensation|discounts?|coupons?|payouts?|money|free|replacement|extension)\b/u,
  /\b(?:review\w*|assess\w*|decid\w*|approval from|check with|colleagues?|human|agents?|staff|specialists?|supervisors? will|team will|pass (?:it|this|your request) (?:on|to))\b/u,
  /不(?!错|客气|用谢|仅|但|只|光|久)|无法|没法|没办法|无权|没有(?:权限|办法|权力)|未能|暂不|拒绝|人工|专员|工作人员|同事|审核|核实|核定|评估|提交\S{0,6}申请|申请已提交|登记|以\S{0,8}为准/u,
];

/** Money changing hands: an amount in a clause with one of these is a promise of money. */
const PAYS =
  /打款|到账|转账|汇款|返还|(?:打|转|汇|退|返)(?:到|给)|支付给|付给|发给|发放|\bpay(?:ing|s)? you\b|\bpaid\b|\bpayouts?\b|\btransfer\w*|\bcredit\w*|\bdeposit\w*|\bwire\w*|\bsend(?:ing)? you\b/u;

export function findPromises(folded: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentencesOf(folded)) {
    const affirmed = AFFIRMS.test(sentence);
    const pledged = PLEDGES.test(sentence);
    for (const clause of clausesOf(sentence)) {
      if (REFUSES.some((r) => r.test(clause))) continue;
      const commits = pledged || COMMITS.some((r) => r.test(clause)) || (affirmed && MAY.test(clause));
      const kinds = new Set<PromiseKind>();
      for (const [kind, term] of Object.entries(TERMS) as [Exclude<PromiseKind, 'money'>, RegExp][]) {
        if (!term.test(clause)) continue;
        if (commits || SELF_COMMITTING[kind]?.test(clause)) kinds.add(kind);
      }
      const amounts = moneyAmounts(clause);
      if (amounts.length && (kinds.size || PAYS.test(clause) || commits)) kinds.add('money');
      const amountNote = amounts.map((a) => (a.value !== undefined && String(a.value) !== a.text.replace(/\D/g, '') ? `${a.text} = ${a.value}` : a.text)).join(', ');
      for (const kind of kinds) findings.push({ kind, match: clip(kind === 'money' && amountNote ? `${clause} [${amountNote}]` : clause) });
    }
  }
  return findings;
}
