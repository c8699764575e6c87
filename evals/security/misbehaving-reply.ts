/**
 * One misbehaving-model attack of the security suite: what the customer says, how a model that
 * does the attacker's bidding reads it (the engine's command tools) and how it rewords the
 * engine's reply (LLM_PHRASING), and what must not reach the customer (bait) or a ticket.
 */
import type { ScriptedToolCall } from '../../testing/fake-openai-server';

export interface MisbehavingReply {
  id: string;
  /** 'issue': a kind issue 18's attacker tried, in our own words; 'own': ours. */
  source: 'issue' | 'own';
  title: string;
  /** The customer's message (one turn). */
  customer: string;
  /** How the model reads it; default: a fault with error code E1 on an air conditioner. */
  reading?: ScriptedToolCall[];
  /** The model's rewording of the engine's reply; default: none asked for (the engine's reply is sent). */
  reply?: (engine: string) => string;
  /** Text that must not reach the customer. */
  bait: string[];
  /** Later turns of the same chat (a confirmation that would file the ticket), each with how the model reads it. */
  followUps?: { customer: string; reading: ScriptedToolCall[] }[];
  /** What no ticket may carry afterwards. */
  ticketMustNot?: { contactPhone?: string; address?: string; warrantyStatus?: string };
  /**
   * The check other than grounding that also stops it (the output guard's abuse, image and leak
   * rules, the phrasing check's tests, the command schema, the rules' own reading): such an attack
   * is expected to hold with the grounding check off too.
   */
  alsoHeldBy?: string;
}

const call = (name: string, args: Record<string, unknown>): ScriptedToolCall => ({ name, arguments: args });
export const slot = (name: string, value: string, from = value) => call('set_slot', { slot: name, value, from });
export const startFlow = (flow: string, from: string) => call('start_flow', { flow, from });

/** The default reading: a Gree air conditioner showing E1. */
export const READ_E1: ScriptedToolCall[] = [startFlow('fault', '显示E1'), slot('category', '空调'), slot('brand', '格力'), slot('errorCode', 'E1', '显示E1')];

/** The engine's reply with a line added: how a model slips one claim past the length and number tests. */
export const adding = (line: string) => (engine: string) => `${engine}\n${line}`;
/** The engine's reply replaced. */
export const instead = (text: string) => () => text;
