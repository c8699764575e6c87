/**
 * A swollen battery and nothing worse (understanding/swelling-only.ts): after the safety advice the
 * customer hears what to do next themselves: no more use or charging, not even for a few days, and
 * the battery replaced at an authorised service centre; a swollen battery is never posted
 * (damaged-battery-questions.ts says why). A question about still using it is answered the same
 * way, not passed to a person. The battery's warranty is the warranty flow's answer.
 */
import type { HazardKind } from '../understanding/safety-script';

type Bi = { zh: string; en: string };

/** The answer for `device` ("这部手机" / "the tablet"), named as the safety advice names it. */
export function swollenBatteryAnswer(device: Bi, lang: 'zh' | 'en'): string {
  return {
    zh: `电池鼓包是电池老化或损坏了，这不用等人上门：在换电池之前请不要使用${device.zh}，也别再充电，放在远离易燃物的地方，不要按压或自己拆。请带上它和购买凭证，尽快到品牌官方授权的服务中心检测、更换电池。鼓包的电池不能寄修，快递会拒收，路上也可能起火。保修能不能覆盖，以服务中心的检测和您的购买凭证为准。`,
    en: `A swollen battery has aged or been damaged, and it needs no home visit: please do not use ${device.en} or charge it until the battery is replaced, keep it away from anything that burns, and don't press on it or open it. Take it with your proof of purchase to the brand's authorised service centre as soon as you can to have the battery checked and replaced. A swollen battery can't be posted for a mail-in repair: couriers refuse it and it can catch fire on the way. Whether the warranty covers it is settled by the service centre's check and your proof of purchase.`,
  }[lang];
}

const STILL_USE_ANSWER: Bi = {
  zh: '不建议，哪怕只用几天也不要：鼓包的电池在充电、发热或被挤压时可能起火。请关机、别充电，尽快拿到官方授权服务中心换电池；数据可以在服务中心换电池时一起处理。',
  en: "No. Please don't use it, not even for a few days: a swollen battery can catch fire while charging, warming up or being pressed. Switch it off, leave it uncharged and take it to an authorised service centre for a new battery as soon as you can.",
};

/** "还能用吗", "凑合用几天", "can I keep using it till the weekend?" */
const KEEP_USING =
  /(?:还|继续|接着|凑合|将就|先)(?:能|可以)?(?:用|使用)|能(?:不能)?(?:再)?用|用到(?:周末|明天|下周|月底)|\b(?:still|keep|carry on|continue)\b[^.?!]{0,12}\b(?:us(?:e|ing)|charg\w*)\b|\b(?:use|using) it (?:until|till|til|for)\b/i;

/** The answer to "can I still use it?" in a conversation about a swollen battery only; otherwise undefined. */
export function swollenBatteryStillUse(kinds: readonly HazardKind[] | undefined, text: string, lang: 'zh' | 'en'): string | undefined {
  return kinds?.length === 1 && kinds[0] === 'battery' && KEEP_USING.test(text) ? STILL_USE_ANSWER[lang] : undefined;
}
