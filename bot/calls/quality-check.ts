/**
 * Quality check of the human agent's side of a call (语音质检), as service standards ask: greet and
 * identify yourself, restate the problem, give a ticket number or a next step with a time, never
 * use a forbidden phrase, close politely. Each check says whether it passed and points at the line
 * that passed it, or at the line where it failed (where the words were missing or wrong), so a
 * supervisor can go straight to that moment of the call.
 */
import type { CallTurn } from './call-transcript';

export const QUALITY_CHECKS = ['greeting', 'restated', 'next_step', 'no_forbidden', 'closing'] as const;
export type QualityCheckId = (typeof QUALITY_CHECKS)[number];

export interface QualityCheck {
  id: QualityCheckId;
  passed: boolean;
  /** The line that passed the check, or where it failed. */
  line?: number;
  /** The words that passed or failed it. */
  evidence?: string;
  /** One line for the supervisor, in English and Chinese. */
  reason: string;
}

export interface QualityReport {
  /** False when the agent never spoke (an abandoned or IVR-only call): nothing to judge. */
  applicable: boolean;
  checks: QualityCheck[];
  failed: QualityCheckId[];
}

/** Phrases an agent must never say. Replaced as a whole by VOICE_FORBIDDEN_PHRASES. */
export const DEFAULT_FORBIDDEN_PHRASES = [
  '不知道',
  '不归我管',
  '不是我负责',
  '不关我的事',
  '你自己看着办',
  '没办法',
  '爱找谁找谁',
  '你听不懂吗',
  '这是你自己的问题',
  "that's not my problem",
  'not my job',
  'calm down',
  "there's nothing I can do",
  'deal with it',
  "I don't know",
];

const GREETING = /您好|你好|早上好|上午好|下午好|晚上好|欢迎致电|感谢(?:您)?致电|\b(?:hello|hi|good (?:morning|afternoon|evening))\b|\bthank(?:s| you) for calling\b/i;
// A name or a staff number. Case-sensitive for English: a name is capitalised ("this is Emma").
const IDENTIFIED_ZH =
  /工号\s*[A-Za-z]?\d+|\d{2,6}\s*号(?:客服|话务员|为您服务)|我是[\u4e00-\u9fff]{0,10}?(?:客服|专员|顾问|工程师|坐席)[\u4e00-\u9fff]{0,3}|我(?:是|叫)(?:小)?[\u4e00-\u9fff]{1,3}(?=[，,。！!]|$)/;
const IDENTIFIED_EN = /\b[Tt]his is [A-Z][a-z]+|\b[Mm]y name is [A-Z][a-z]+|\b[A-Z][a-z]+ speaking\b|\b(?:agent|staff|employee) (?:number|no\.?|id)\s*\d+/;
// A restatement names the problem back; a question tag (对吗/对吧, "…, correct?") after a long clause counts too.
const RESTATED =
  /跟您确认一下|和您确认一下|给您确认一下|确认一下|核实一下|核对一下|您是说|您的意思是|您是想(?:问|咨询|了解)|也就是说|我复述一下|您反映的是|您说的是|[^。！？!?]{8,}(?:对吗|对吧)|\bso\b[^.!?]{5,80}\b(?:correct|right)\s*\?|\bso you'?re saying\b|\bjust to confirm\b|\blet me confirm\b|\bto confirm\b|\bif I understand(?: you)? correctly\b|\byou'?re saying\b|\blet me (?:repeat|read that back|make sure)\b|\bso the (?:problem|issue) is\b/i;
