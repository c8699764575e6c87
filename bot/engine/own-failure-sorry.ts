/**
 * Our own failure said sorry for, plainly and once: a booked visit that never happened is not the
 * product's fault and not the customer's, so it is owned in so many words before anything else
 * (a handoff included). "Not even a sorry?" is answered with the apology itself, never with a
 * knowledge answer or "I can't help with that".
 */
import type { Lang } from '../phrases';
import { asksForApology, missedVisit } from '../understanding/missed-visit';

const MISSED_VISIT_SORRY: Record<Lang, string> = {
  zh: '非常抱歉，约好的上门没有做到，让您白等了，这是我们的失误。',
  en: "I'm very sorry: the visit we booked didn't happen and you were left waiting. That is our failure.",
};

const ASKED_SORRY: Record<Lang, string> = {
  zh: '您说得对，应该先向您道歉：非常抱歉，这次是我们没做好，给您添了麻烦。',
  en: "You're right, and I should have said it first: I'm very sorry. We let you down this time.",
};

/** The next step after an apology the customer asked for, when nothing else was asked. */
const NEXT: Record<Lang, string> = {
  zh: '如果需要，回复“转人工”，我马上把您的情况转给人工客服跟进。',
  en: 'If you like, reply "human" and I will pass your case to a person straight away.',
};

/** The apology this message calls for, if any: the one asked for, or the one a missed visit is owed. */
export function ownFailureSorry(text: string, lang: Lang, lastReply: string | undefined): string | undefined {
  if (asksForApology(text)) return ASKED_SORRY[lang];
  if (missedVisit(text) && !lastReply?.includes(MISSED_VISIT_SORRY[lang])) return MISSED_VISIT_SORRY[lang];
  return undefined;
}

export function askedForSorry(text: string): boolean {
  return asksForApology(text);
}

export function afterSorryNext(lang: Lang): string {
  return NEXT[lang];
}
