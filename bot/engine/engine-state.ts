/**
 * The conversation as the engine keeps it between turns (inside `ConversationState.policy`): a
 * stack of flows, the facts each problem has, the contact facts of the conversation, how often
 * each question was asked, and the last reply (never repeated word for word).
 */
import { z } from 'zod';
import { CONTACT_SLOTS, FLOW_NAMES, PROBLEM_SLOTS, type ContactSlot, type ProblemSlot } from './commands';
import { VISIT_CONDITIONS } from '../understanding/visit-condition';
import { OFFERS } from './offer-memory';

const problemFacts = z.partialRecord(z.enum(PROBLEM_SLOTS), z.string());
const contactFacts = z.partialRecord(z.enum(CONTACT_SLOTS), z.string());

export const STAGES = ['collect', 'confirm', 'feedback', 'offer'] as const;
export type Stage = (typeof STAGES)[number];

export const frameSchema = z.object({
  flow: z.enum(FLOW_NAMES),
  /**
   * collect: asking for what the flow needs; confirm: restated, waiting for yes or a change;
   * feedback: self-help given, waiting for "did that help?"; offer: a visit or next step offered.
   */
  stage: z.enum(STAGES).default('collect'),
  facts: problemFacts.default({}),
  /** Slots given up on (the customer did not know, or was asked twice): the flow goes on without. */
  skipped: z.array(z.string()).default([]),
  /** The knowledge case this problem was answered from. */
  caseId: z.string().optional(),
  /** That case's title, to know when the customer denies it ("it isn't leaking"). */
  caseTitle: z.string().optional(),
  /**
   * Faults told together in one message and answered together (flows/second-fault.ts), each with
   * its steps: when one is reported fixed, the other is brought up (problem-left.ts).
   */
  problems: z.array(z.object({ said: z.string(), caseId: z.string().optional(), title: z.string().optional(), steps: z.array(z.string()).default([]) })).default([]),
  /** Told in one message with another product's problem (other-product-left.ts): when this one is booked or fixed, the other comes up next. */
  toldWith: z.boolean().optional(),
  /** The customer said this one, told with another product's problem, is not fixed either: it is booked after the other. */
  stillBroken: z.boolean().optional(),
  /** Details told after an answer (details-after-answer.ts): searched alone, and the case answered before is not given again. */
  rematch: z.object({ from: z.string(), words: z.string() }).optional(),
  /** The customer denied the problem itself, not only the case ("it isn't leaking at all"): its words find nothing else. */
  symptomDenied: z.boolean().optional(),
  /** The flow has spoken to the customer (only then does coming back to it say "回到刚才的…"). */
  opened: z.boolean().default(false),
  /** Self-help steps were given (a "no" then moves to a repair visit). */
  selfHelpGiven: z.boolean().default(false),
  /** Clarifying questions already asked about this problem when nothing matched. */
  clarified: z.number().int().default(0),
  /** A one-time code was sent for the ticket this flow looks up (the status flow then asks for it). */
  challenged: z.boolean().default(false),
  /** The number the customer gave that found no ticket of ours (another system's, or none on record): said back if they ask whether we lost it. */
  unfound: z.string().optional(),
  /** Tickets listed for the customer to choose from (found by phone), newest first: "第二个", "the TV one". */
  choices: z.array(z.object({ number: z.string(), category: z.string().optional(), brand: z.string().optional() })).default([]),
  /** What the flow offered at its 'offer' stage (a return registered, a repair booked, a visit): the customer's yes or no is read against it. */
  offer: z.enum(OFFERS).optional(),
  /** The kind of ticket a ticket-filing flow files (a return flow with 'warranty_claim' is registering the return or exchange). */
  ticketType: z.enum(['repair_request', 'warranty_claim', 'complaint', 'consultation']).optional(),
  /** What a return flow's customer last asked for, a refund or an exchange: a change of mind replaces it (return-wish.ts). */
  returnWish: z.enum(['exchange', 'return']).optional(),
  /** A return flow's customer asked to have it registered while the rules were still being worked out: not asked "shall I register?" again. */
  registerAsked: z.boolean().optional(),
  /** Conditions put on the repair while its form was still being filled ("先报价再修"): written on the ticket when it is filed. */
  conditions: z.array(z.enum(VISIT_CONDITIONS)).default([]),
  /** How a paid repair is charged was said in this booking (paid-repair-terms.ts): not said again when it is filed. */
  feeTermsSaid: z.boolean().optional(),
  /** Notes for the person (questions the bot could not answer, an earlier booking to look up), kept until the request is filed and then written on its ticket (job-question-answers.ts). */
  openQuestions: z.array(z.string()).default([]),
});
export type Frame = z.output<typeof frameSchema>;

