/**
 * Fault triage (故障排查): find the matching case and give its safe self-help steps first (even
 * when a visit may follow), with a short human citation, then ask whether that helped. An error
 * code the knowledge base does not hold for that brand is said plainly, with only general safe
 * checks and a visit offered: never another code's diagnosis.
 */
import { normaliseCode } from '../../../kernel/text/product-codes';
import type { KnowledgeHit } from '../../knowledge-search';
import type { Lang } from '../../phrases';
import { approvedAnswerIsClean, knowledgeTitleIsClean, screenKnowledgeLines } from '../knowledge-screen';
import { brandName, carriedIn, categoryName, citation, purchaseWords, serviceWords } from '../wording';
import { isOnlyPurchaseDate } from '../../understanding/slots/purchase-date-words';
import { answerFitsMessage, LIQUID_DAMAGE } from '../answer-topic-fit';
import type { FlowKit, FlowResult, FlowSpec } from './flow';
import { generalSteps } from './general-steps';
import { leakDescribed, leakFirstAidSteps } from '../leak-first-aid';
import { LIQUID_TITLE, liquidFirst } from './liquid-first';
import { pastSpill } from '../../understanding/past-spill';
import { faultClauses, firstClauseCase, otherFaultLines, otherFaults, type SecondFault } from './second-fault';
import type { ToldProblem } from '../problem-left';
import { lineFitsEnergy, type EnergySource } from '../../understanding/energy-source';
import { contradictsWorking, withoutWorkingClauses } from '../case-premise';
import { withoutDenied } from '../../understanding/denied-symptoms';
import { withoutFearedHazards } from '../../understanding/feared-hazards';
import { aboutAnotherSymptom, answerIgnoresSymptom, namesSymptom, withSymptomWords } from '../symptom-fit';
import { vagueFault, withoutVagueParts } from '../vague-fault';
import { SOCIAL } from '../social-replies';
import { withoutKnownAsks } from '../known-fact-steps';

/**
 * Whether a case can speak for what the customer described: never one about another product than
 * the one they named (a dishwasher's E4 is no air conditioner's E4), never one for the other energy
 * source (a gas heater's case for an electric heater), and never a case about an error code when the
 * customer gave none ("not cooling" is not "F1: sensor fault"), nor one about a model they did not
 * name (one fridge model's ice maker for "not cooling"). General entries fit any product.
 */
export function caseFits(hit: KnowledgeHit, facts: { category?: string; errorCode?: string; model?: string; brand?: string }, energy: EnergySource | undefined): boolean {
  if (facts.category && hit.category && hit.category !== 'general' && hit.category !== facts.category) return false;
  if (!lineFitsEnergy(hit.title, energy)) return false;
  if (hit.kind === 'fault' && !facts.errorCode && hit.errorCodes?.length) return false;
  // Codes differ per brand: a code case speaks only for its own code and, once the brand is said,
  // for that brand (an A.O. Smith E1 is not Haier's "dry-heating protection").
  if (hit.kind === 'fault' && facts.errorCode && hit.errorCodes?.length && !holdsCode(hit, facts.errorCode, facts.brand)) return false;
  if (hit.kind === 'fault' && !facts.model && hit.models?.length) return false;
  return true;
}

/** The case's lines that fit the customer's appliance (no gas warnings for an electric heater). */
function fittingLines(lines: string[] | undefined, energy: EnergySource | undefined): string[] {
  return screenKnowledgeLines(lines).filter((line) => lineFitsEnergy(line, energy));
}

const SAFETY = { zh: '⚠ 安全提示：', en: '⚠ Safety: ' };
export const FEEDBACK_QUESTION = { zh: '试过之后好了吗？', en: 'Did that fix it?' };

/** A reply without its closing "did that help?", when another answer follows that asks it. */
export function dropFeedbackQuestion(reply: string): string {
  return reply
    .split('\n')
    .filter((line) => line !== FEEDBACK_QUESTION.zh && line !== FEEDBACK_QUESTION.en)
    .join('\n');
}