const TICKET_GIVEN = /工单号|工单编号|服务单号|报修单号|单号是|AS-\d{8}-(?:[0-9A-Z]{4}-[0-9A-Z]{4}|\d{4})|\b(?:ticket|reference|case|job) (?:number|no\.?|#)/i;
// A promise about what happens next ("师傅会在…前联系您"), not a report of what did not ("还没有师傅联系您").
const NEXT_STEP_ZH = /(?:师傅|工程师|技术员|维修人员|我们|同事|专员|客服|售后|我)[^。！？!?]{0,16}?(?:会|将|安排)[^。！？!?]{0,24}?(?:联系|上门|回电|致电|回访|回复|处理|打电话|到)/;
const TIME_ZH =
  /今天|明天|后天|今晚|\d+\s*(?:个)?(?:小时|分钟|天|工作日|个工作日)|[一二三四五六七八九十两半]+\s*(?:个)?(?:小时|天|工作日|个工作日)|\d{1,2}\s*[点:：]|[上下]午|晚上|中午|周[一二三四五六日天]|星期[一二三四五六日天]|\d+月\d+[日号]/;
const NEXT_STEP_EN = /\b(?:we'?ll|we will|I'?ll|I will|technician|engineer|someone|our team|a colleague)\b[^.!?]{0,40}?\b(?:call|visit|contact|come|reach|get back|send|be there|phone)/i;
const TIME_EN =
  /\b(?:today|tonight|tomorrow|within (?:\w+|\d+) (?:hours?|days?|business days?)|in (?:\w+|\d+) (?:hours?|days?)|by (?:\d|noon|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:afternoon|evening|morning))\b/i;
const CLOSING =
  /请问还有(?:其他|别的|什么)|还有(?:其他|别的|什么)(?:问题|需要|可以帮)|感谢(?:您的)?来电|感谢您的耐心|祝您(?:生活愉快|愉快|一切顺利)|再见|\bis there anything else\b|\banything else I can (?:help|do)\b|\bthank(?:s| you) for calling\b|\bhave a (?:nice|good|great) (?:day|evening|afternoon|weekend)\b|\bgoodbye\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: Latin words whole and in any case; Chinese as written. */
function phrasePattern(phrase: string): RegExp {
  const body = escape(phrase.trim()).replace(/'/g, "['’]?").replace(/\s+/g, '\\s+');
  return /^[A-Za-z]/.test(phrase) ? new RegExp(`(?<![A-Za-z])${body}(?![A-Za-z])`, 'i') : new RegExp(body);
}

function find(turns: CallTurn[], pattern: RegExp): { turn: CallTurn; match: string } | undefined {
  for (const turn of turns) {
    const m = pattern.exec(turn.text);
    if (m) return { turn, match: m[0] };
  }
  return undefined;
}

const pass = (id: QualityCheckId, turn: CallTurn, evidence: string, reason: string): QualityCheck => ({ id, passed: true, line: turn.line, evidence, reason });
const fail = (id: QualityCheckId, turn: CallTurn | undefined, reason: string, evidence?: string): QualityCheck => ({
  id,
  passed: false,
  line: turn?.line,
  evidence: evidence ?? turn?.text.slice(0, 80),
  reason,
});

export function checkAgentQuality(turns: CallTurn[], options: { forbiddenPhrases?: string[] } = {}): QualityReport {
  const agent = turns.filter((t) => t.speaker === 'agent');
  if (!agent.length) return { applicable: false, checks: [], failed: [] };
  const opening = agent.slice(0, 2);
  const closingTurns = agent.slice(-2);
  const firstCustomer = turns.findIndex((t) => t.speaker === 'customer');
  const afterCustomer = turns.slice(firstCustomer + 1).filter((t) => t.speaker === 'agent');
  const checks: QualityCheck[] = [];

  const greeted = find(opening, GREETING);
  const identified = find(opening, IDENTIFIED_ZH) ?? find(opening, IDENTIFIED_EN);
  if (greeted && identified) checks.push(pass('greeting', identified.turn, `${greeted.match} … ${identified.match}`, 'greeted and gave a name or staff number / 问候并报工号'));
  else
    checks.push(
      fail(
        'greeting',
        agent[0],
        !greeted && !identified
          ? 'no greeting and no name or staff number at the start / 开场未问候、未报工号'
          : !greeted
            ? 'no greeting at the start / 开场未问候'
            : 'did not give a name or staff number / 未自报工号或姓名',
      ),
    );

  const restated = find(afterCustomer, RESTATED);
  checks.push(
    restated
      ? pass('restated', restated.turn, restated.match, 'restated the problem to the customer / 复述确认了问题')
      : fail('restated', afterCustomer[0] ?? agent[0], 'never restated the problem back to the customer / 未复述确认客户问题'),
  );

  const ticket = find(agent, TICKET_GIVEN);
  const stepZh = agent.find((t) => NEXT_STEP_ZH.test(t.text) && TIME_ZH.test(t.text));
  const stepEn = agent.find((t) => NEXT_STEP_EN.test(t.text) && TIME_EN.test(t.text));
  const step = [stepZh, stepEn].filter((t): t is CallTurn => !!t).sort((a, b) => a.line - b.line)[0];
  if (ticket) checks.push(pass('next_step', ticket.turn, ticket.match, 'gave the customer a ticket number / 告知了工单号'));
  else if (step) checks.push(pass('next_step', step, step.text.slice(0, 80), 'gave a next step with a time / 告知了下一步及时间'));
  else checks.push(fail('next_step', agent.at(-1), 'gave neither a ticket number nor a next step with a time / 未告知工单号或带时间的下一步'));

  const phrases = (options.forbiddenPhrases ?? DEFAULT_FORBIDDEN_PHRASES).filter((p) => p.trim());
  const hits: { turn: CallTurn; phrase: string }[] = [];
  for (const turn of agent) {
    for (const phrase of phrases) {
      const m = phrasePattern(phrase).exec(turn.text);
      // "您不知道型号也没关系" speaks about the customer, not the agent's own refusal.
      if (m && /^[不没]/.test(phrase) && /[您你]$/.test(turn.text.slice(0, m.index))) continue;
      if (m) hits.push({ turn, phrase: m[0] });
    }
  }
  const firstHit = hits.sort((a, b) => a.turn.line - b.turn.line)[0];
  checks.push(
    firstHit
      ? fail('no_forbidden', firstHit.turn, `used a forbidden phrase: ${[...new Set(hits.map((h) => `"${h.phrase}"`))].join(', ')} / 使用了禁用语`, firstHit.phrase)
      : { id: 'no_forbidden', passed: true, reason: 'no forbidden phrase / 未使用禁用语' },
  );

  const closed = find([...closingTurns].reverse(), CLOSING);
  checks.push(
    closed
      ? pass('closing', closed.turn, closed.match, 'closed the call politely / 礼貌结束通话')
      : fail('closing', agent.at(-1), 'no polite closing (anything else? thanks for calling) / 未规范结束语'),
  );

  return { applicable: true, checks, failed: checks.filter((c) => !c.passed).map((c) => c.id) };
}
