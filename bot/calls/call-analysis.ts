/**
 * What a finished call says, read with the same offline rules as a chat turn (bot/understanding):
 * who the customer is (the number that called, or the one they read out), what they want, how
 * their mood moved turn by turn and where it was lowest, how urgent it is (safety words are P1
 * whatever else was said), which error codes and models came up, and how the agent did.
 * Pure: the same transcript and options always give the same analysis.
 */
import type { TicketType } from '../../tickets/ticket';
import { categoryName } from '../engine/wording';
import { findPhoneNumbers, parseMobile } from '../text/phone-numbers';
import { normalizeSpokenText } from '../text/spoken-text';
import { extractErrorCode, extractModel } from '../understanding/slots';
import { detectLanguage, HAZARD_LABELS, understand, type Intent, type SafetyHazard, type Slots, type Understanding, type UrgencyReason } from '../understanding';
import type { Priority } from '../../tickets/ticket';
import type { CallTranscript, CallTurn } from './call-transcript';
import { checkAgentQuality, type QualityReport } from './quality-check';

export interface SentimentPoint {
  /** Index of the turn in the transcript. */
  turn: number;
  line: number;
  startMs?: number;
  /** -1 (furious) .. 1 (delighted). */
  score: number;
  /** 0 (calm) .. 1 (furious). */
  anger: number;
}

export interface CallUrgency {
  priority: Priority;
  safety: boolean;
  hazards: SafetyHazard[];
  reasons: (UrgencyReason & { line?: number })[];
  /** The customer turn that made the call this urgent (absent when it took the whole call). */
  line?: number;
}

export interface CallAnalysis {
  language: 'zh' | 'en';
  /** Mainland mobile that identifies the customer: the caller id, else the number they read out. */
  customerPhone?: string;
  phoneSource?: 'caller_id' | 'spoken';
  /** Where the engineer should call back: the number read out, else the caller id. */
  contactPhone?: string;
  intent: Intent;
  ticketType: TicketType;
  /** The customer's problem in their own words (the turn that says it most clearly). */
  symptom: string;
  symptomLine: number;
  summary: string;
  slots: Pick<Slots, 'category' | 'brand' | 'model' | 'serial' | 'errorCode' | 'address'>;
  errorCodes: string[];
  models: string[];
  sentimentCurve: SentimentPoint[];
  lowest?: SentimentPoint;
  /** Sentiment of the customer's side as a whole. */
  sentiment: number;
  urgency: CallUrgency;
  quality: QualityReport;
  turns: { customer: number; agent: number };
  durationMs?: number;
}

export interface AnalyzeOptions {
  /** The call's local date (YYYY-MM-DD) for seasons and relative dates. */
  today?: string;
  /** Open tickets this customer filed recently: calling again about them is more urgent. */
  priorContacts?: number;
  forbiddenPhrases?: string[];
}

const TIERS: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const PROBLEM: Intent[] = ['fault_report', 'repair_request', 'complaint'];
/** Intents that say how the call went, not what it was about. */
const NOT_CONTENT: Intent[] = ['thanks_bye', 'human_request', 'out_of_scope'];
const CLAUSES = /[。！？!?；;，,\n]+/;

/** The caller id as a bare mainland mobile, if it is one (landlines and withheld numbers are not). */
export function mobileOf(number: string | undefined): string | undefined {
  return number ? parseMobile(number) : undefined;
}

export function ticketTypeFor(intent: Intent): TicketType {
  if (intent === 'complaint') return 'complaint';
  if (intent === 'fault_report' || intent === 'repair_request') return 'repair_request';
  return 'consultation';
}

function mentions(turns: CallTurn[], extract: (text: string) => string | undefined): string[] {
  const found = new Set<string>();
  for (const turn of turns)
    for (const clause of turn.text.split(CLAUSES)) {
      const value = clause.trim() && extract(clause);
      if (value) found.add(value);
    }
  return [...found];
}