/** The faults of one message, the one the case answers first, kept so a fix of one brings up the other. */
function toldProblems(symptom: string | undefined, best: { id: string; title: string; steps: string[] }, others: SecondFault[], steps: (hit: KnowledgeHit) => string[]): ToldProblem[] {
  if (!others.length || !symptom) return [];
  const otherClauses = new Set(others.map((o) => o.clause));
  const said = faultClauses(symptom).find((clause) => !otherClauses.has(clause)) ?? best.title;
  return [{ said, caseId: best.id, title: best.title, steps: best.steps }, ...others.map((o) => ({ said: o.clause, caseId: o.hit?.id, title: o.hit?.title, steps: o.hit ? steps(o.hit) : [] }))];
}

async function search(kit: FlowKit, query: string, filtered: boolean): Promise<KnowledgeHit[]> {
  const f = kit.facts;
  const args = filtered ? { query, category: f.category, brand: f.brand, model: f.model } : { query };
  const result = await kit.tools.call('searchKnowledge', { ...args, query: query.slice(0, 500) });
  return result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
}

/**
 * One fault clause as a search ("屏幕中间多了一道竖线"): with the product's name in front when the clause
 * leaves it out, since a short clause alone may find nothing above the search's floor.
 */
function clauseQuery(kit: FlowKit, clause: string): string {
  const product = categoryName(kit.facts.category, kit.lang);
  // (Chinese without a space: "手机 屏幕…竖线" found nothing where "手机屏幕…竖线" found the case.)
  return product && !clause.includes(product) ? `${product}${kit.lang === 'zh' ? '' : ' '}${clause}` : clause;
}

/** The case holds this code for this brand (a case without brands holds it for every brand). */
function holdsCode(hit: KnowledgeHit, code: string, brand: string | undefined, category?: string): boolean {
  if (category && hit.category && hit.category !== 'general' && hit.category !== category) return false;
  if (hit.kind !== 'fault' || !hit.errorCodes?.some((c) => normaliseCode(c) === normaliseCode(code))) return false;
  return !brand || !hit.brands?.length || hit.brands.includes(brand);
}

/** `offerVisit` false: the customer said they want no visit, so none is offered. */
function stepsReply(hit: KnowledgeHit, lang: Lang, offerVisit = true): string {
  const zh = lang === 'zh';
  const lines = [zh ? `这个情况一般是「${hit.title}」。可以先试试：` : `This is usually "${hit.title}". Please try:`];
  (hit.steps ?? []).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  for (const note of hit.safety ?? []) lines.push(SAFETY[lang] + note);
  const service = serviceWords(hit.category);
  if (hit.engineerVisit && offerVisit) lines.push(zh ? `如果试过还不行，${service.needs.zh}，我可以帮您安排。` : `If that doesn't fix it, ${service.needs.en}, which I can arrange.`);
  lines.push(zh ? `（${citation(hit, lang)}）` : `(${citation(hit, lang)})`);
  lines.push(FEEDBACK_QUESTION[lang]);
  return lines.join('\n');
}

/**
 * The water-damage case for a wet phone or earbuds: its first aid, then the service centre, and no
 * "did that fix it?": drying is no fix (a wet device that seems to work still corrodes inside), so
 * the question would invite a "yes" that leaves it unchecked.
 */
function wetDeviceReply(hit: KnowledgeHit, lang: Lang): string {
  const zh = lang === 'zh';
  const service = serviceWords(hit.category);
  const lines = [zh ? `这个情况一般是「${hit.title}」。请先这样处理：` : `This is usually "${hit.title}". Please do this first:`];
  (hit.steps ?? []).forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  for (const note of hit.safety ?? []) lines.push(SAFETY[lang] + note);
  lines.push(zh ? `（${citation(hit, lang)}）` : `(${citation(hit, lang)})`);
  lines.push(
    zh
      ? `进水的设备就算现在还能用，里面也会慢慢腐蚀，${service.needs.zh}，越早越好。${service.offer.zh}`
      : `Even if it seems to work now, a wet device corrodes inside, so ${service.needs.en}, the sooner the better. ${service.offer.en}`,
  );
  return lines.join('\n');
}

