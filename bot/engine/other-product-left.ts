/**
 * Two appliances broken at once, told in one message ("洗衣机漏水，烘干机也不热了", "the fridge is
 * warm and the microwave won't turn"): each gets its own job and answer (engine answerOtherProblems),
 * and the jobs are marked as told together. Session 18: when the one on top was booked or reported
 * fixed, the other was dropped without a word. Now the other is brought up next: booked straight
 * away when the customer said neither was fixed, or asked about when they had not said.
 *
 * One ticket per product, not one naming both: a ticket holds one product (category, brand, model,
 * purchase date) and its own warranty verdict, and the two may need different engineers or parts;
 * the desk can still see they belong together (same customer, same phone and address, filed minutes
 * apart). Phone, address and time are the conversation's contact facts, so the second booking asks
 * only what belongs to the second product.
 */
import type { Lang } from '../phrases';
import type { EngineState, Frame } from './engine-state';
import { categoryName } from './wording';

/** The other jobs told in the same message as `frame`, still waiting on the customer's word about their steps. */
export function productsToldWith(state: EngineState, frame: Frame): Frame[] {
  if (!frame.toldWith) return [];
  return state.stack.filter((f) => f !== frame && f.toldWith && f.flow === 'fault' && (f.stage === 'feedback' || f.stage === 'offer') && f.facts.category !== frame.facts.category);
}

/** "都好了", "both work now": every product told together is fixed, none is asked about again. */
const ALL_WORK = /都好了|全好了|都正常了?|都解决了|两个都(?:好|行|正常)|\b(?:both|all)\b[^.,;]{0,20}\b(?:work\w*|fine|fixed|sorted|ok(?:ay)?)\b/i;

export function allToldWork(text: string): boolean {
  return ALL_WORK.test(text);
}

/** Said with the first booking when the customer said neither is fixed: both will be booked, the shared facts asked once. */
export function bothBookedLine(first: Frame, second: Frame, lang: Lang): string {
  const a = categoryName(first.facts.category, lang);
  const b = categoryName(second.facts.category, lang);
  return lang === 'zh'
    ? `${a}和${b}都需要上门的话，我先登记${a}，再登记${b}，各开一张工单；电话、地址和上门时间只问一次。`
    : `If both need an engineer, I'll book the ${a} first and then the ${b}, one ticket each; I'll ask for your phone, address and time only once.`;
}

/** Said when the other product's booking starts after the first was filed. */
export function nextBookingLine(next: Frame, lang: Lang): string {
  const name = categoryName(next.facts.category, lang);
  return lang === 'zh' ? `接下来登记${name}的上门，电话、地址和时间沿用刚才的。` : `Now the ${name}: I'll use the same phone, address and time.`;
}

/** Said when the other product's fault was answered but the customer has not said how it went. */
export function otherProductAskedLine(next: Frame, lang: Lang): string {
  const name = categoryName(next.facts.category, lang);
  const said = next.facts.symptom;
  return lang === 'zh'
    ? `您还说了${name}的问题${said ? `（「${said}」）` : ''}：上面给的方法试过后好了吗？还不行的话，我用同样的电话和地址再给${name}登记一张上门单。`
    : `You also mentioned the ${name}${said ? ` ("${said}")` : ''}: did the steps above fix it? If not, I'll book a visit for the ${name} too, with the same phone and address.`;
}
