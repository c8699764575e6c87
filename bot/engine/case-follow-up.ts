/**
 * A question about the case the bot just gave ("热电偶怎么清洁？" after a step that says to clean it,
 * "what do you mean by step 2?"): answered from that case's own lines, the step that names what
 * was asked, and honestly sent to an engineer for anything the case does not say. It is not a new
 * topic, and never "off-topic".
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { screenKnowledgeLines } from './knowledge-screen';
import { lineAnswers, lineSayingConcept, lineSayingWhere } from './step-question-concepts';

/** Words of asking and doing that say nothing about what is asked about. */
const ASKING_ZH =
  /怎么样|怎么|怎样|如何|咋|什么意思|什么|是啥|啥|哪里|哪儿|在哪|地方|位置|具体|是不是|能不能|可以|要不要|需要|应该|清洁|清理|清洗|擦|弄|做|处理|检查|找|看|一下|这个|那个|这步|那步|步骤|第?[一二三四五六七八九十\d]+步|我|你|们|的|吗|呢|吧|啊|呀|得|了|去|下|是|在|把|用|给|[？?，,。.！!\s]/g;
const ASKING_EN = new Set(
  'how what where which why when who do does did i you we it its the a an to of on in at by for with is are was be can could should would will me my your this that these those step steps mean meant means clean cleaning check checking find do done doing get use about say said exactly please there one again also then and or'.split(
    ' ',
  ),
);

const STEP_NUMBER = /第\s*([一二三四五六七八九十\d]+)\s*步|\bstep\s*(\d+)\b/i;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** What the question is about, once the asking words are gone: "热电偶", ["thermocouple"]. */
function topicWords(question: string, lang: Lang): string[] {
  if (/[\u4e00-\u9fff]/.test(question)) {
    return question
      .replace(ASKING_ZH, ' ')
      .split(/\s+/)
      .filter((w) => w.length >= 2);
  }
  void lang;
  return question
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 3 && !ASKING_EN.has(w));
}

/** The line of the case the question is about: the numbered step, or the one naming every topic word. */
export function caseLineFor(question: string, hit: Pick<KnowledgeHit, 'steps' | 'safety'>, lang: Lang): { line: string; step?: number } | undefined {
  const steps = screenKnowledgeLines(hit.steps);
  const numbered = STEP_NUMBER.exec(question);
  if (numbered) {
    const n = numbered[2] ? Number(numbered[2]) : (CHINESE_DIGITS[numbered[1]!] ?? Number(numbered[1]));
    if (steps[n - 1]) return { line: steps[n - 1]!, step: n };
  }
  const topic = topicWords(question, lang);
  const lines = [...steps.map((line, i) => ({ line, step: i + 1 })), ...screenKnowledgeLines(hit.safety).map((line) => ({ line, step: undefined }))];
  // "要拿盆接水吗" when the step says "接个盆": the thing asked about, said in the step's own words.
  const concept = () => lineSayingConcept(question, lines) ?? lineSayingWhere(question, topic, lines);
  if (!topic.length) return concept();
  const all = lines.find(({ line }) => topic.every((w) => line.toLowerCase().includes(w)));
  if (all) return all;
  if (topic.length < 2) return concept();
  // "what do you mean by the drain filter?" when the step says "the debris filter": the thing named last
  // is the thing asked about; taken when exactly one line names it.
  const head = topic[topic.length - 1]!;
  const naming = lines.filter(({ line }) => line.toLowerCase().includes(head));
  return naming.length === 1 ? naming[0] : concept();
}

/** Two-character pieces of Chinese text: enough to see that "运输螺栓" is shared without a segmenter. */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const han = text.replace(/[^\u4e00-\u9fff]/g, ' ');
  for (const chunk of han.split(/\s+/)) for (let i = 0; i + 1 < chunk.length; i++) out.add(chunk.slice(i, i + 2));
  return out;
}

/**
 * The step of a case that speaks to a how-to question when the question was not about that case
 * ("运输螺栓要拆吗" and a step "确认运输螺栓已全部拆除"): looser than a follow-up, since the
 * customer's words differ from the case's, but it still needs the topic shared, not just the product.
 */
export function stepSpeakingTo(question: string, steps: string[], productWords: RegExp): string | undefined {
  if (/[\u4e00-\u9fff]/.test(question)) {
    const asked = bigrams(question.replace(productWords, ' ').replace(ASKING_ZH, ' '));
    if (asked.size < 2) return undefined;
    return steps.find((line) => {
      const shared = [...bigrams(line)].filter((b) => asked.has(b)).length;
      return shared >= 2 && shared / asked.size >= 0.3;
    });
  }
  const asked = topicWords(question.replace(productWords, ' '), 'en').map((w) => w.slice(0, 5));
  if (asked.length < 2) return undefined;
  return steps.find((line) => {
    const words = line
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .map((w) => w.slice(0, 5));
    const shared = asked.filter((w) => words.includes(w)).length;
    return shared >= 2 && shared / asked.length >= 0.5;
  });
}

/** The case this problem was answered from, found again by its words. */
export async function findCase(tools: ToolBox, caseId: string, query: string, category?: string): Promise<KnowledgeHit | undefined> {
  const result = await tools.call('searchKnowledge', { query: query.slice(0, 500) || caseId, category });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  return hits.find((h) => h.id === caseId);
}

/**
 * The reply to a question about a line of the case: that line again, and what the bot cannot add.
 * When the line itself says what was asked (where the flap is, what to catch the water in), it is
 * the answer and said as such: "no more detail than that" would deflect a question just answered.
 */
export function caseLineReply(found: { line: string; step?: number }, lang: Lang, question = ''): string {
  const answered = lineAnswers(question, found.line);
  if (lang === 'zh') {
    const where = found.step ? `刚才第${found.step}步说的是：` : '刚才的提示是：';
    const line = found.line.replace(/[。；]$/, '');
    if (answered) return `${found.step ? `这在刚才第${found.step}步里：` : '刚才的提示里有：'}${line}。需要拆开外壳的部分请交给工程师；做完还不行的话，我可以帮您安排检修。`;
    return `${where}${line}。更细的操作方法我这里没有资料，不想给您说错；只做不用拆机的部分，需要拆开外壳的交给工程师。试过还不行的话，我可以帮您安排检修。`;
  }
  const line = found.line.replace(/[.;]$/, '');
  if (answered)
    return `${found.step ? `That is in step ${found.step} above: ` : 'The advice above covers it: '}${line}. Anything that needs the casing opened is for an engineer; if it still doesn't work afterwards, I can arrange a repair.`;
  const where = found.step ? `Step ${found.step} above says: ` : 'The advice above says: ';
  return `${where}${line}. I have no more detailed instructions than that and won't guess; do only what needs no cover removed, and leave anything inside the casing to an engineer. If it still doesn't work, I can arrange a repair.`;
}
