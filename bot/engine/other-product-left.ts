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
import type { ProductPart } from '../understanding/facts-per-product';
import type { EngineState, Frame } from './engine-state';
import { brandName, categoryName, purchaseWords } from './wording';

/** The other jobs told in the same message as `frame`, still waiting on the customer's word about their steps. */
export function productsToldWith(state: EngineState, frame: Frame): Frame[] {
  if (!frame.toldWith) return [];
  return state.stack.filter((f) => f !== frame && f.toldWith && f.flow === 'fault' && (f.stage === 'feedback' || f.stage === 'offer') && f.facts.category !== frame.facts.category);
}

/** The job on top and the ones told with it, in the order the customer told them (the first told lies lowest). */
export function toldTogether(state: EngineState, frame: Frame): Frame[] {
  const others = productsToldWith(state, frame);
  return others.length ? state.stack.filter((f) => f === frame || others.includes(f)) : [frame];
}

/** "都好了", "both work now": every product told together is fixed, none is asked about again. */
const ALL_WORK = /都好了|全好了|都正常了?|都解决了|都能用了|两个都(?:好|行|正常|能用)|\b(?:both|all)\b[^.,;]{0,20}\b(?:work\w*|fine|fixed|sorted|ok(?:ay)?)\b/i;
/** "both are still not working", "两个都还是不行": the both-words hold a "not", and nothing works. */
const STILL_NOT = /不行|不好|没好|没用|还是|依然|仍然|\b(?:not|no|never|neither|none|still)\b|n['’]t\b/i;

export function allToldWork(text: string): boolean {
  return ALL_WORK.test(text) && !STILL_NOT.test(text);
}

/** "冰箱：海尔，型号 BCD-1，购买时间 2025年": what a message told of one product, in plain words. */
function productFactsWords(part: ProductPart, lang: Lang): string | undefined {
  const zh = lang === 'zh';
  const said = [
    part.brand && brandName(part.brand, lang),
    part.model && (zh ? `型号 ${part.model}` : `model ${part.model}`),
    part.purchaseDate && (zh ? `购买时间 ${purchaseWords(part.purchaseDate, lang)}` : `bought ${purchaseWords(part.purchaseDate, lang)}`),
  ].filter(Boolean);
  if (!said.length) return undefined;
  const name = categoryName(part.category, lang);
  return zh ? `${name}：${said.join('，')}` : `the ${name}: ${said.join(', ')}`;
}

/** "记下了：冰箱：海尔；洗衣机：小天鹅。": the facts each product got, said back so the customer sees which went where. */
export function factsPerProductLine(parts: readonly ProductPart[], lang: Lang): string | undefined {
  const said = parts.map((p) => productFactsWords(p, lang)).filter(Boolean);
  if (!said.length) return undefined;
  return lang === 'zh' ? `记下了，${said.join('；')}。` : `Noted: ${said.join('; ')}.`;
}

/** Asked again after facts for both were noted: the steps' outcome is still what the next step hangs on. */
export function bothStillAskedLine(told: readonly Frame[], lang: Lang): string {
  const names = told.map((f) => categoryName(f.facts.category, lang));
  return lang === 'zh'
    ? `上面的方法试过之后，${names.join('和')}现在怎么样了？还不行的话，我帮您分别登记上门。`
    : `After trying the steps above, how are the ${names.join(' and the ')} doing now? If they are still not right, I'll book a visit for each.`;
}

/** One product works again and the other does not: the good news taken, and the one left is booked. */
export function oneWorksOtherBookedLine(working: readonly Frame[], broken: Frame, lang: Lang): string {
  const fine = working.map((f) => categoryName(f.facts.category, lang));
  const left = categoryName(broken.facts.category, lang);
  return lang === 'zh'
    ? `好的，${fine.join('和')}好了就好。${left}还不行，我来帮您登记${left}的上门。`
    : `Good, glad the ${fine.join(' and the ')} ${fine.length > 1 ? 'work' : 'works'} now. The ${left} is still not right, so I'll book a visit for it.`;
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