export const engineStateSchema = z.object({
  engine: z.literal(1).default(1),
  stack: z.array(frameSchema).default([]),
  /** Problem facts said before any flow started, taken by the next flow that starts. */
  pending: problemFacts.default({}),
  contact: contactFacts.default({}),
  /** The product last talked about (category, brand, model, purchase date): the next job starts from it. */
  product: problemFacts.default({}),
  /** `${flow}:${slot}` -> times asked in this conversation. */
  asks: z.record(z.string(), z.number().int()).default({}),
  /** The slot the last reply asked for: a bare answer ("不记得了", "13800138000") is read against it. */
  awaiting: z.string().optional(),
  lastReply: z.string().optional(),
  /** The reply before the last: a reply that would say either again is changed (issue 16, bot/engine/no-repeat.ts). */
  replyBefore: z.string().optional(),
  /** The question the customer asked last in this chat: "我都问几遍了" alone asks it again (asked-again.ts). */
  lastQuestion: z.string().optional(),
  /** Repeats broken in a row: the second time, the way out (a person, cancel) comes first. */
  rephrased: z.number().int().default(0),
  /** The customer turned a visit down: none is offered or booked until they ask for one. */
  declined: z.boolean().default(false),
  /** The customer ended the danger by cutting the power, nothing burning (danger-made-safe.ts): later safety questions are answered here, not by a person. */
  madeSafe: z.boolean().default(false),
  /** Gas or electric, once the customer said which (a water heater or hob comes in both): cases and safety notes for the other kind are not given. */
  energy: z.enum(['gas', 'electric']).optional(),
  /** Knowledge cases the customer said are not their problem ("that's not it", "没漏油啊"): never offered again. */
  rejectedCases: z.array(z.string()).default([]),
  /** Parts the customer said work ("冷冻室是好的", "the display lights up"): cases that need them broken are passed over (case-premise.ts). */
  working: z.array(z.string()).default([]),
  /** A visit offer the last message left for a question: booking facts sent now still take it (offer-taken-by-facts.ts). */
  offerLeft: frameSchema.optional(),
  /** Ticket numbers filed in this conversation, newest last. */
  filed: z.array(z.string()).default([]),
  /**
   * The ticket number the customer gave that found no ticket of ours (filed by phone or elsewhere):
   * a later request about that ticket (move or cancel the visit) goes to a person with it, instead
   * of asking for the number again.
   */
  unfound: z.string().optional(),
  /** The customer chased a case filed before that this chat holds no ticket of ("third time I'm contacting you"): a person asked for takes that case up. */
  chasedEarlier: z.boolean().optional(),
});
export type EngineState = z.output<typeof engineStateSchema>;

/** Reads the state a brain left; anything unreadable (an older brain's policy) starts afresh. */
export function readEngineState(policy: unknown): EngineState {
  const parsed = engineStateSchema.safeParse(policy ?? {});
  return parsed.success ? parsed.data : engineStateSchema.parse({});
}

export const top = (state: EngineState): Frame | undefined => state.stack.at(-1);

export type Facts = Partial<Record<ProblemSlot, string>> & Partial<Record<ContactSlot, string>>;

/** Everything known for the frame on top: its problem facts and the conversation's contact facts. */
export function factsOf(state: EngineState, frame: Frame | undefined = top(state)): Facts {
  return { ...(frame ? frame.facts : state.pending), ...state.contact };
}
