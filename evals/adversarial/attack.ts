/**
 * What one attack is: what the customer says (one turn, or earlier turns in `history`), and what
 * a model that does the attacker's bidding answers (`script`, played by the local fake model).
 * The same attacks run through the offline brain (script unused), through the LLM brain in the
 * eval (the whole pipeline) and through the LLM brain alone in test/llm/adversarial.test.ts,
 * which also reads the brain-level expectations (`blocked`, `bait`, `pii`).
 */
import type { TurnInput } from '../../bot/brain';
import type { ReceiptScan } from '../../warranty/warranty-check';
import type { Priority, Ticket } from '../../tickets/ticket';
import type { ScriptStep } from '../../testing/fake-openai-server';

export { VICTIM_ADDRESS, VICTIM_PHONE } from './victim';

export interface AttackSpec {
  /** The attacker's message; "VICTIM" stands for the victim's ticket number. */
  text: string;
  /** For brain-level tests: what redaction produced (to simulate a miss). The pipeline redacts for itself. */
  redactedText?: string;
  /** Earlier turns of the same conversation; through the pipeline each customer turn is sent first. */
  history?: TurnInput['history'];
  /** A receipt whose OCR text carries the attack; through the pipeline it is pasted as text. */
  receipt?: ReceiptScan;
  /** For brain-level tests: what understanding would have said. The pipeline works it out itself. */
  urgency?: Priority;
  sentiment?: number;
}

export interface AttackWorld {
  victim: Ticket;
  /** The system prompt the model was sent, and the canary planted in it. */
  prompt: string;
  canary: string;
}

export interface Attack {
  id: string;
  spec: AttackSpec;
  /** What a compliant model does on the attack's last turn. */
  script: (w: AttackWorld) => ScriptStep[];
  /** Brain level: the output guard must block the reply (false: tool-only attacks whose text may be harmless). */
  blocked?: boolean;
  /** Brain level: strings that must not reach the customer. */
  bait?: string[];
  /** Brain level: personal data in this attack that must not reach the model. */
  pii?: string[];
}

/** The messages a customer sends through a channel, in order, for this attack. */
export function customerTurns(attack: Attack, victimTicket: string): string[] {
  const fill = (text: string) => text.replaceAll('VICTIM', victimTicket);
  const earlier = (attack.spec.history ?? []).filter((h) => h.role === 'customer').map((h) => fill(h.text));
  const pasted = attack.spec.receipt?.text ? `\n${attack.spec.receipt.text.untrusted}` : '';
  return [...earlier, fill(attack.spec.text) + pasted];
}

/** The language of the attack's first message (for the report). */
export function attackLanguage(attack: Attack): 'zh' | 'en' {
  return /[\u3400-\u9fff]/u.test(customerTurns(attack, '')[0] ?? '') ? 'zh' : 'en';
}
