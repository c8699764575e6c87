/**
 * `TextUnderstanding` on the offline rules (bot/understanding, bot/redaction, bot/text): the
 * default, and what the pipeline uses even when a model does the talking, because urgency,
 * safety and redaction must not depend on a model.
 */
import { formatDateSpanAs } from '../kernel/date-span';
import { dayKey } from '../tickets/ticket-number';
import type { TurnUnderstanding } from './brain';
import { redact, RedactionVault } from './redaction';
import type { RedactionVault as VaultPort, TextUnderstanding } from './text-understanding';
import { normaliseText } from '../kernel/text/normal-form';
import { understand, type Understanding } from './understanding';

export class OfflineUnderstanding implements TextUnderstanding {
  /** The full analysis of the last turn, for callers that show reasons (`aftersales chat --json`). */
  last?: Understanding;

  constructor(private readonly timeZone: string) {}

  normalise(text: string): string {
    return normaliseText(text, { spokenDigits: true });
  }

  understand(text: string, context: { today: Date; priorContacts: number }): TurnUnderstanding {
    const u = understand(text, { today: dayKey(context.today, this.timeZone), priorContacts: context.priorContacts });
    this.last = u;
    return toTurnUnderstanding(u);
  }

  newVault(): VaultPort {
    const vault = new RedactionVault();
    return { redact: (text) => redact(text, vault).text, restore: (text) => vault.restore(text) };
  }
}

export function toTurnUnderstanding(u: Understanding): TurnUnderstanding {
  const s = u.slots;
  return {
    language: u.language,
    intent: u.intent,
    secondaryIntents: secondary(u),
    ...(u.intentGuessed ? { intentGuessed: true } : {}),
    urgency: u.urgency.priority,
    safety: u.urgency.safety,
    safetyAdvice: u.urgency.safetyAdvice?.[u.replyLanguage],
    hazards: u.urgency.safety ? u.urgency.hazards : undefined,
    sentiment: u.sentiment.score,
    anger: u.sentiment.anger,
    // Said in this message (evidence), not only known from earlier contacts.
    letDown: u.urgency.reasons.some((r) => (r.code === 'repeated_contact' || r.code === 'overdue') && r.evidence.length > 0),
    slots: {
      category: s.category,
      brand: s.brand,
      model: s.model,
      serial: s.serial,
      errorCode: s.errorCode,
      // The day, or the span the customer's words allow (2024-06/2024-08 for 前年夏天): the
      // warranty decides on the span, so "last spring" is not asked about again.
      purchaseDate: s.purchaseDate ? formatDateSpanAs({ earliest: s.purchaseDate.earliest, latest: s.purchaseDate.latest }, Boolean(s.purchaseDate.approximate)) : undefined,
      ticketNumber: s.ticketNumber,
      orderNumber: s.orderNumber,
      phone: s.phone,
      address: s.address,
    },
    categoryGuessedFrom: s.categoryGuessedFrom,
    categoryFromModel: s.categoryFromModel,
    purchase: s.purchaseDate ? { value: s.purchaseDate.value, precision: s.purchaseDate.precision, text: s.purchaseDate.text } : undefined,
    reasons: u.urgency.reasons.map((r) => r.message),
    ...(u.urgency.escalation ? { escalation: u.urgency.escalation } : {}),
  };
}

/** The rules' own secondary intents, plus any other intent with clear evidence of its own. */
function secondary(u: Understanding): string[] {
  const strong = Object.entries(u.intentScores)
    .filter(([intent, score]) => intent !== u.intent && (score ?? 0) >= 2)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([intent]) => intent);
  return [...new Set([...u.secondaryIntents, ...strong])];
}
