/** The seam between the pipeline and the offline language rules (bot/understanding, bot/redaction). */
import type { TurnUnderstanding } from './brain';

export interface RedactionVault {
  /** Replaces personal data with placeholders ([PHONE_1] ...), remembering the originals. */
  redact(text: string): string;
  /** Puts the originals back (inside the process only). */
  restore(text: string): string;
}

export interface TextUnderstanding {
  /** NFKC, zero-width removal, spoken digits: what every later step reads. */
  normalise(text: string): string;
  understand(text: string, context: { today: Date; priorContacts: number }): TurnUnderstanding;
  newVault(): RedactionVault;
}
