/**
 * "Can I take it on a plane / on the train?" during a fault: what may be carried is the airline's or
 * the railway's rule, not ours, so the bot says it cannot advise and who decides, then the job goes
 * on. It never says yes or no for them. The one safety point it can give is general: a battery that
 * is swollen, hot or smells should not be packed at all.
 */
import type { Lang } from '../phrases';

const TEXT: Record<Lang, string> = {
  zh: '能不能带上飞机、火车或托运，是航空公司或铁路部门的规定，我这边没法替他们答复，建议出行前直接问承运方。另外，电池如果鼓包、发烫或有异味，不要带在身上或放进行李里。',
  en: "Whether you can take it on a plane or a train, or check it in, is up to the airline or rail company, so I can't advise on that: please ask them before you travel. One thing in any case: a battery that is swollen, hot or smells should not be packed or carried.",
};

export function travelAnswer(lang: Lang): string {
  return TEXT[lang];
}
