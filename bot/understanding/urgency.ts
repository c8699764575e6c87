/**
 * Urgency P1-P4 with the reasons behind it. A hazard happening now (hazards.ts) is always P1 with
 * advice. Otherwise a baseline from the intent (a problem is P3, a question P4) is raised by
 * escalation threats, repeated contact, damage, blocked use, vulnerable people and anger; very
 * angry is P1, and so is a problem with three escalations at once (called again, nobody came, an
 * old person without heating). Alarming-sounding words alone (噪音大, 漏水, a smell, an error
 * code) never make P1: only a hazard happening now does. A question about safety, or a hazard
 * that was fixed since, is at least P3: it deserves a careful answer, not an emergency.
 */
import type { Priority } from '../../tickets/ticket';
import { furiousRepeat } from './furious-repeat';
import { readDanger } from './hazards';
import { safetyAdviceFor } from './lexicons/safety';
import { LIQUID_DAMAGE, WET_ELECTRONICS } from './lexicons/liquid-damage';
import { BLOCKED_USE, DAMAGE, ELECTRICAL_FAULT, ESCALATION_THREATS, NO_COOLING, NO_HEATING, OVERDUE, REPEATED_CONTACT, REPEATED_CONTACT_STRONG, VULNERABLE } from './lexicons/urgency-cues';
import type { Intent, Sentiment, Slots, Urgency, UrgencyReason, UrgencyReasonCode, UnderstandingContext } from './types';

const PROBLEM_INTENTS: Intent[] = ['fault_report', 'repair_request', 'complaint'];
const TIERS: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const SUMMER_MONTHS = [6, 7, 8, 9];
const WINTER_MONTHS = [11, 12, 1, 2, 3];
// A fridge that stops cooling is blocked in any season (BLOCKED_USE); the season matters for air conditioning.
const COOLING_PRODUCTS = ['air_conditioner'];
const HEATING_PRODUCTS = ['air_conditioner', 'space_heater', 'water_heater'];
const ANNOYED = 0.35;
/** Anger this high counts as an angry customer (also where a handoff's reason is recorded, bot/handoff-reason.ts). */
export const ANGRY = 0.6;
const VERY_ANGRY = 0.85;

export interface UrgencyInput {
  text: string;
  intent: Intent;
  sentiment: Sentiment;
  slots: Slots;
  context?: UnderstandingContext;
}

function matches(pattern: RegExp, text: string): string[] {
  pattern.lastIndex = 0;
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
}

function monthOf(today?: string): number | undefined {
  const m = today && /^\d{4}-(\d{2})-\d{2}$/.exec(today);
  return m ? Number(m[1]) : undefined;
}

