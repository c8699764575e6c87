/**
 * Safety words: any of these makes a turn P1 and puts safety advice first, whatever the
 * sentiment (DESIGN.md). Each names its hazard so the advice fits it (gas: no switches; electric:
 * cut the power). A negation just before (没有冒烟, no smoke) cancels the match.
 */
import type { SafetyHazard } from '../types';

export interface SafetyCue {
  hazard: SafetyHazard;
  pattern: RegExp;
}

const s = (hazard: SafetyHazard, pattern: RegExp): SafetyCue => ({ hazard, pattern });

export const SAFETY_CUES: SafetyCue[] = [
  s('gas', /燃气泄[漏露]|煤气泄[漏露]|天然气泄[漏露]|漏气|(?:煤气|燃气|天然气|液化气)(?:的)?(?:味|气味)|(?:灶|燃气|煤气|软管|阀门|热水器).{0,12}(?:闻到|有)(?:一股)?(?:气味|味道|臭味)|(?:熄火|关了).{0,6}(?:还在|一直)出气|嘶嘶.{0,4}(?:漏|出气)|出气.{0,3}嘶嘶/g),
  s('gas', /\bgas leak\w*|\bleak\w* gas\b|\bsmell\w* (?:of |like )?gas\b|\bgas smell\w*|\bsmell gas\b|\brotten eggs?\b|\bcarbon monoxide\b|\bCO alarm\b/gi),
  s('electric', /漏电|触电|被电(?:了|到)|电到(?:了|我)|电了一下|麻(?:了)?一下|手(?:一)?麻|带电|电人/g),
  s('electric', /\belectric(?:al)? shock\w*|\bgot (?:a )?shock(?:ed)?\b|\bshocked me\b|\bgives? (?:me )?(?:a )?shocks?\b|\belectrocut\w*|\bshock from\b/gi),
  s('fire', /起火|(?<![不没])着火|失火|火苗|明火|烧起来|火灾|冒火(?!星)/g),
  s('fire', /\bon fire\b|\bcaught fire\b|\bcatch(?:es|ing)? fire\b|\bflames?\b|\bfire\b(?! (?:department|alarm test))/gi),
  s('smoke', /冒烟|冒黑烟|冒白烟|有烟(?!机)|烟雾(?!报警器测试)/g),
  s('smoke', /\bsmok(?:e|ing|ey)\b(?! from (?:the )?(?:cooking|frying|pan|food|stir))/gi),
  s('burning', /烧焦|焦味|焦糊|糊味|烧糊|烧黑|烧坏了?插|烧化|(?:插头|插座|电线|线).{0,4}(?:熔化|融化|化了)|烧熔|胶皮味|塑料味.{0,4}(?:烧|焦)/g),
  s('burning', /\bburning (?:smell|plastic|odou?r)\b|\bsmell\w* (?:like )?(?:something )?burn\w*|\bscorch\w*|\b(?:plug|cord|wire|socket|outlet|cable)s? (?:has |have |is |are )?melt\w*|\bmelt\w* (?:the )?(?:plug|cord|wire|socket|outlet|cable)|\bburnt smell\b/gi),
  s('sparks', /火花|火星|打火花|电火花|冒火星|噼里啪啦.{0,4}(?:火|光)/g),
  s('sparks', /\bsparks?\b|\bsparking\b|\barcing\b|\bflash from\b|\bcrackling sound and a flash\b/gi),
  s('explosion', /爆炸|炸了|炸裂|爆裂|玻璃.{0,6}(?:碎|爆)/g),
  s('explosion', /\bexplod\w*|\bexplosion\b|\bblew up\b|\bshatter\w*/gi),
  s('battery', /电池鼓包|鼓包|电池.{0,6}(?:膨胀|变形|发烫冒)/g),
  s('battery', /\bbattery (?:is )?(?:swell\w*|swollen|bulg\w*|puff\w*)|\bswollen battery\b|\bbattery.{0,20}\bswelling\b/gi),
];

