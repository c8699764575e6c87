/**
 * "Is it worth repairing, or should I buy a new one?" A price question that weighs the repair
 * against a new product is no question about buying a part: playtest round 14 answered "if it's
 * more than X I'll just buy a new one" with the consumables shop text. The knowledge base's
 * repair-or-replace answer (quote first, decline and pay at most the call-out fee, a rough rule)
 * is looked up by its own words.
 */

/** Weighing a repair against replacing: 值不值得修, 修还是换新, 不如买新的, "worth fixing", "buy a new one instead". */
export const WORTH_REPAIRING =
  /值(?:不值)?得修|值不值当修|有没有必要修|还有必要修|修[^。？?!！]{0,6}?(?:还是|或者|不如|or)[^。？?!！]{0,4}?(?:换|买)(?:个|台|一台|一个)?新|修(?:的钱|的费用)?(?:快|都)?(?:够|赶上|顶)(?:买)?(?:新|台|个|一)|(?:不如|干脆|还不如|就|直接)(?:再)?(?:买|换)(?:个|台|一台|一个)?新的?|(?:划不划|划)算(?:修|吗)?.{0,4}(?:修|换)|\bworth (?:repairing|fixing|it|the repair)\b|\b(?:repair|fix)(?:ing)? (?:it )?or (?:replace|buy(?:ing)? a new)\b|\b(?:just|rather|instead|better (?:off|to)) (?:just )?(?:buy|get|replace)(?:ing)? (?:a )?new(?: one)?(?=\s*(?:$|[.,!?;]|instead|rather|then))|\bbuy (?:a )?new one (?:instead|rather)\b|\bcheaper to (?:replace|buy)\b/i;

export function repairOrReplaceQuery(lang: 'zh' | 'en'): string {
  return lang === 'zh' ? '值不值得修，修还是换新' : 'is it worth repairing, or better to replace';
}
