/**
 * "If it had caught fire, would you have paid?", "房子烧了你们赔吗", asked after a danger. It is a
 * question about liability for damage, not about the warranty of the product and not a complaint
 * about damage done: answered honestly. The bot cannot promise compensation; damage caused by a
 * product defect is assessed by the brand after the product has been inspected; what helps that
 * assessment is photos and the product itself, kept as they are; a person follows it up. Never a
 * yes, never a no, never an amount.
 */

type Bi = { zh: string; en: string };

/** Who pays for damage, asked: "你们赔吗", "谁来赔", "负责赔偿吗", "would you pay for the damage", "are you liable". */
const WHO_PAYS =
  /(?:你们|厂家|品牌|商家|公司|谁)[^，。,.？?]{0,6}(?:赔|负责|承担|买单)|赔(?:不赔|吗|么|偿吗|偿么|多少|得起)|(?:能|会|给)(?:不能)?赔|赔偿|索赔|\b(?:would|will|do|does|did|are|is) (?:you|your company|the (?:brand|manufacturer|company))\b[^.?!]{0,30}\b(?:pays?|paid|compensat\w*|cover(?:s|ed)?|liable|responsible|reimburse\w*)\b|\bwho(?:'s| is| would| will)? (?:pays?|be liable|be responsible|covers?)\b|\b(?:compensation|liab(?:le|ility)|reimburse\w*)\b/i;

/** Damage to the home or belongings, said or imagined: "房子烧了", "the damage", "my kitchen". */
const DAMAGE = /烧(?:了|掉|坏|起来|着)|着火|起火|损失|损坏|房子|家具|家里|东西|\b(?:damage\w*|burn\w*|caught fire|catch(?:es)? fire|fire|house|home|flat|kitchen|belongings|losses?)\b/i;

export function dangerLiabilityAsked(text: string): boolean {
  return WHO_PAYS.test(text) && DAMAGE.test(text);
}

export const DANGER_LIABILITY: Bi & { note: string } = {
  zh: '这个我在这里没法承诺赔不赔。如果损失是产品本身的缺陷造成的，属于产品责任，要由品牌方检测产品、核实情况后认定，再按规定处理。为了这一步，请把现场和产品拍照留存，产品先别扔、别拆、别自己修。我已把您的问题记在工单上，负责的人工客服会跟进答复您。',
  en: 'I cannot promise compensation either way here. Damage caused by a defect in the product is a matter of product liability: the brand assesses it after inspecting the product and checking what happened, and then handles it under the rules. To help that, please take photos of the product and of any damage, and keep the product as it is (do not throw it away, open it or repair it yourself). I have noted your question on the ticket, and the person handling your case will follow it up with you.',
  note: 'Customer asks whether damage from this danger (e.g. a fire) would be compensated: product-liability question for the brand after inspection.',
};