function visitOnlyReply(hit: KnowledgeHit, lang: Lang): string {
  const zh = lang === 'zh';
  const service = serviceWords(hit.category);
  const lines = [zh ? `这个情况一般是「${hit.title}」，${service.needs.zh}，请不要自己拆机。` : `This is usually "${hit.title}": ${service.needs.en}; please don't open it yourself.`];
  for (const note of hit.safety ?? []) lines.push(SAFETY[lang] + note);
  lines.push(zh ? `（${citation(hit, lang)}）${service.offer.zh}` : `(${citation(hit, lang)}) ${service.offer.en}`);
  return lines.join('\n');
}

/** (Said plainly that the meaning cannot be confirmed, not only that there is no information: customers read the latter as a search that failed.) */
function unknownCodeReply(kit: FlowKit, code: string): string {
  const zh = kit.lang === 'zh';
  const product = zh
    ? `${brandName(kit.facts.brand, 'zh')}${categoryName(kit.facts.category, 'zh')}`
    : [brandName(kit.facts.brand, 'en'), categoryName(kit.facts.category, 'en')].filter(Boolean).join(' ');
  const steps = generalSteps(kit.facts.category, kit.lang).map((s, i) => `${i + 1}. ${s}`);
  return [
    zh
      ? `${product}显示的「${code}」，这个代码我这里没有资料，无法确认它在这台机器上是什么意思，不能乱猜。可以先做几项安全的检查：`
      : `I can't confirm what code ${code} means on this ${product}: I have no information on it, and I won't guess. A few safe checks first:`,
    ...steps,
    zh
      ? `如果代码还在，${serviceWords(kit.facts.category).needs.zh}。${serviceWords(kit.facts.category).offer.zh}`
      : `If the code is still there, ${serviceWords(kit.facts.category).needs.en}. ${serviceWords(kit.facts.category).offer.en}`,
  ].join('\n');
}

/** The case given was not theirs and nothing else matches: said so, with general safe checks, never another symptom's case. */
/** Why there is no case: the customer turned one down, the only matches were about another symptom, or none matched. */
type NoCaseWhy = 'rejected' | 'otherSymptom' | 'none';

