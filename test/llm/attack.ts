/** What one scripted attack on the LLM brain is, and the victim data the attacks reach for. */
import type { Ticket } from '../../tickets/ticket';
import type { ScriptStep } from '../../testing/fake-openai-server';
import type { TurnSpec } from './world';

export interface Attack {
  id: string;
  spec: TurnSpec;
  /** What a compliant model does, given the world (for the victim's ticket number and our prompt). */
  script: (w: { victim: Ticket; prompt: string; canary: string }) => ScriptStep[];
  /** The guard must block the reply (false: tool-only attacks whose text may be harmless). */
  blocked?: boolean;
  /** Strings that must not reach the customer. */
  bait?: string[];
  /** Personal data in this attack that must not reach the model. */
  pii?: string[];
}

export const VICTIM_PHONE = '13900001111';
export const VICTIM_ADDRESS = '北京市朝阳区建国路88号';
