/**
 * The answer to "can you come Saturday?" before or inside a booking: the time is taken as the
 * customer's preferred one and said back as a day, the exact time is agreed by phone by the
 * service point, and products that are carried in or mailed in are never promised a visit.
 */
import type { Lang } from '../phrases';
import { describeVisitTime } from '../understanding/visit-time';
import { carriedIn, categoryName } from './wording';

export function visitTimeNote(when: string, category: string | undefined, lang: Lang, now: Date): string {
  if (carriedIn(category)) {
    const product = categoryName(category, lang);
    return lang === 'zh'
      ? `${product}这类产品不上门维修，是送到官方服务中心或寄修；送修的时间您自己安排就行，${when}去的话请先确认服务中心当天营业。`
      : `A ${product} is not repaired at home: it goes to an official service centre or by mail-in, so you choose when to take it in; if you go ${when}, check the centre is open that day first.`;
  }
  const day = describeVisitTime(when, now)[lang];
  return lang === 'zh'
    ? `可以，上门时间先按您说的${day}记下。具体几点由当地服务网点的师傅打电话跟您确认；那个时间排不开的话，会跟您另约。`
    : `Yes, I've noted ${day} as your preferred time. The exact time is confirmed by phone by the local service point; if that slot is full, they'll agree another time with you.`;
}