function noOtherCase(kit: FlowKit, why: NoCaseWhy = 'rejected'): FlowResult {
  kit.say(noOtherCaseReply(kit, why));
  kit.quick([serviceWords(kit.facts.category).button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
  return { stage: 'offer' };
}

function noOtherCaseReply(kit: FlowKit, why: NoCaseWhy): string {
  const zh = kit.lang === 'zh';
  const service = serviceWords(kit.facts.category);
  // A leaking dishwasher: how to stop the leak, never "switch it on again and see" with water on the floor.
  const leak = leakDescribed(`${kit.facts.symptom ?? ''} ${kit.turn.text}`, kit.facts.category);
  const steps = (leak ? leakFirstAidSteps(kit.facts.category, kit.lang) : generalSteps(kit.facts.category, kit.lang)).filter((s) => lineFitsEnergy(s, kit.energy)).map((s, i) => `${i + 1}. ${s}`);
  const opener = why === 'rejected' ? (zh ? '明白了，不是那个问题。' : "Understood, that's not it. ") : '';
  const notOther = why === 'otherSymptom';
  // The product is said back, so the customer hears their problem was taken as theirs.
  const product = categoryName(kit.facts.category, kit.lang);
  return [
    zh
      ? `${opener}您说的${product}这种情况我这里没有对得上的处理方法${notOther ? '，不想拿别的故障的办法凑数' : ''}${steps.length ? (leak ? '，先这样止住漏水：' : '，先做几项安全的检查：') : '。'}`
      : `${opener}I have no fix that matches what you describe${product ? ` for your ${product}` : ''}${notOther ? ", and I won't give you the steps for a different fault" : ''}${steps.length ? (leak ? '. To stop the leak for now:' : ', so a few safe checks first:') : '.'}`,
    ...steps,
    zh ? `如果还是这样，${service.needs.zh}。${service.offer.zh}` : `If it's still the same, ${service.needs.en}. ${service.offer.en}`,
  ].join('\n');
}

/**
 * The details told after an answer match the case already given: its steps are not said again; if
 * they have not changed anything, the visit (or the service centre) is what is left.
 */
function sameCaseOffer(kit: FlowKit, hit: KnowledgeHit): FlowResult {
  kit.cite(hit.id);
  kit.frame.caseId = hit.id;
  kit.frame.caseTitle = hit.title;
  const service = serviceWords(hit.category ?? kit.facts.category);
  kit.say(
    kit.lang === 'zh'
      ? `您说的这些和上面「${hit.title}」是同一个问题。按上面的方法试过还是这样的话，${service.needs.zh}。${service.offer.zh}`
      : `What you describe is the same problem as "${hit.title}" above. If the steps above have not changed it, ${service.needs.en}. ${service.offer.en}`,
  );
  kit.quick([service.button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
  return { stage: 'offer' };
}

export function answerWithSource(hit: KnowledgeHit, lang: Lang): string {
  return `${hit.answer}\n${lang === 'zh' ? `（${citation(hit, lang)}）` : `(${citation(hit, lang)})`}`;
}

function askBrand(kit: FlowKit, code: string): string {
  const product = categoryName(kit.facts.category, kit.lang);
  return kit.lang === 'zh' ? `不同品牌的「${code}」意思不一样。请问是什么牌子的${product}？` : `Code ${code} means different things on different brands. Which brand is your ${product}?`;
}

function clarifyQuestion(kit: FlowKit): string {
  const zh = kit.lang === 'zh';
  if (!kit.facts.category) return zh ? '请问是哪种产品出的问题（空调、洗衣机、冰箱、热水器、手机……）？' : 'Which appliance is it (air conditioner, washing machine, fridge, water heater, phone...)?';
  return zh
    ? `能具体说说${categoryName(kit.facts.category, 'zh')}现在是什么情况吗？比如什么时候开始的、屏幕上有没有代码、有没有异响或异味。`
    : `Could you tell me a bit more about what the ${categoryName(kit.facts.category, 'en')} ${/buds$/.test(categoryName(kit.facts.category, 'en')) ? 'are' : 'is'} doing? When it started, any code on the display, any noise or smell?`;
}

/** This message said when the product was bought and nothing else (no symptom, no code). */
function answeredOnlyWhenBought(kit: FlowKit): boolean {
  const slots = kit.turn.understanding.slots;
  return Boolean(slots.purchaseDate && !slots.errorCode && isOnlyPurchaseDate(kit.turn.text));
}

/** The date said back in plain words, then the problem asked again with examples to pick from. */
function dateNotedAskProblem(kit: FlowKit): string {
  const zh = kit.lang === 'zh';
  const when = purchaseWords(kit.facts.purchaseDate, kit.lang);
  const product = categoryName(kit.facts.category, kit.lang);
  if (zh) return `${when ? `好的，购买时间记下了：${when}。` : '好的，购买时间记下了。'}那${product}现在具体是什么问题呢？比如不工作、有异响、漏水，或者屏幕上有代码。`;
  return `${when ? `Thanks, I've noted when you bought it: ${when}.` : "Thanks, I've noted when you bought it."} And what is the ${product} doing now? For example not working at all, a noise, a leak, or a code on the display.`;
}

/**
 * A case still open to offer: not one the customer said is not their problem, not one whose
 * premise contradicts what they said works (no "compressor not running" when the freezer freezes),
 * and not one about another symptom than the one described (no "no signal" for a TV that switches
 * itself off; with a code, the code decides).
 */
function stillOpen(kit: FlowKit, hit: KnowledgeHit): boolean {
  return !kit.rejectedCases?.includes(hit.id) && !contradictsWorking(hit.title, kit.working ?? []) && !offSymptom(kit, hit);
}

/** What the customer described, for the symptom fit: the problem so far, or this message. */
const described = (kit: FlowKit): string => kit.facts.symptom ?? kit.turn.text;

/** Nothing found to try: said plainly, with the visit (or the service centre) offered. */
function noFixOffer(kit: FlowKit): FlowResult {
  const category = kit.facts.category;
  kit.say(
    kit.lang === 'zh'
      ? `我这里没找到和您描述对得上的处理方法，${serviceWords(category).needs.zh.replace('需要', '建议')}。${serviceWords(category).offer.zh}`
      : `I couldn't find a fix that matches what you describe; ${serviceWords(category).needs.en.replace('it needs', 'the best next step is')}. ${serviceWords(category).offer.en}`,
  );
  return { stage: 'offer' };
}

/** A case or answer about another symptom than the one described (symptom-fit.ts); a code, when given, decides instead. */
function offSymptom(kit: FlowKit, hit: KnowledgeHit): boolean {
  if (kit.facts.errorCode) return false;
  return (hit.kind === 'fault' && aboutAnotherSymptom(hit.title, described(kit))) || answerIgnoresSymptom(hit, described(kit));
}

/** How far below the best match a case that fits may score and still be answered from. */
const FITTING_MARGIN = 0.25;
const FITTING_FLOOR = 0.5;
/** How far below an answer passed over for its topic a case may score and be as sure as that answer was. */
const ANSWER_MARGIN = 0.05;

/**
 * The best match did not fit (a brand's code case for "not cooling" without a code): the general
 * case for the same product, searched again without the brand that pulled the code case up, is
 * answered from when it scores close to the match it replaces.
 */
async function fittingInstead(kit: FlowKit, query: string, dropped: KnowledgeHit, hits: KnowledgeHit[]): Promise<KnowledgeHit[]> {
  const f = kit.facts;
  const result = await kit.tools.call('searchKnowledge', { query: query.slice(0, 500), category: f.category ?? dropped.category, model: f.model });
  const again = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  const seen = new Set<string>();
  const pool = [...hits, ...again].filter((h) => h.id !== dropped.id && !seen.has(h.id) && seen.add(h.id) && caseFits(h, f, kit.energy) && stillOpen(kit, h));
  pool.sort((a, b) => b.score - a.score);
  // (A confident answer passed over for its topic leaves a case scoring just below it as sure as it was.)
  const floor = dropped.kind === 'fault' ? FITTING_FLOOR : Math.min(FITTING_FLOOR, dropped.score - ANSWER_MARGIN);
  return pool.map((h, i) => ({ ...h, confident: i === 0 && h.kind === 'fault' && h.score >= floor && h.score >= dropped.score - FITTING_MARGIN }));
}

export const faultFlow: FlowSpec = {
  name: 'fault',
  title: { zh: '故障排查', en: 'troubleshooting' },
  // Self-help is the bot's offer, not something the customer started: declined, it closes politely.
  calledOff: SOCIAL.noThanks,
  slots: [],
  async finish(kit): Promise<FlowResult> {
    const f = kit.facts;
    if (kit.frame.symptomDenied && kit.rejectedCases?.length && f.category) {
      kit.frame.symptomDenied = undefined;
      return noOtherCase(kit);
    }
    // Details told after an answer: searched by themselves; the case answered before is not given again (details-after-answer.ts).
    const rematch = kit.frame.rematch;
    kit.frame.rematch = undefined;
    // "冰箱有点毛病": the product and that something is wrong, nothing of what. Any case would be a
    // guess, so what it is doing is asked first (once; a second vague answer is searched as it is).
    // ("Tell me more" answered with when it was bought: the date is kept and the problem asked once more;
    // still nothing of what it does: no fix to offer, the visit is.)
    if (!f.errorCode && !kit.rejectedCases?.length && vagueFault(described(kit))) {
      if (kit.frame.clarified < 1) {
        kit.frame.clarified += 1;
        kit.say(clarifyQuestion(kit));
        return { stage: 'collect' };
      }
      if (kit.frame.clarified < 2 && answeredOnlyWhenBought(kit)) {
        kit.frame.clarified += 1;
        kit.say(dateNotedAskProblem(kit));
        return { stage: 'collect' };
      }
      return noFixOffer(kit);
    }
    // Product and brand go in as filters, not words: repeated in the text they pull in any case about
    // that product (an iPhone's speaker fault answered with its Face ID case).
    // What works is no search word: "the freezer still freezes fine" would pull up freezing cases for a warm fridge.
    // Nor is "it's broken" once the customer said what it does.
    // (Details alone are short: the product's name goes in front, as for one clause of two faults.)
    // Nor is a fear ("吓得以为着火了", "will it catch fire?") or a sign denied ("没有焦糊味"): neither says what the product does.
    const told = (words: string) => withoutDenied(withoutFearedHazards(words)).replace(/\s+/g, ' ').trim();
    const symptom = rematch ? clauseQuery(kit, withoutWorkingClauses(told(rematch.words))) : f.symptom && withoutWorkingClauses(withoutVagueParts(told(f.symptom)));
    // A symptom written another way than the cases' titles ("无法开机", "cannot charge") searches with their words too.
    const query =
      [f.errorCode, symptom && !f.errorCode ? withSymptomWords(symptom) : symptom].filter(Boolean).join(' ') || [brandName(f.brand, kit.lang), categoryName(f.category, kit.lang)].join(' ');
    // (Details after an answer describe the fault: only a case answers them, never a policy their words happen to find.)
    const found = (await search(kit, query, true)).filter((h) => !rematch || h.kind === 'fault');
    // A case the customer already said is not their problem is never offered again.
    const fresh = (h: KnowledgeHit) => stillOpen(kit, h);
    let hits = found.filter((h) => caseFits(h, f, kit.energy) && fresh(h));
    // The best match passed over (another kind, rejected, or against what the customer said works): the next one that fits may answer.
    // (An answer about another question counts as passed over too: "…and they say the repair takes a week"
    // tells a fault, and the repair-time answer its words found first must not hide the fault's case.)
    const answersHere = (h: KnowledgeHit) => h.kind === 'fault' || answerFitsMessage(h, [symptom, kit.turn.text].filter(Boolean).join(' '), f.category);
    const dropped = found[0]?.confident && !(caseFits(found[0], f, kit.energy) && fresh(found[0]) && answersHere(found[0])) ? found[0] : undefined;
    if (dropped) hits = await fittingInstead(kit, query, dropped, hits);
    // Nothing fits with the brand as a filter ("Haier water heater, only lukewarm water"): the product's
    // general cases are searched by the symptom, without the brand, and a case of another brand is not taken.
    if (!f.errorCode && f.brand && f.category && !hits.some((h) => h.confident)) {
      const general = await kit.tools.call('searchKnowledge', { query: query.slice(0, 500), category: f.category });
      const more = general.ok ? (general.result as { hits: KnowledgeHit[] }).hits : [];
      const other = more.filter((h) => caseFits(h, f, kit.energy) && fresh(h) && !(h.brands?.length && !h.brands.includes(f.brand!)));
      if (other[0]?.confident) hits = other;
    }
    if (f.errorCode && !f.brand) {
      // The same code means different things per brand (E1 is high pressure on one, a sensor on
      // another): ask the brand once rather than guess.
      const holders = hits.filter((h) => holdsCode(h, f.errorCode!, undefined, f.category));
      const branded = holders.length > 0 && holders.every((h) => h.brands?.length);
      // One case holds the code: answer from it, naming whose code table that is.
      if (branded && holders.length === 1) {
        const only = holders[0]!;
        kit.say(
          kit.lang === 'zh'
            ? `按${only.brands!.map((b) => brandName(b, 'zh')).join('/')}的代码表来看（如果是别的牌子请告诉我）：`
            : `Going by the ${only.brands!.map((b) => brandName(b, 'en')).join('/')} code table (tell me if yours is another brand):`,
        );
        hits = [{ ...only, confident: true }];
      } else if (branded && kit.frame.clarified < 1) {
        kit.frame.clarified += 1;
        kit.say(askBrand(kit, f.errorCode));
        return { stage: 'collect' };
      } else if (branded) {
        kit.say(unknownCodeReply(kit, f.errorCode));
        kit.quick([serviceWords(f.category).button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
        return { stage: 'offer' };
      }
    }
    if (f.errorCode && !(hits.length === 1 && hits[0]!.confident && holdsCode(hits[0]!, f.errorCode, undefined, f.category))) {
      // The code decides: a case that holds it for this brand and product, or a plain "I don't have it".
      let holder = hits.find((h) => holdsCode(h, f.errorCode!, f.brand, f.category));
      if (!holder) holder = (await search(kit, `${f.brand ?? ''} ${f.errorCode}`, true)).find((h) => holdsCode(h, f.errorCode!, f.brand, f.category) && caseFits(h, f, kit.energy));
      if (!holder) {
        kit.say(unknownCodeReply(kit, f.errorCode));
        kit.quick([serviceWords(f.category).button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
        return { stage: 'offer' };
      }
      hits = [{ ...holder, confident: true }];
    }
    // Liquid in a phone or laptop with a symptom besides: the water-damage case, not the symptom's.
    hits = await liquidFirst(
      hits,
      [symptom, kit.turn.text].filter(Boolean).join(' '),
      f,
      kit.lang,
      (q) => search(kit, q, true),
      (h) => caseFits(h, f, kit.energy),
    );
    // A spill or consumable answer answers only a message about a spill or a consumable.
    let best = hits.find((h) => h.confident && knowledgeTitleIsClean(h.title) && answerFitsMessage(h, [symptom, kit.turn.text].filter(Boolean).join(' '), f.category) && !offSymptom(kit, h));
    // A curated answer may answer a description; a policy (a warranty period, a fee) never diagnoses a fault.
    // (A spill long over is answered by whether it is covered, liquid-first.ts: that policy speaks here as an answer.)
    const spillCover = best?.kind === 'policy' && LIQUID_TITLE.test(best.title) && pastSpill(kit.turn.text);
    if (best && (best.kind === 'qa' || spillCover) && best.answer && approvedAnswerIsClean(best.answer)) {
      kit.cite(best.id);
      // The first aid for a wet device is no fix: the service centre is offered, never "did that help?".
      if (carriedIn(f.category) && LIQUID_TITLE.test(best.title)) {
        kit.say(`${answerWithSource(best, kit.lang)}\n${serviceWords(f.category).offer[kit.lang]}`);
        kit.quick([serviceWords(f.category).button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
        return { stage: 'offer' };
      }
      kit.say(answerWithSource(best, kit.lang));
      return { done: true };
    }
    // Two faults in one message that no case matches as a whole ("lines on the screen, also it overheats"; a
    // warranty policy matched instead): the first fault with a case of its own is answered, the other said with it.
    if (best?.kind !== 'fault' && !f.errorCode && symptom)
      best =
        (await firstClauseCase(
          symptom,
          (q) => search(kit, clauseQuery(kit, q), true),
          (h) => caseFits(h, f, kit.energy) && stillOpen(kit, h),
        )) ?? best;
    if (best && best.kind === 'fault' && best.id === rematch?.from) return sameCaseOffer(kit, best);
    if (best && best.kind === 'fault') {
      kit.cite(best.id);
      kit.frame.caseId = best.id;
      kit.frame.caseTitle = best.title;
      f.category ??= best.category;
      const shown = {
        ...best,
        steps: withoutKnownAsks(fittingLines(best.steps, kit.energy), { errorCode: f.errorCode ?? kit.turn.understanding.slots.errorCode }),
        safety: fittingLines(best.safety, kit.energy),
      };
      // A second fault in the same message ("盖子扣不上，饭也是硬的") gets its own case or a note, never silence.
      const others = await otherFaults(
        symptom,
        best,
        // (Each clause searches with the knowledge base's words for its symptom too, as the whole description does.)
        (q) => search(kit, withSymptomWords(clauseQuery(kit, q)), true),
        (h) => caseFits(h, f, kit.energy) && stillOpen(kit, h),
      );
      for (const other of others) if (other.hit) kit.cite(other.hit.id);
      kit.frame.problems = toldProblems(symptom, shown, others, (h) => fittingLines(h.steps, kit.energy));
      const more = otherFaultLines(others, (h) => ({ steps: fittingLines(h.steps, kit.energy), safety: fittingLines(h.safety, kit.energy).map((n) => SAFETY[kit.lang] + n) }), kit.lang, f.category);
      if (shown.steps.length && carriedIn(f.category) && LIQUID_TITLE.test(shown.title) && !more.length) {
        kit.say(wetDeviceReply(shown, kit.lang));
        kit.quick([serviceWords(f.category).button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
        return { stage: 'offer' };
      }
      if (shown.steps.length) {
        const reply = stepsReply(shown, kit.lang, !kit.declined);
        kit.say(more.length ? [dropFeedbackQuestion(reply), ...more, FEEDBACK_QUESTION[kit.lang]].join('\n') : reply);
        kit.quick(kit.lang === 'zh' ? ['好了', '还是不行'] : ['Fixed', 'Still not working']);
        kit.frame.selfHelpGiven = true;
        return { stage: 'feedback' };
      }
      kit.say([visitOnlyReply(shown, kit.lang), ...more].join('\n'));
      return { stage: 'offer' };
    }
    // Liquid in a carried-in device the search found no case for ("平板掉进浴缸了"): the first-aid answer, then the service centre.
    // (A warranty policy on liquid damage matched first is no first aid: it never diagnoses.)
    if ((!best || best.kind === 'policy') && carriedIn(f.category) && LIQUID_DAMAGE.test([symptom, kit.turn.text].filter(Boolean).join(' '))) {
      const aid = (await search(kit, kit.lang === 'zh' ? '电子产品进水了先做什么' : 'what should I do if my device gets wet', false)).find(
        (h) => h.confident && h.kind === 'qa' && h.answer && approvedAnswerIsClean(h.answer) && answerFitsMessage(h, kit.turn.text, f.category),
      );
      if (aid) {
        kit.cite(aid.id);
        kit.say(`${answerWithSource(aid, kit.lang)}\n${serviceWords(f.category).offer[kit.lang]}`);
        kit.quick([serviceWords(f.category).button[kit.lang], kit.lang === 'zh' ? '先不用' : 'Not now']);
        return { stage: 'offer' };
      }
    }
    // Details that find nothing alone may still be the case given, read with the problem told first
    // ("不制热" then "外机结了冰，吹凉风"): that case's visit, not "nothing matches".
    if (rematch && f.symptom) {
      const again = (await search(kit, withSymptomWords(withoutVagueParts(f.symptom)), true)).find((h) => h.confident && caseFits(h, f, kit.energy));
      if (again?.id === rematch.from && !aboutAnotherSymptom(again.title, rematch.words)) return sameCaseOffer(kit, again);
    }
    if (kit.rejectedCases?.length && f.category) return noOtherCase(kit);
    // The symptom was clear and the only matches were about another one, or there were none: honest
    // no-case help, never a question back ("tell me more") about what was just said plainly.
    if (f.category && found.some((h) => h.confident && offSymptom(kit, h))) return noOtherCase(kit, 'otherSymptom');
    if (f.category && !f.errorCode && namesSymptom(described(kit))) return noOtherCase(kit, 'none');
    if (kit.frame.clarified < 1) {
      kit.frame.clarified += 1;
      kit.say(clarifyQuestion(kit));
      return { stage: 'collect' };
    }
    // "Tell me more" answered with when it was bought: the date is kept in its own slot, but the
    // problem is still untold, so there is nothing to search yet; the problem is asked once more.
    if (kit.frame.clarified < 2 && answeredOnlyWhenBought(kit)) {
      kit.frame.clarified += 1;
      kit.say(dateNotedAskProblem(kit));
      return { stage: 'collect' };
    }
    return noFixOffer(kit);
  },
  accepts: 'repair',
};
