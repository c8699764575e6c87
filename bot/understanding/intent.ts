/**
 * Intent of a turn from weighted cues (lexicons/intent-cues.ts) plus what the slots already say
 * (an error code means a fault, a ticket number a status question). The strongest intent wins;
 * others that are nearly as strong are kept as secondary intents for multi-request messages.
 */
import { withoutDenied } from './denied-symptoms';
import { readAnswer, saysOnly } from './answers';
import { DOMAIN_WORDS, INTENT_CUES } from './lexicons/intent-cues';
import { repairRequestWords } from './spelling';
import { INTENTS, type Intent, type Slots } from './types';
import { RecentReadings } from '../../kernel/text/recent-readings';
import { asksAfterRepair } from './after-repair-question';
import { asksRepairWay } from './repair-way-question';
import { asksAfterEarlierRequest } from './earlier-request';
import { saysNotInstalledYet } from './new-install';
import { tellsInstallWork } from './install-fee-question';

/** Ties go to the intent whose handling matters most to the customer. */
const PRECEDENCE: Intent[] = ['human_request', 'complaint', 'repair_request', 'fault_report', 'ticket_status', 'consultation', 'out_of_scope', 'thanks_bye'];
const PRIMARY_MIN = 1;
const SECONDARY_MIN = 2;
const SECONDARY_SHARE = 0.45;
const SECONDARY_STRONG = 3;

export interface IntentVerdict {
  intent: Intent;
  secondaryIntents: Intent[];
  scores: Partial<Record<Intent, number>>;
  /** No intent's words were found: the intent is the fallback for a greeting, a product or code named, or words nothing matched. */
  guessed?: boolean;
}

export function scoreIntents(text: string, slots: Slots): Record<Intent, number> {
  const scores = { ...TEXT_SCORES.get(text, () => scoreWords(text)) };
  if (slots.errorCode) scores.fault_report += 2;
  if (slots.ticketNumber) scores.ticket_status += 2.5;
  if (slots.orderNumber) scores.ticket_status += 1;
  if (slots.category && scores.fault_report > 0) scores.fault_report += 0.5;
  return scores;
}

/** The intent, the clause reader (every clause, and again without its question words), the side-question and problem splitters score the same texts in one turn. */
const TEXT_SCORES = new RecentReadings<Record<Intent, number>>();

/** What the words alone say, before the slots add theirs. */
function scoreWords(text: string): Record<Intent, number> {
  const scores = Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<Intent, number>;
  // "cancle my ordr" is read as meant; the slots were taken from the text as typed.
  // (A symptom said not to be there, "no smell", 没有糊味, scores nothing.)
  const read = withoutDenied(repairRequestWords(text));
  for (const { intent, weight, pattern } of INTENT_CUES) {
    pattern.lastIndex = 0;
    const count = read.match(pattern)?.length ?? 0;
    if (count) scores[intent] += weight * Math.min(count, 2);
  }
  // "修好了是寄回来吗" asks after the repair to come: no thanks for a fix, a question about the service.
  if (asksAfterRepair(text)) {
    scores.thanks_bye = 0;
    scores.consultation += 2;
  }
  // "电饭煲怎么修，送到哪里修" asks how the repair goes, not where a parcel or a ticket is.
  if (asksRepairWay(text)) {
    scores.ticket_status = 0;
    scores.consultation += 2;
  }
  // "我上周投诉的那个怎么样了", "status of my complaint": the complaint is what is chased, not a new one to file.
  if (asksAfterEarlierRequest(text)) {
    scores.complaint = Math.max(0, scores.complaint - 5);
    scores.ticket_status += 3;
  }
  return scores;
}

function rank(scores: Record<Intent, number>): Intent[] {
  return [...PRECEDENCE].sort((a, b) => scores[b] - scores[a] || PRECEDENCE.indexOf(a) - PRECEDENCE.indexOf(b));
}

export function classifyIntent(text: string, slots: Slots): IntentVerdict {
  const scores = scoreIntents(text, slots);
  const shown = Object.fromEntries(
    Object.entries(scores)
      .filter(([, s]) => s > 0)
      .map(([i, s]) => [i, Math.round(s * 100) / 100]),
  );
  // A message that only greets opens a consultation.
  if (saysOnly(readAnswer(text), 'greeting')) return { intent: 'consultation', secondaryIntents: [], scores: shown, guessed: true };

  let ranked = rank(scores);
  // Thanks often opens or closes a message with a real request in it: the request leads.
  if (ranked[0] === 'thanks_bye' && scores[ranked[1]!] >= SECONDARY_MIN) ranked = [ranked[1]!, 'thanks_bye', ...ranked.slice(2).filter((i) => i !== 'thanks_bye')];

  let intent = ranked[0]!;
  if (scores[intent] < PRIMARY_MIN) {
    // Nothing recognisable: a product mentioned means a problem with it; an after-sales word, a
    // question; anything else is not for this desk. (A product not installed yet, or the installer's
    // work planned for it, is no problem told: "刚买还没装", "外机要装到另一面墙，管子要五六米".)
    const givesDetails = slots.phone || slots.address || slots.orderNumber || slots.serial || slots.model;
    intent =
      slots.errorCode || (slots.category && !saysNotInstalledYet(text) && !tellsInstallWork(text))
        ? 'fault_report'
        : givesDetails || DOMAIN_WORDS.test(text) || text.length <= 4
          ? 'consultation'
          : 'out_of_scope';
    return { intent, secondaryIntents: [], scores: shown, guessed: true };
  }
  const top = scores[intent];
  const secondaryIntents = ranked
    .slice(1)
    // Strong enough on its own, or close to the leader.
    .filter((i) => scores[i] >= SECONDARY_STRONG || (scores[i] >= SECONDARY_MIN && scores[i] >= top * SECONDARY_SHARE))
    // A question mark alone does not make a second request.
    .filter((i) => i !== 'consultation' || scores[i] >= 2.5)
    .filter((i) => !(i === 'out_of_scope' && intent !== 'out_of_scope'));
  return { intent, secondaryIntents, scores: shown };
}
