/**
 * "No need for an ambulance, right?", "要不要去医院", "唔使叫白车啩" after a danger's advice. The
 * customer usually hopes for "no"; the honest answer depends on how they feel now, so it says
 * when to call and when a same-day check is still wise, never a bare no. Carbon monoxide above all:
 * feeling better in fresh air does not mean it is over, and it can come back or get worse later.
 * Numbers are the mainland's; reply-for-country.ts says them for where the customer is.
 * Decided by rules, never by a model.
 */
import type { HazardKind } from '../understanding/safety-script';

type Bi = { zh: string; en: string };

/** An ambulance, a hospital or a doctor, in Mandarin, Cantonese (白车, 睇医生) and English. */
const MEDICAL_HELP =
  /救护车|白车|急救|(?<!\d)(?:120|999)(?![\d块元])|急诊|(?:去|上|到|送|看|入)(?:医院|急诊|医生)|睇(?:医生|急症)|急症室|\b(?:ambulance|paramedics?|hospital|a ?& ?e|emergency (?:room|department)|(?:see|call|get) (?:a |the )?(?:doctor|gp|medic)|get (?:myself |him |her |them |us )?checked(?: out)?|999|911|112)\b/i;

/** Told as done, not asked: "救护车已经到了", "the paramedics are here", "I called 999". */
const ALREADY_CALLED =
  /(?:已经|刚|都)(?:叫|打|拨|call)(?:了)?[^，。,.？?]{0,4}(?:救护车|白车|120|999)|(?:救护车|白车)(?:已经|刚)?(?:到|来)了|\b(?:already |just )?(?:called|rang|phoned) (?:an |the )?(?:ambulance|999|911|112|120)\b|\b(?:ambulance|paramedics) (?:is|are|has|have) (?:here|arrived|on (?:its|their) way|come)\b|\b(?:we'?re|i'?m) (?:at|in) (?:the )?hospital\b/i;

export function ambulanceAsked(text: string): boolean {
  return MEDICAL_HELP.test(text) && !ALREADY_CALLED.test(text);
}

export function ambulanceAnswer(kinds: HazardKind[]): Bi {
  if (kinds.includes('carbon_monoxide'))
    return {
      zh: '这个不能说不用。一氧化碳中毒的症状，离开以后还可能反复或加重。只要头痛、头晕、恶心、犯困还有任何一样没消失，或者有人更难受，或者吸入的人里有孕妇、老人、小孩，就马上拨打120（在香港、澳门拨999）；症状已经完全消失，也请今天去医院急诊查一下，告诉医生可能吸入了一氧化碳。这期间待在通风的地方，不要回去，热水器检查前别再用。',
      en: "I can't honestly say you don't need one. Carbon monoxide symptoms can come back or get worse after you leave the room. If any headache, dizziness, nausea or drowsiness is still there, if anyone feels worse, or if a pregnant woman, an older person or a child breathed it too, call 120 now; if the symptoms have gone completely, still get checked at a hospital emergency department today and tell them it may be carbon monoxide. Meanwhile stay in fresh air, don't go back in, and don't use the heater until it has been checked.",
    };
  if (kinds.includes('electric_shock'))
    return {
      zh: '被电到的人有烧伤的印子、胸闷心慌、手脚发麻没缓过来，或者当时摔倒、晕过去，就马上拨打120；现在感觉都正常，也建议今天去医院查一下心电图，触电的影响有时过后才出现。',
      en: 'If the person who got the shock has a burn mark, chest pain or a racing heart, numbness that has not passed, or fell or passed out, call 120 now. If they feel completely normal, still have them checked at a hospital today (a heart trace): the effects of a shock sometimes show later.',
    };
  return {
    zh: '有人受伤、吸了烟以后咳嗽或喘不上气、头晕恶心，就马上拨打120；大家都好好的、没有任何不舒服，就不需要叫救护车，先按上面的安全提示做，之后有不舒服再去医院。',
    en: 'If anyone is hurt, is coughing or short of breath after the smoke, or feels dizzy or sick, call 120 now. If everyone is fine with no symptoms at all, an ambulance is not needed: follow the safety advice above, and see a doctor if anyone feels unwell later.',
  };
}
