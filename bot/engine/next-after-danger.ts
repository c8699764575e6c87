/**
 * "What now?" after the safety advice was followed: the breaker is off, the details are given,
 * and the customer asks what comes next (接下来呢, "then what?"). The advice again, or "I cannot
 * confirm that", leaves them where they were; the answer is what stays as it is (power off, not
 * used), what happens next (an engineer checks it, arranged by the person on the case) and the
 * one thing to do meanwhile. Decided by rules, for the hazard the conversation has.
 */
import type { HazardKind } from '../understanding/safety-script';
import { MICROWAVE_ARCING_PART, microwaveArcingPart } from './microwave-arcing-part';

type Bi = { zh: string; en: string };

/** Asking for the next step, with nothing more specific asked. */
const NEXT_ASKED =
  /(?:那|然后|接下来|下一步|现在|之后|后面)(?:我|我们)?(?:该|要|应该|还要|还得|需要|还需要|得)?(?:怎么办|怎么做|做什么|干什么|干嘛|咋办|咋弄|咋整|咋个(?:办|弄|整|搞|做)|怎样办|怎么整|怎么弄|怎么处理|怎么搞)|(?:接下来|然后|下一步|现在|之后|后面)(?:呢|怎么说|什么安排|怎么安排)|(?:还|还要|还需要|还得)(?:我)?(?:做|干|弄)(?:点)?(?:什么|啥)|(?:就)?这样(?:就)?(?:行|可以|好)了吗|\bwhat now\b|\bnow what\b|\bwhat next\b|\bwhat(?:'s| is) next\b|\bthen what\b|\bwhat (?:do|should|shall|must|can) (?:i|we) do (?:now|next|after that|from here)\b|\bwhat (?:happens|comes) (?:now|next|from here)\b|\bwhere do (?:i|we) go from here\b|\bwhat(?:'s| is) the next step\b|\b(?:anything|what) else (?:do|should|shall|must) (?:i|we) do\b|\b(?:is there )?anything else (?:i|we) (?:need|should|have) to do\b|\bwhat am i supposed to do\b|\bis that (?:it|all)\b/i;

export function nextStepAsked(text: string): boolean {
  return NEXT_ASKED.test(text);
}

/** What stays as it is, what happens next and the one thing meanwhile, for the conversation's lead hazard. */
export function nextStepAnswer(kind: HazardKind, d: Bi, cut: boolean): Bi {
  const checkNext: Bi = {
    zh: '接下来要由师傅上门检查、查清原因，处理您工单的客服会联系您约时间；在那之前您不用再做别的。',
    en: 'Next, an engineer needs to check it and find the cause; the person handling your case will contact you to arrange that. Until then there is nothing else you need to do.',
  };
  switch (kind) {
    case 'electric_shock': {
      const power: Bi = cut
        ? { zh: `电闸就一直关着，不要再给${d.zh}通电，也别碰它和周围的水。`, en: `Leave the breaker off, do not use ${d.en}, and do not touch it or any water around it.` }
        : {
            zh: `先在总电闸（空气开关）断电，之后就一直关着，不要再用${d.zh}，也别碰它和周围的水。`,
            en: `Switch off at the breaker if you have not yet, and leave it off; do not use ${d.en} or touch it or any water around it.`,
          };
      return {
        zh: `${power.zh}${checkNext.zh}如果有人被电到以后心慌、胸闷或一直发麻，请拨打120。`,
        en: `${power.en} ${checkNext.en} If anyone who felt the shock has chest pain, palpitations or numbness that does not go away, call 120.`,
      };
    }
    case 'water_electric':
      return {
        zh: `进过水的那一路电先别恢复，${d.zh}也先不要插电使用；断电以后可以把地上的水擦干。${checkNext.zh}`,
        en: `Keep the wet circuit off and do not plug ${d.en} back in; with the power off you can mop up the water. ${checkNext.en}`,
      };
    case 'carbon_monoxide':
      return {
        zh: `人先待在通风的地方，门窗开着，热水器关着，检查之前不要再用它洗澡。有人头晕、恶心、犯困就拨打120。${checkNext.zh.replace('检查、查清原因', '检查热水器和排烟管')}`,
        en: `Stay where the air is fresh, keep the windows open and the heater off, and do not shower with it until it is checked. If anyone feels dizzy, sick or drowsy, call 120. ${checkNext.en.replace('check it and find the cause', 'check the heater and its flue')}`,
      };
    case 'gas_leak':
      return {
        zh: '等燃气公司来查：在他们查过之前，屋里不要点火，也不要开关任何电器。燃气公司确认没有漏气以后，需要的话我们再安排师傅检查这台设备。',
        en: 'Wait for the gas company: until they have checked, no flames and no switches anywhere in the home. Once they have found no leak, we can send an engineer to check the appliance if it is needed.',
      };
    case 'arcing_inside':
      // A microwave's blue flashes: the part that usually burns and who replaces it (microwave-arcing-part.ts).
      if (microwaveArcingPart([kind], d.en, 'en'))
        return { zh: `${MICROWAVE_ARCING_PART.zh}处理您工单的客服会联系您约时间。`, en: `${MICROWAVE_ARCING_PART.en} The person handling your case will contact you to arrange that.` };
      return nextStepAnswer('smoke', d, cut);
    default:
      return {
        zh: `${d.zh}就一直断电放着，检查之前不要再用。${checkNext.zh}`,
        en: `Keep ${d.en} switched off and unplugged, and do not use it until it is checked. ${checkNext.en}`,
      };
  }
}
