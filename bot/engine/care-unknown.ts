/**
 * A routine-care question the knowledge base has no care entry for ("咖啡机多久除一次垢"): said
 * honestly, with where the answer is (the maintenance part of the user manual, the maker's
 * hotline) and a person offered. Never a fault case for another topic in its place.
 */
import type { Lang } from '../phrases';
import { categoryName } from './wording';

export function careUnknown(lang: Lang, category?: string): string {
  const product = category ? categoryName(category, lang) : '';
  return lang === 'zh'
    ? `${product ? `${product}的` : ''}这项保养我这里没有可靠的资料，不想凭感觉告诉您。一般说明书的“清洁与保养”一节会写多久做一次、怎么做；找不到说明书的话，可以回复“转人工”，请客服帮您确认，需要的话也可以约师傅上门保养。`
    : `I don't have reliable information on that care step${product ? ` for the ${product}` : ''} and won't guess. The "care and maintenance" section of the user manual usually says how often and how; if you can't find the manual, reply "human" and a person will check it for you, or I can book a maintenance visit if you'd like one.`;
}