export function assessUrgency({ text, intent, sentiment, slots, context = {} }: UrgencyInput): Urgency {
  const danger = readDanger(text);
  if (danger.hazards.length) {
    const stopped = danger.mentions.some((m) => m.status === 'present' && m.stopped);
    return {
      priority: 'P1',
      safety: true,
      hazards: danger.hazards,
      reasons: [
        {
          code: 'safety',
          evidence: danger.evidence,
          message: `Safety hazard (${danger.hazards.join(', ')}): always P1, safety advice first${stopped ? '; it stopped by itself, but nothing was fixed' : ''}`,
        },
      ],
      safetyAdvice: safetyAdviceFor(danger.hazards, { text, category: slots.category }),
    };
  }

  const reasons: UrgencyReason[] = [];
  let points = 0;
  // The points of this message by reason, so a conversation can add up what its turns said (urgency-across-turns.ts).
  const escalation: Partial<Record<UrgencyReasonCode, number>> = {};
  let floor = 4; // the lowest (numerically highest) tier allowed
  const problem = PROBLEM_INTENTS.includes(intent);

  const threats = matches(ESCALATION_THREATS, text);
  if (threats.length) {
    points += 1;
    escalation.escalation_threat = 1;
    floor = Math.min(floor, 2);
    reasons.push({ code: 'escalation_threat', evidence: threats, message: 'Escalation threat (regulator, media, lawyer, chargeback)' });
  }

  const strong = matches(REPEATED_CONTACT_STRONG, text);
  const repeated = matches(REPEATED_CONTACT, text);
  const prior = context.priorContacts ?? 0;
  const repeatPoints = Math.max(strong.length ? 2 : repeated.length ? 1 : 0, prior >= 3 ? 2 : prior >= 1 ? 1 : 0);
  if (repeatPoints) {
    points += repeatPoints;
    escalation.repeated_contact = repeatPoints;
    const evidence = [...strong, ...repeated];
    reasons.push({
      code: 'repeated_contact',
      evidence,
      message: `Repeated contact about the same problem${prior ? ` (${prior} earlier contact${prior > 1 ? 's' : ''})` : ''}`,
    });
  }

  const damage = matches(DAMAGE, text);
  if (damage.length) {
    points += 1;
    escalation.damage = 1;
    floor = Math.min(floor, 2);
    reasons.push({ code: 'damage', evidence: damage, message: 'Damage to property or goods' });
  }

  const month = monthOf(context.today);
  const category = slots.category ?? context.category;
  const blocked = matches(BLOCKED_USE, text);
  if (month && SUMMER_MONTHS.includes(month) && (!category || COOLING_PRODUCTS.includes(category))) blocked.push(...matches(NO_COOLING, text));
  if (month && WINTER_MONTHS.includes(month) && (!category || HEATING_PRODUCTS.includes(category))) blocked.push(...matches(NO_HEATING, text));
  if (blocked.length) {
    points += 1;
    escalation.blocked_use = 1;
    floor = Math.min(floor, 2);
    reasons.push({ code: 'blocked_use', evidence: [...new Set(blocked)], message: 'The product cannot be used for an essential need' });
  }

  const electrical = matches(ELECTRICAL_FAULT, text);
  if (electrical.length) {
    points += 1;
    floor = Math.min(floor, 2);
    reasons.push({ code: 'electrical_fault', evidence: electrical, message: 'Electrical fault (breaker trips): keep it unplugged' });
  }

  // A wet phone or earbuds, even asked about or handed to a person ("can someone look at it?"): the
  // sooner it is opened and dried the more it is saved, so it never waits in the lowest tier.
  const wet = category && WET_ELECTRONICS.includes(category) ? LIQUID_DAMAGE.exec(text)?.[0] : undefined;
  if (wet) {
    points += 1;
    floor = Math.min(floor, 2);
    reasons.push({ code: 'liquid_damage', evidence: [wet], message: 'Carried electronics got wet: corrosion grows by the day' });
  }

  const vulnerable = matches(VULNERABLE, text);
  if (vulnerable.length && problem) {
    points += 1;
    escalation.vulnerable_person = 1;
    reasons.push({ code: 'vulnerable_person', evidence: vulnerable, message: 'A vulnerable person is affected' });
  }

  const overdue = matches(OVERDUE, text);
  if (overdue.length) {
    points += 1;
    escalation.overdue = 1;
    reasons.push({ code: 'overdue', evidence: overdue, message: 'A promised visit, call or fix is overdue' });
  }

  // Attempts to steer the bot are not customer distress, however rude they are.
  const emotional = intent !== 'out_of_scope';
  const shouting = sentiment.profanity || sentiment.cues.some((c) => c === 'caps' || c.startsWith('!!'));
  const veryAngry = sentiment.anger >= VERY_ANGRY && shouting;
  // "第三次找你们了，约了两回都没人来": a third contact after our failure is a very angry customer (furious-repeat.ts).
  if (emotional && furiousRepeat(text, sentiment)) {
    reasons.push({ code: 'very_angry', evidence: [...strong, ...overdue], message: 'Very angry customer: contacting us a third time or more, after our failure' });
    return { priority: 'P1', safety: false, hazards: [], reasons };
  }
  if (emotional && (veryAngry || (sentiment.profanity && (threats.length > 0 || repeatPoints > 0)))) {
    reasons.push({ code: 'very_angry', evidence: sentiment.cues.filter((c) => /-|profanity|caps|!/.test(c)), message: `Very angry customer (anger ${sentiment.anger})` });
    return { priority: 'P1', safety: false, hazards: [], reasons };
  }
  if (emotional && (sentiment.anger >= ANGRY || (!problem && sentiment.anger >= ANNOYED))) {
    points += 1;
    escalation.angry = 1;
    reasons.push({ code: 'angry', evidence: sentiment.cues.filter((c) => c.includes('-') || c.includes('?') || c.includes('!')), message: `Angry customer (anger ${sentiment.anger})` });
  }

  if (danger.safetyQuestion || danger.pastHazard) {
    floor = Math.min(floor, 3);
    const spoken = danger.mentions.filter((m) => m.status === 'hypothetical' || m.status === 'resolved').map((m) => m.evidence);
    reasons.push(
      danger.pastHazard && !danger.safetyQuestion
        ? { code: 'past_hazard', evidence: spoken, message: 'A past hazard, fixed or checked since: not an emergency' }
        : { code: 'safety_question', evidence: spoken, message: 'A question about safety, no hazard happening: not an emergency' },
    );
  }

  // A problem starts at P3 and needs three points for P1; a question or status check starts at P4.
  const base = problem ? 3 : 4;
  let tier = problem ? (points >= 3 ? 1 : points >= 1 ? 2 : 3) : Math.max(1, base - points);
  tier = Math.min(tier, floor);
  reasons.unshift({ code: 'baseline', evidence: [], message: `${intent} starts at ${TIERS[base - 1]}` });
  return { priority: TIERS[tier - 1]!, safety: false, hazards: [], reasons, ...(intent !== 'out_of_scope' && points ? { escalation } : {}) };
}