function spokenPhone(turns: CallTurn[]): string | undefined {
  const found = turns.flatMap((t) => findPhoneNumbers(t.text));
  return (found.find((p) => p.kind === 'mobile') ?? found[0])?.canonical;
}

function problemScore(u: Understanding): number {
  return PROBLEM.reduce((sum, intent) => sum + (u.intentScores[intent] ?? 0), 0) + (u.slots.errorCode ? 1 : 0) + (u.urgency.safety ? 2 : 0);
}

function spokenTurns(call: CallTranscript): CallTurn[] {
  return call.turns.map((t) => ({ ...t, text: normalizeSpokenText(t.text) })).filter((t) => t.text);
}

export interface CallerIdentity {
  customerPhone?: string;
  phoneSource?: 'caller_id' | 'spoken';
  contactPhone?: string;
}

/**
 * Who called: the caller id when it is a mobile, else a mobile the customer read out (or the
 * agent read back). The number read out is also where the engineer should call.
 */
export function callerIdentity(call: CallTranscript, turns: CallTurn[] = spokenTurns(call)): CallerIdentity {
  const callerMobile = mobileOf(call.callerNumber);
  const spoken = spokenPhone(turns.filter((t) => t.speaker === 'customer')) ?? spokenPhone(turns.filter((t) => t.speaker === 'agent'));
  const spokenMobile = mobileOf(spoken);
  return {
    customerPhone: callerMobile ?? spokenMobile,
    phoneSource: callerMobile ? 'caller_id' : spokenMobile ? 'spoken' : undefined,
    contactPhone: spoken ?? callerMobile ?? (call.callerNumber?.replace(/[^\d\-]/g, '') || undefined),
  };
}

export function analyzeCall(call: CallTranscript, options: AnalyzeOptions = {}): CallAnalysis {
  const turns = spokenTurns(call);
  const customer = turns.filter((t) => t.speaker === 'customer');
  const agent = turns.filter((t) => t.speaker === 'agent');
  const context = { today: options.today, priorContacts: options.priorContacts ?? 0 };
  const whole = understand(customer.map((t) => t.text).join(' '), context);
  const perTurn = customer.map((turn) => ({ turn, u: understand(turn.text, context) }));

  const sentimentCurve: SentimentPoint[] = perTurn.map(({ turn, u }) => ({
    turn: turns.indexOf(turn),
    line: turn.line,
    startMs: turn.startMs,
    score: u.sentiment.score,
    anger: u.sentiment.anger,
  }));
  const lowest = sentimentCurve.reduce<SentimentPoint | undefined>((low, p) => (!low || p.score < low.score ? p : low), undefined);

  // The call is as urgent as its most urgent moment, or as the customer's side taken together.
  let urgency: CallUrgency = { priority: whole.urgency.priority, safety: whole.urgency.safety, hazards: whole.urgency.hazards, reasons: whole.urgency.reasons };
  for (const { turn, u } of perTurn) {
    // One turn's intent alone is a weak signal ("还在保修期内吧" reads as a fault); only a real cue in it raises the call.
    if (!u.urgency.reasons.some((r) => r.code !== 'baseline')) continue;
    const more = TIERS.indexOf(u.urgency.priority) < TIERS.indexOf(urgency.priority) || (u.urgency.safety && urgency.line === undefined);
    if (more) urgency = { priority: u.urgency.priority, safety: u.urgency.safety, hazards: u.urgency.hazards, reasons: u.urgency.reasons.map((r) => ({ ...r, line: turn.line })), line: turn.line };
  }
  if (urgency.safety) urgency.hazards = [...new Set([...urgency.hazards, ...whole.urgency.hazards])];

  const problem = perTurn.reduce<(typeof perTurn)[number] | undefined>((best, p) => (!best || problemScore(p.u) > problemScore(best.u) ? p : best), undefined)!;
  const symptomTurn = problemScore(problem.u) > 0 ? problem.turn : (customer.find((t) => t.text.length > 6) ?? customer[0]!);

  // Callers end with "好的，谢谢": the call is about its problem, not its goodbye.
  const content = (i: Intent) => !NOT_CONTENT.includes(i);
  let intent = content(whole.intent) ? whole.intent : problemScore(problem.u) > 0 && content(problem.u.intent) ? problem.u.intent : whole.intent;
  if (urgency.safety && !PROBLEM.includes(intent)) intent = 'fault_report';

  // The customer's words first; the agent's read-back fills gaps the recogniser left.
  const agentSlots = understand(agent.map((t) => t.text).join(' '), context).slots;
  const slots: CallAnalysis['slots'] = {};
  for (const key of ['category', 'brand', 'model', 'serial', 'errorCode', 'address'] as const) {
    const value = whole.slots[key] ?? agentSlots[key];
    if (value) slots[key] = value;
  }

  const identity = callerIdentity(call, turns);
  const language = detectLanguage(customer.map((t) => t.text).join(' ')).replyLanguage;
  const quality = checkAgentQuality(turns, { forbiddenPhrases: options.forbiddenPhrases });
  const errorCodes = mentions(turns, extractErrorCode);
  const models = mentions(turns, extractModel);
  const first = turns[0];
  const last = turns.at(-1);
  const analysis: Omit<CallAnalysis, 'summary'> = {
    language,
    ...identity,
    intent,
    ticketType: ticketTypeFor(intent),
    symptom: symptomTurn.text.slice(0, 300),
    symptomLine: symptomTurn.line,
    slots,
    errorCodes,
    models,
    sentimentCurve,
    lowest,
    sentiment: whole.sentiment.score,
    urgency,
    quality,
    turns: { customer: customer.length, agent: agent.length },
    durationMs: first?.startMs !== undefined && last?.endMs !== undefined ? last.endMs - first.startMs : undefined,
  };
  return { ...analysis, summary: summarise(analysis, call.turns) };
}

