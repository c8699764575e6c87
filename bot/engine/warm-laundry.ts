/**
 * "The dryer smoked — can I leave the warm clothes in it?" asked in the same message as the
 * danger: the opening safety advice says to cut the power and keep away, and the question was left
 * unanswered. Hot laundry left in a pile can keep heating and smoulder, so it is taken out and spread
 * to cool once there is no flame and no more smoke. Decided by rule, never by a model.
 */
import type { HazardKind } from '../understanding/safety-script';
import type { Lang } from '../phrases';

/** Warm or hot clothes, left inside or taken out. */
const WARM_LAUNDRY =
  /(?:热|烫|温)[^，。？?]{0,4}(?:衣服|衣物)|(?:衣服|衣物)[^，。？?]{0,8}(?:还热|热的|烫|放着|留在|闷在|不管|拿出|取出)|\b(?:warm|hot)\b[^.?!]{0,12}\b(?:clothes|laundry|load|washing|towels)\b|\b(?:clothes|laundry|load|towels)\b[^.?!]{0,25}\b(?:leave|left|sit|inside|in (?:it|there)|take (?:them |it )?out)\b/i;

/** The dangers that heat what is inside: smoke, overheating, a fire. */
const HEAT: HazardKind[] = ['smoke', 'overheating', 'fire'];

const ANSWER: Record<Lang, string> = {
  zh: '衣服不要一直闷在里面：堆在一起的热衣物可能继续发热、闷烧。先在总电闸断电；确认没有明火、也不再冒烟了，再打开门把衣服取出来（还烫的话戴上手套），摊开放在远离易燃物的地方凉透。如果还在冒烟或看到火苗，就别靠近，人先离开并拨打119。',
  en: "Don't leave the warm clothes packed inside: hot laundry in a pile can keep heating and smoulder. Switch off at the breaker first; once there are no flames and no more smoke, open the door, take the clothes out (with gloves if they're hot) and spread them out away from anything that burns so they cool fully. If it is still smoking or you see flames, keep away, get out and call 119.",
};

/** The answer about the warm laundry inside, when the message asks it beside smoke or overheating. */
export function warmLaundryAnswer(text: string, kinds: readonly HazardKind[], lang: Lang): string | undefined {
  return kinds.some((k) => HEAT.includes(k)) && WARM_LAUNDRY.test(text) ? ANSWER[lang] : undefined;
}
