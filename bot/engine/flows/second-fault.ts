/**
 * Two faults of one product in one message ("盖子扣不上，煮出来的饭还是硬的", "the hood rattles and
 * the light is off"): the case found answers one of them; each other fault clause that case does
 * not speak to gets its own case, or, when the knowledge base has none, a plain note that it is
 * heard and goes to the engineer. Neither is dropped without a word.
 */
import type { KnowledgeHit } from '../../knowledge-search';
import type { Lang } from '../../phrases';
import { classifyClause, withoutQuestionFrame } from '../../understanding/fault-clauses';
import { saysOnlyWhatStillWorks } from '../../understanding/still-works';
import { carriedIn, citation } from '../wording';
import { vagueFault } from '../vague-fault';
import { aboutAnotherSymptom } from '../symptom-fit';

/** Where one fault ends and another begins: punctuation, 还有/另外/而且, "and", "also". */
const CLAUSES = /[,，。;；!！?？\n]+|还有|另外|而且|并且|同时|以及|\s+(?:and also|and|also|plus|as well as|on top of that)\s+/i;

/** The fault clauses of a description, as the customer wrote them. */
export function faultClauses(symptom: string): string[] {
  return (
    symptom
      .split(CLAUSES)
      .map((p) => p?.trim() ?? '')
      // ("it still heats fine though" beside the fault is what still works: context, never a second fault.)
      .filter((p) => p.length >= 3 && isFault(p) && !saysOnlyWhatStillWorks(p))
      .map(withoutQuestionFrame)
  );
}

/** Fault shapes the clause reader does not weigh alone: "盖子扣不上", "饭是硬的", "it rattles". */
const ALSO_FAULT =
  /不[\u4e00-\u9fff]|没[\u4e00-\u9fff]|坏了|硬的|夹生|糊了|[响漏]|\b(?:won['’]?t|doesn['’]?t|isn['’]?t|not|rattl\w*|loud\w*|nois\w*|broken|stuck|loose)\b|\b(?:light|lamp|bulb)s?\b[^,.;]{0,20}\b(?:out|dead|gone|blown)\b/i;

function isFault(clause: string): boolean {
  const kind = classifyClause(clause);
  return kind === 'fault' || (kind !== 'other' && kind !== 'tried' && ALSO_FAULT.test(clause));
}

/** Words of a clause, to see it is about what a case's title names (a short clause's search alone is a weak guide). */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\u4e00-\u9fff]+/g)) for (let i = 0; i + 1 < m[0].length; i++) out.add(m[0].slice(i, i + 2));
  for (const m of text.toLowerCase().matchAll(/[a-z]{3,}/g)) if (!STOP.has(m[0])) out.add(NOISE.test(m[0]) ? 'noise' : m[0].slice(0, 5));
  // A noise said in any of its words is the noise a title names ("咔咔响" and "噪音大").
  if (/响|噪音|声音|异响/.test(text)) out.add('noise');
  // Heat said in any of its words is the heat a title names ("充电时特别烫" and "手机发烫", "gets hot" and "overheating").
  if (/烫|发热|过热|很热|太热|特别热|\b(?:hot|heats? up|heating up|overheat\w*|warm)\b/i.test(text)) out.add('hot');
  // Lines or stripes on a screen are the lines a title names ("一条绿线" and "屏幕出现竖线", "a line down the screen").
  if (/[竖横彩亮绿红粉白]线|线条|条纹|\b(?:lines?|stripes?|bars?)\b/i.test(text)) out.add('lines');
  // Food frozen is the freezing a title names ("牛奶结成冰" and "冷藏室结冰", "turns to ice" and "freezes food").
  if (/冻|结冰|结成冰|\b(?:freez\w*|frozen|ice)\b/i.test(text)) out.add('frozen');
  // A door left open is the door a title names ("合不拢" and "门关不严", "stays ajar" and "does not close").
  if (/关不|合不|门缝|条缝|门封|\b(?:ajar|seal\w*|(?:won'?t|not|doesn'?t) (?:close|shut))\b/i.test(text)) out.add('doorShut');
  // Rice said hard is rice undercooked ("饭是硬的" and "夹生不熟").
  if (/夹生|不熟|(?:饭|米)[^，。]{0,4}硬|\b(?:undercooked|hard|crunchy|raw)\b/i.test(text)) out.add('undercooked');
  return out;
}
const NOISE = /^(?:loud\w*|nois\w*|rattl\w*|vibrat\w*|shak\w*|humm?\w*|grind\w*|squeak\w*|clunk\w*|bang\w*)$/;
const STOP = new Set([
  'the',
  'and',
  'not',
  'does',
  'doesn',
  'won',
  'isn',
  'with',
  'but',
  'its',
  'it',
  'range',
  'hood',
  'fridge',
  'washer',
  'machine',
  'washing',
  'water',
  'heater',
  'phone',
  'oven',
  'cooker',
  'rice',
]);