/** A negation right before a safety word ("没有冒烟", "no smoke") means the danger is being ruled out. */
export const SAFETY_NEGATION = /(?:没有|没|无|不是|并没|未见|no|not|without|isn'?t|wasn'?t|there'?s no|never)\s*(?:any\s*)?$/i;

const ADVICE: Record<SafetyHazard, { zh: string; en: string }> = {
  gas: {
    zh: '请立即关闭燃气总阀，打开门窗通风；不要开关任何电器或电灯、不要使用明火、不要在室内打电话；人员先撤离到室外，再拨打燃气公司抢修电话，必要时拨打119。',
    en: 'Close the gas valve now and open doors and windows. Do not switch any lights or appliances on or off, use no flame and make no calls indoors. Get everyone outside, then call your gas company, or 119 in an emergency.',
  },
  electric: {
    zh: '请不要触碰机器和周围的水，先关掉家里的总电闸（空气开关），再拔下插头；不要再使用该电器；如有人触电受伤，请立即拨打120。',
    en: 'Do not touch the appliance or any water around it. Switch off the power at the breaker first, then unplug it, and do not use it again. If anyone was hurt, call 120 (emergency) right away.',
  },
  fire: {
    zh: '请立即离开现场，确保人员安全，拨打119报警；如火势很小且能安全操作，先断开电源（燃气设备关闭燃气阀），不要用水扑灭电器火。',
    en: 'Leave the room and get everyone to safety, then call 119. Only if it is small and safe to do so, cut the power (or close the gas valve); never put water on an electrical fire.',
  },
  smoke: {
    zh: '请立即断电（关闭总电闸或拔掉插头，燃气设备关闭燃气阀），打开窗户通风，远离机器；如出现明火请撤离并拨打119。',
    en: 'Cut the power now (breaker or plug; close the gas valve for gas appliances), open the windows and keep away from the unit. If you see flames, leave and call 119.',
  },
  burning: {
    zh: '请立即停止使用并断开电源（燃气设备关闭燃气阀），打开窗户通风，不要再次开机；如冒烟或起火请撤离并拨打119。',
    en: 'Stop using it and cut the power now (close the gas valve for gas appliances), open the windows and do not switch it on again. If it smokes or catches fire, leave and call 119.',
  },
  sparks: {
    zh: '请不要触碰插头和插座，先关闭总电闸再拔插头，停止使用该电器；如起火请撤离并拨打119。',
    en: 'Do not touch the plug or socket. Switch off the power at the breaker, then unplug it and stop using the appliance. If a fire starts, leave and call 119.',
  },
  explosion: {
    zh: '请先确保人员安全、远离碎片；燃气设备请立即关闭燃气阀并开窗通风，电器请断开电源；有人受伤请拨打120，有火情请拨打119。',
    en: 'Get everyone away from the debris first. For gas appliances close the gas valve and open the windows; for electrical ones cut the power. Call 120 if anyone is hurt, 119 if there is fire.',
  },
  battery: {
    zh: '请立即停止充电和使用，拔下充电器，将设备放在远离易燃物的地方；不要挤压、刺破或自行拆卸电池。',
    en: 'Stop charging and using it now, unplug the charger and keep the device away from anything flammable. Do not press, puncture or open the battery yourself.',
  },
};

/** Advice for the hazards found, most severe first, one paragraph per hazard. */
export function safetyAdviceFor(hazards: SafetyHazard[]): { zh: string; en: string } {
  const order: SafetyHazard[] = ['gas', 'fire', 'explosion', 'electric', 'smoke', 'sparks', 'burning', 'battery'];
  const picked = order.filter((h) => hazards.includes(h));
  return {
    zh: '⚠️ 安全提示：' + picked.map((h) => ADVICE[h].zh).join(' '),
    en: '⚠️ Safety first: ' + picked.map((h) => ADVICE[h].en).join(' '),
  };
}
