/**
 * What a flow is: the data of one job (its questions, how each is asked the first and the second
 * time, what happens without an answer) and what runs when it has what it needs. The engine owns
 * everything between (asking, corrections, digressions, cancelling), so a flow never repeats it.
 */
import type { TurnInput } from '../../brain';
import type { EnergySource } from '../../understanding/energy-source';
import type { Lang } from '../../phrases';
import type { ToolBox } from '../../tools/tool';
import type { Bilingual, FlowName, SlotName } from '../commands';
import type { Facts, Frame, Stage } from '../engine-state';
import type { Offer } from '../offer-memory';

export interface SlotSpec {
  slot: SlotName;
  /** A required slot stops the flow until known (asked twice at most); an optional one is asked once. */
  required: boolean;
  /** The first ask, and the second, worded differently with an example or choices. */
  ask: [Bilingual, Bilingual];
  /** Said when the flow goes on without it, so the customer knows what happens instead. */
  without: Bilingual;
  /**
   * Other wording for some products (a phone is taken to a service centre, not visited at home), or
   * for where the customer is (`said`: this turn's words, e.g. an address abroad the form could not take).
   */
  askFor?: (facts: Facts, said?: string) => [Bilingual, Bilingual] | undefined;
  /** Other "without" wording for some products (no engineer comes for a phone). */
  withoutFor?: (facts: Facts) => Bilingual | undefined;
  /** Known some other way (a receipt photo gives the purchase date). */
  knownFrom?: (kit: FlowKit) => boolean;
  /**
   * Said before the first ask, so the customer is answered before being asked (a warranty
   * question hears the product's period before "when did you buy it?").
   */
  lead?: (kit: FlowKit) => Promise<void>;
}

/** Said once when a flow first speaks, before its first question (a repair asked for with a known code hears the code's quick steps). */
export type FlowOpening = (kit: FlowKit) => Promise<void>;

/** What a flow's finish may use: the facts, the tools, and the reply being written. */
export interface FlowKit {
  lang: Lang;
  facts: Facts;
  frame: Frame;
  turn: TurnInput;
  tools: ToolBox;
  say(text: string): void;
  quick(options: string[]): void;
  cite(id: string): void;
  /** Whether this reply already quotes that entry (two questions may find the same rule). */
  cited(id: string): boolean;
  /** Whether the previous reply already said this (a rule asked about again is not quoted twice running). */
  saidBefore(text: string): boolean;
  /** The reply before this turn's: a follow-up may ask about a point it made (answer-detail.ts). */
  previousReply?: string;
  /** Whether the reply being written already says this (a digression answered it a moment ago). */
  saysNow?: (text: string) => boolean;
  /** Gas or electric, as the customer said it in this conversation. */
  energy?: EnergySource;
  /** Ticket numbers this conversation filed. */
  filed: string[];
  /** A ticket number the customer gave in this conversation that found no ticket of ours. */
  unfound?: string;
  /** A repair is being booked underneath this job (a warranty question in the middle of the form): offer no second one. */
  booking: boolean;
  /** The customer said they do not want a visit: self-help is given without offering one. */
  declined: boolean;
  /** Another job of the conversation waits under this one (a fault told in the same message): this one asks nothing more. */
  stacked: boolean;
  /** Cases the customer said are not their problem: never offered again in this conversation. */
  rejectedCases?: readonly string[];
  /** Parts the customer said work: a case that needs one of them broken does not fit. */
  working?: readonly string[];
}

/** After finishing: the flow is done (popped), waits at a stage, or hands over to another flow. */
export type FlowResult =
  | { done: true }
  /** `offer`: what a yes at the 'offer' stage takes up (a visit when not said). */
  | { stage: Stage; offer?: Offer }
  /**
   * Still collecting: a slot that was known (or not needed) before is now asked for (a code sent
   * by SMS). `fresh`: it is a new question, so the two-asks limit starts again. `retry`: a wrong
   * code with tries left: the code is asked for again while the tries last (every try goes through
   * the tool, which keeps the lockout; the same number given again restarts the proof there too).
   */
  | { askAgain: true; fresh?: boolean; retry?: boolean }
  | { next: FlowName; ticketType?: Frame['ticketType'] }
  /** A person must take over (a tool refused, or the job needs a decision the bot may not make). */
  | { handoff: 'stuck' | 'complex' | 'angry' | 'policy_exception' };

export interface FlowSpec {
  name: FlowName;
  /** How the flow is named when the engine comes back to it ("回到刚才的报修"). */
  title: Bilingual;
  /**
   * What the customer hears when they call the flow off ("不用了", "never mind"), when "<title>已取消"
   * would be wrong: troubleshooting the customer never asked to start, or a request to change a visit
   * that, called off, leaves the visit as it was.
   */
  calledOff?: Bilingual;
  slots: SlotSpec[];
  /** Restated before finishing (关键信息二次确认); the customer's yes runs `finish`. */
  confirm?: (kit: FlowKit) => string;
  /** Whether this run restates before finishing (a flow that only files sometimes confirms only then); always when not given. */
  confirms?: (kit: FlowKit) => boolean;
  finish(kit: FlowKit): Promise<FlowResult>;
  /** Said before the flow's first question or restatement, once. */
  opening?: FlowOpening;
  /** The flow a "yes" to this flow's offer starts (a repair visit after self-help failed). */
  accepts?: FlowName;
}