function summarise(a: Omit<CallAnalysis, 'summary'>, turns: CallTurn[]): string {
  const zh = a.language === 'zh';
  const product = [a.slots.brand, categoryName(a.slots.category, a.language)].filter(Boolean).join(zh ? '' : ' ') + (a.slots.model ? (zh ? `（${a.slots.model}）` : ` (${a.slots.model})`) : '');
  const codes = a.errorCodes.length ? (zh ? `，显示${a.errorCodes.join('/')}` : `, showing ${a.errorCodes.join('/')}`) : '';
  const symptom = a.symptom.length > 60 ? `${a.symptom.slice(0, 59)}…` : a.symptom;
  const step = a.quality.checks.find((c) => c.id === 'next_step' && c.passed);
  const stepText = step ? turns.find((t) => t.line === step.line)?.text : undefined;
  const parts = zh
    ? [
        `客户来电（${a.ticketType === 'complaint' ? '投诉' : a.ticketType === 'repair_request' ? '报修' : '咨询'}）：${product}${codes}。客户原话：“${symptom}”`,
        a.urgency.safety ? `⚠ 安全隐患（${a.urgency.hazards.map((h) => HAZARD_LABELS[h].zh).join('、')}），${a.urgency.priority}` : `紧急程度 ${a.urgency.priority}`,
        a.lowest && a.lowest.score <= -0.3 ? `情绪最低点在第${a.lowest.line}行（${a.lowest.score}）` : '',
        stepText ? `客服答复：“${stepText.slice(0, 60)}”` : '客服未给出下一步',
      ]
    : [
        `Customer called (${a.ticketType.replace('_', ' ')}) about ${product}${codes}: "${symptom}"`,
        a.urgency.safety ? `SAFETY hazard (${a.urgency.hazards.join(', ')}), ${a.urgency.priority}` : `urgency ${a.urgency.priority}`,
        a.lowest && a.lowest.score <= -0.3 ? `lowest mood at line ${a.lowest.line} (${a.lowest.score})` : '',
        stepText ? `agent's next step: "${stepText.slice(0, 60)}"` : 'the agent gave no next step',
      ];
  return (
    parts
      .filter(Boolean)
      .join(zh ? '；' : '; ')
      .slice(0, 480) + (zh ? '。' : '.')
  );
}
