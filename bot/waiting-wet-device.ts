/**
 * A phone, laptop or other carried-in device that got wet, while its owner waits for a person
 * (issue 16, "waiting"): never "if it still works, keep using it". Off, not charged, not heated
 * (no hair dryer, radiator or sun), no rice, and where it is inspected. "Can I dry it with a hair
 * dryer / put it in rice?" gets the same answer, with its no first.
 */
import type { Ticket } from '../tickets/ticket';
import { LIQUID_DAMAGE } from './engine/answer-topic-fit';
import { LIQUID_TITLE } from './engine/flows/liquid-first';
import { carriedIn, categoryName } from './engine/wording';
import type { Lang } from './phrases';

/** Drying or heating it: 吹风机, 吹干, 烘干, 米缸, 晒, 暖气, "hair dryer", "rice", "oven", "radiator". */
const DRYING =
  /吹风机|风筒|吹(?:一下|一吹|干)|烘(?:干|一下)|暖气|晒(?:一下|太阳|干)?|(?:大)?米(?:缸|桶|里|袋)|放(?:进|到|在)?米|干燥剂|\b(?:hair ?dryer|blow ?dry(?:er)?|dry it|drying|rice|oven|radiator|heater|in the sun|sunlight|silica|heat gun)\b/i;

/** The case the bot named before ('This is usually "Phone got wet"', '一般是「手机进水」'). */
const NAMED_CASE = /一般是「([^」]+)」|usually "([^"]+)"/g;

/**
 * Whether this conversation is about a carried-in device that got wet: said now or on the ticket,
 * or in what the customer told before it, or the case the bot diagnosed before the handoff was the water-damage one (the ticket's symptom
 * may keep only what it does now, "speaker is quiet").
 */
export function wetDevice(category: string | undefined, ticket: Ticket | undefined, text: string, earlierReplies: string[] = [], customerSaid: string[] = []): boolean {
  if (!carriedIn(category)) return false;
  if (LIQUID_DAMAGE.test(`${ticket?.symptom ?? ''} ${text}`) || customerSaid.some((m) => LIQUID_DAMAGE.test(m))) return true;
  return earlierReplies.some((r) => [...r.matchAll(NAMED_CASE)].some((m) => LIQUID_TITLE.test(m[1] ?? m[2] ?? '')));
}

export function dryingAsked(text: string): boolean {
  return DRYING.test(text) && /[?？]|吗|么|能不能|可以|行不行|要不要|\b(?:can|could|should|shall|may|is it|will|would|do|does)\b/i.test(text);
}

/** What to do with the wet device until it is inspected; "no" first when drying it was asked. */
export function wetDeviceAnswer(category: string | undefined, lang: Lang, drying: boolean): string {
  // Earbuds are not switched off or plugged into a computer: they come out of the ears and stay out of their charging case.
  if (category === 'earphones') return wetEarbudsAnswer(lang, drying);
  const p = categoryName(category, lang);
  if (lang === 'zh')
    return `${drying ? '不要。' : ''}进水的${p}在等的时候先别用：立即关机（还亮着也关），不要充电、不要接电脑，也不要开机试；不要用吹风机、暖气或太阳烘烤，也不要放米里（米吸不出里面的水，米粉还会堵住接口）。可以取下保护壳${category === 'phone' ? '和卡托' : ''}，用干布吸干表面，开口朝下放在通风处。之后要尽快送官方服务中心（或寄修）拆机检测，越早处理腐蚀越轻；客服联系您时会告诉您最近的服务中心或帮您安排寄修。`;
  return `${drying ? 'No. ' : ''}Please do not use the wet ${p} while you wait: switch it off now (even if it still works), do not charge it or connect it to a computer, and do not try switching it on. No hair dryer, radiator or sun, and no rice (rice cannot draw the water out and its dust clogs the ports). Take off the case${category === 'phone' ? ' and the SIM tray' : ''}, blot it dry and leave it ports down somewhere airy. It then needs an official service centre (or a mail-in repair) to open and check it, the sooner the better against corrosion; the person handling your case will give you the nearest centre or arrange the mail-in.`;
}

/** Wet earbuds: out of the ears, out of the charging case, the case not charged; dried in air, never heated. */
function wetEarbudsAnswer(lang: Lang, drying: boolean): string {
  if (lang === 'zh')
    return `${drying ? '不要。' : ''}进水的耳机在等的时候先别戴、别用：不要放回充电盒里充电，充电盒也先别插电（盒子湿了更不能充）。不要用吹风机、暖气或太阳烘烤，也不要放米里（米粉会堵住出音孔和充电触点）。用干布轻轻擦干耳机和充电盒表面，出音孔朝下放在通风处晾着。之后要尽快送官方服务中心（或寄修）检测，越早处理腐蚀越轻；客服联系您时会告诉您最近的服务中心或帮您安排寄修。`;
  return `${drying ? 'No. ' : ''}Please do not wear or use the wet earbuds while you wait, and do not put them back in the charging case to charge; leave the case unplugged too, especially if it got wet. No hair dryer, radiator or sun, and no rice (its dust clogs the speaker mesh and the charging contacts). Wipe the earbuds and the case dry with a soft cloth and leave them speaker side down somewhere airy. They then need an official service centre (or a mail-in repair) to check them, the sooner the better against corrosion; the person handling your case will give you the nearest centre or arrange the mail-in.`;
}

/** "Hair dryer or rice?" after the wet-device answer was given: its no and the reason, not the paragraph again. */
export function dryingNo(lang: Lang, category?: string): string {
  if (category === 'earphones')
    return lang === 'zh'
      ? '不要。吹风机、暖气、太阳的热会伤到耳机里的电池和零件，米粉还会堵住出音孔和充电触点。先别放回充电盒充电，出音孔朝下放在通风处，等服务中心检测。'
      : 'No. Heat from a hair dryer, a radiator or the sun can damage the battery and the parts inside the earbuds, and rice dust clogs the speaker mesh and the charging contacts. Keep them out of the charging case, speaker side down somewhere airy, until the service centre checks them.';
  return lang === 'zh'
    ? '不要。吹风机、暖气、太阳的热会伤到屏幕、电池和里面的零件，米也吸不出机身里的水，米粉还会堵住接口。保持关机、不充电，开口朝下放在通风处，等服务中心拆机检测。'
    : 'No. Heat from a hair dryer, a radiator or the sun can damage the screen, the battery and the parts inside, and rice cannot draw the water out (its dust clogs the ports). Keep it off and uncharged, ports down somewhere airy, until the service centre opens and checks it.';
}
