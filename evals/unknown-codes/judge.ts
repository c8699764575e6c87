/**
 * The judge of the unknown-codes suite. A customer quoted a real error code the knowledge base
 * does not hold; the conversation passes when the replies
 *   1. say plainly that the assistant has no information on that code (or does not know what it
 *      means),
 *   2. say what happens next: an engineer or repair visit, a person, or the brand's hotline, and
 *   3. never give another code's diagnosis or steps: no title, cause or step of a fault case that
 *      does not hold this code for this brand, and no other code named as the explanation.
 *
 * It reads only the customer-visible text and the knowledge files; it shares no code with the
 * bot's own answering or guard, so a change to the bot cannot change how it is scored. The
 * phrase lists below are the judge's own (what a decline and a next step look like in either
 * language); they are not, and must not become, product rules.
 */
import { normaliseCode, type FaultCase } from '../../knowledge/case-schema';
import { holdsCode } from './kb-codes';

/** Letters and digits only, lower-cased: "**1. 确认燃气阀门打开**" and "确认燃气阀门打开" compare equal. */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;
const wordCount = (text: string) => (text.normalize('NFKC').match(/[a-z0-9]+/gi) ?? []).length;

// "I have no information on this code" / "I don't know what it means", in either language.
const NOT_KNOWN: RegExp[] = [
  /(没有|暂无|没找到|找不到|查不到|未找到|未收录|没有收录|不在)[^。！？，,；;\n]{0,14}(资料|记录|信息|说明|解释|含义|数据|知识库|资料库)/,
  /(不确定|不清楚|不知道|无法确认|无法判断|不能确定|没法确定|说不准|不了解)[^。！？，,；;\n]{0,16}(含义|意思|什么故障|什么问题|代表什么|指什么|是什么)/,
  /(知识库|资料库|资料|记录)(里|中)?(没有|未收录|查不到|找不到)/,
  /\b(don't|do not|doesn't|does not|didn't)\s+have\s+(any\s+)?(information|info|details|data|a record|an entry|documentation|notes|that code|this code)/i,
  /\bno\s+(information|info|details|record|entry|documentation|data)\b/i,
  /\b(can't|cannot|couldn't|could not|unable to)\s+(find|confirm|identify|tell|say|look up)\b[^.!?\n]{0,50}\b(code|error|means?|meaning)\b/i,
  /\b(not sure|don't know|do not know|unsure)\b[^.!?\n]{0,40}\b(means?|meaning|indicates?|stands for)\b/i,
  /\bnot\s+(in|listed in|covered by|part of)\s+(my|our|the)\s+(knowledge base|records|database|documentation|notes|code list)\b/i,
  /\b(isn't|is not)\s+(a code|one)\s+(I|we)\s+(have|know|recogni[sz]e)\b/i,
];

// The reply talks about a code at all (the code itself is checked separately).
const CODE_WORD = /(代码|故障码|错误码|报错|显示|\bcode\b|\berror\b)/i;

// What happens next: an engineer or repair visit, a service centre or mail-in repair (as the English
// side already counted), a person, the brand's hotline.
const NEXT_STEP: RegExp[] = [
  // "报修" only as an action on this case ("为您报修", "请报修", "报修单"), not in a list of what the
  // assistant can do in general ("可以帮您排查故障、查询保修和报修"), which says nothing about next.
  /(工程师|师傅|技术人员|维修人员|上门|(帮您|为您|给您|替您|请|建议|需要|可以|马上|立即|已)(登记|提交|安排)?报修|报修(单|工单|电话|热线)|安排(维修|检修|上门|人员)|人工客服|转人工|人工|转接|客服(同事|人员)|同事|售后(热线|电话|服务电话)|服务热线|客服热线|热线|400[-\s]?\d|服务中心|维修中心|售后网点|送修|寄修)/,
  /\b(engineer|technician|repair (visit|booking|request|ticket)|service (visit|call|cent(re|er)|request|engineer)|book (a|an) (repair|visit|engineer|technician)|(arrange|schedule|send) (a|an|someone|somebody)|human|a person|colleague|(support|live|human) agent|(support|service|customer care|customer service) (line|hotline|number|team)|hotline|call (the )?(manufacturer|service|support|brand))\b/i,
];

const says = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

/** A piece of a fault case that, found in a reply, means that case's diagnosis or steps were given. */
interface Fragment {
  caseId: string;
  title: string;
  text: string;
  key: string;
}

const CLAUSE = /[，,；;。.!！?？、:：]/;

function fragmentsOf(fault: FaultCase): Fragment[] {
  const out = new Map<string, Fragment>();
  const add = (text: string, whole: boolean, title = false) => {
    const t = text.trim();
    // Whole titles, causes and steps count from a short phrase ("点火不良" is a diagnosis); pieces
    // of them only when long enough to be specific. A step that is "book a repair" is what a good
    // decline says too, so text naming a next step never counts as another case's steps.
    const long = whole ? hanCount(t) >= 4 || wordCount(t) >= 3 : hanCount(t) >= 8 || wordCount(t) >= 5;
    if (!long || (!title && says(NEXT_STEP, t))) return;
    const key = compact(t);
    if (key && !out.has(key)) out.set(key, { caseId: fault.id, title: fault.title.en, text: t, key });
  };
  for (const lang of ['zh', 'en'] as const) {
    const title = fault.title[lang];
    add(title, true, true);
    const afterColon = title.split(/[:：]/).slice(1).join(':');
    if (afterColon) add(afterColon, true, true);
    for (const item of [...fault.causes[lang], ...fault.steps[lang]]) {
      add(item, true);
      for (const piece of item.split(CLAUSE)) add(piece, false);
    }
  }
  return [...out.values()];
}

export interface CodeVerdict {
  passed: boolean;
  saysUnknown: boolean;
  saysNextStep: boolean;
  /** Another case's diagnosis or steps, or another code named as the explanation. */
  wrongDiagnosis: boolean;
  otherCases: { id: string; title: string; matched: string }[];
  otherCodes: string[];
  /** What went wrong, in words a reader of the report understands. */
  problems: string[];
}

export interface JudgeInput {
  brand: string;
  code: string;
  /** What the customer wrote: an echo of their own words is not a diagnosis. */
  customer: readonly string[];
  /** Everything the assistant said in the conversation. */
  replies: readonly string[];
}

export class UnknownCodeJudge {
  private readonly fragments: { fault: FaultCase; fragments: Fragment[] }[];
  /** Every code the knowledge base explains, normalised, with the spellings it uses. */
  private readonly vocabulary = new Map<string, Set<string>>();

  constructor(private readonly faults: readonly FaultCase[]) {
    this.fragments = faults.map((fault) => ({ fault, fragments: fragmentsOf(fault) }));
    for (const fault of faults) {
      for (const code of fault.errorCodes) {
        const key = normaliseCode(code);
        if (!this.vocabulary.has(key)) this.vocabulary.set(key, new Set());
        this.vocabulary.get(key)!.add(code);
      }
    }
  }

  judge(input: JudgeInput): CodeVerdict {
    const text = input.replies.join('\n');
    const flat = compact(text);
    const customerFlat = compact(input.customer.join('\n'));
    const code = normaliseCode(input.code);

    const saysUnknown = says(NOT_KNOWN, text) && (flat.includes(compact(input.code)) || CODE_WORD.test(text));
    const saysNextStep = says(NEXT_STEP, text);

    const otherCases: CodeVerdict['otherCases'] = [];
    for (const { fault, fragments } of this.fragments) {
      if (holdsCode(fault, input.brand, input.code)) continue;
      const hits = fragments.filter((f) => flat.includes(f.key) && !customerFlat.includes(f.key));
      // The longest match says best what was given (a whole title rather than a shared phrase).
      const best = hits.sort((a, b) => b.key.length - a.key.length)[0];
      if (best) otherCases.push({ id: fault.id, title: fault.title.en, matched: best.text });
    }
    otherCases.sort((a, b) => compact(b.matched).length - compact(a.matched).length);
    const otherCodes = this.namedCodes(text, code, input.customer.join('\n'));

    const wrongDiagnosis = otherCases.length > 0 || otherCodes.length > 0;
    const problems: string[] = [];
    if (!saysUnknown) problems.push(`did not say it has no information on ${input.brand} ${input.code} / 没有说明查不到该故障码的资料`);
    if (!saysNextStep) problems.push('did not say what happens next (engineer visit, a person, the brand hotline) / 没有说明下一步（上门检修、转人工或厂家热线）');
    for (const c of otherCases.slice(0, 3)) problems.push(`gave another case's diagnosis or steps: "${c.title}" (${c.id}), matched "${c.matched}" / 给出了其他故障的诊断或步骤`);
    if (otherCases.length > 3) problems.push(`... and ${otherCases.length - 3} more cases`);
    if (otherCodes.length) problems.push(`named a different code as the explanation: ${otherCodes.join(', ')} / 用其他故障码来解释`);
    return { passed: saysUnknown && saysNextStep && !wrongDiagnosis, saysUnknown, saysNextStep, wrongDiagnosis, otherCases, otherCodes, problems };
  }

  /** Codes of the knowledge base, other than the one asked about, that the reply names. */
  private namedCodes(text: string, asked: string, customer: string): string[] {
    const said = new Set((customer.normalize('NFKC').match(/[A-Za-z0-9]+/g) ?? []).map(normaliseCode));
    const found = new Map<string, string>();
    const nfkc = text.normalize('NFKC');
    for (const m of nfkc.matchAll(/[A-Za-z0-9]+/g)) {
      const token = m[0];
      const key = normaliseCode(token);
      if (key === asked || said.has(key) || !this.vocabulary.has(key)) continue;
      // A bare number is a code only where the text calls it one ("显示11", "code 12"), not "12 months".
      if (/^\d+$/.test(token) && !/(代码|故障码|错误码|显示|报|code|error|err)\s*[:：#]?\s*$/i.test(nfkc.slice(Math.max(0, m.index - 8), m.index))) continue;
      // A bare word is a code only in a spelling the knowledge base uses ("OE", "dE"), not "de" or "Le".
      if (/^[A-Za-z]+$/.test(token) && !this.vocabulary.get(key)!.has(token)) continue;
      found.set(key, key);
    }
    return [...found.values()];
  }
}