/** The clause and the case title share a word beyond the product's name ("按键失灵" and "微波炉按键失灵"). */
export function sharesWords(clause: string, title: string): boolean {
  const own = words(title);
  // (Nor a word of place: "里面的灯不亮" shares only "里面" with "微波炉里面打火", which is no lamp.)
  return [...words(clause)].some((w) => own.has(w) && !/电饭|饭煲|洗衣|衣机|冰箱|空调|热水|水器|油烟|烟机|微波|波炉|燃气|气灶|手机|电视|里面|面的|内部|外面|上面|下面|insid|outsi/.test(w));
}

export interface SecondFault {
  clause: string;
  /** The case for it, when one fits; otherwise the clause is only acknowledged. */
  hit?: KnowledgeHit;
}

/**
 * The faults of the description beside the one `best` answers. A clause is the same fault when its
 * own search finds `best` among its first hits; otherwise it is another fault, with the first
 * confident fitting case of its own, if any.
 */
export async function otherFaults(symptom: string | undefined, best: KnowledgeHit, search: (query: string) => Promise<KnowledgeHit[]>, fits: (hit: KnowledgeHit) => boolean): Promise<SecondFault[]> {
  // ("冰箱有点毛病" before the fault was told is no second fault: it was that one, said vaguely.)
  const clauses = (symptom ? faultClauses(symptom) : []).filter((clause) => !vagueFault(clause));
  if (clauses.length < 2) return [];
  // A code the customer read off the display names the fault; what they say around it ("E1，不制冷")
  // is what that fault does, not a second one.
  if (symptom && namesCodeOf(best, symptom)) return [];
  const out: SecondFault[] = [];
  const given = new Set([best.id]);
  for (const clause of clauses) {
    const hits = await search(clause);
    const top = hits[0];
    if (!top || given.has(top.id)) continue;
    // Its own case when it finds one with confidence; the same fault when the case given is among its first hits.
    // (A case about another symptom is passed over for the next that fits: "鸡蛋冻裂了" is never "冷藏室不凉".)
    const fitting = (h: KnowledgeHit) => h.confident && h.kind === 'fault' && fits(h) && sharesWords(clause, h.title) && !aboutAnotherSymptom(h.title, clause);
    const sameFault = hits.slice(0, 3).some((h) => given.has(h.id));
    const hit = fitting(top) ? top : sameFault ? undefined : hits.slice(1, 3).find(fitting);
    if (!hit && sameFault) continue;
    if (hit) given.add(hit.id);
    out.push({ clause, hit });
    if (out.length >= 2) break;
  }
  return out;
}

function namesCodeOf(best: KnowledgeHit, symptom: string): boolean {
  const said = symptom.toUpperCase().replace(/[\s-]/g, '');
  return (best.errorCodes ?? []).some((code) => code.length >= 2 && said.includes(code.toUpperCase().replace(/[\s-]/g, '')));
}

/** The lines for the other faults, said after the first case and before "did that fix it?". */
export function otherFaultLines(others: SecondFault[], lines: (hit: KnowledgeHit) => { steps: string[]; safety: string[] }, lang: Lang, category?: string): string[] {
  const zh = lang === 'zh';
  // A phone or earbuds go to a service centre: no "engineer at the same visit" for them.
  const carried = carriedIn(category);
  const out: string[] = [];
  for (const { clause, hit } of others) {
    if (hit) {
      out.push(zh ? `另外，您说的「${clause}」，一般是「${hit.title}」，可以试试：` : `As for "${clause}": this is usually "${hit.title}". Please try:`);
      const { steps, safety } = lines(hit);
      steps.forEach((step, i) => out.push(`${i + 1}. ${step}`));
      out.push(...safety);
      out.push(zh ? `（${citation(hit, lang)}）` : `(${citation(hit, lang)})`);
    } else {
      out.push(
        zh
          ? `另外，您说的「${clause}」我也记下了：这个我这里没有可以自己处理的方法，${carried ? '送检时请服务中心一并检查' : '需要上门时请工程师一并检查'}。`
          : `I've also noted "${clause}": I have no self-help steps for that one, so ${carried ? 'the service centre should check it at the same time' : 'an engineer should check it at the same visit'}.`,
      );
    }
  }
  return out;
}

/**
 * The case of the first fault clause that has a confident one of its own, when the description has
 * two or more faults and no case matched it as a whole: one fault answered, not a "tell me more".
 */
export async function firstClauseCase(symptom: string, search: (query: string) => Promise<KnowledgeHit[]>, fits: (hit: KnowledgeHit) => boolean): Promise<KnowledgeHit | undefined> {
  const clauses = faultClauses(symptom);
  if (clauses.length < 2) return undefined;
  for (const clause of clauses) {
    const top = (await search(clause))[0];
    if (top?.confident && top.kind === 'fault' && fits(top) && sharesWords(clause, top.title)) return top;
  }
  return undefined;
}
