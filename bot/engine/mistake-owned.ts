/**
 * Our answer missed and the customer said so (bot/understanding/mistake-pointed-out.ts). The first
 * time: one short sorry, then the question is answered again. Only when the answer after that sorry
 * missed too does a colleague take over, and the customer hears why, not a bare "getting a person".
 */
import type { Lang } from '../phrases';

const MISREAD: Record<Lang, string> = {
  zh: '抱歉，刚才没答对您问的。',
  en: 'Sorry, I answered the wrong thing there.',
};

const KEEP_MISSING: Record<Lang, string> = {
  zh: '抱歉，我连着两次没答到您问的点上，再让您重复也不合适，所以请人工同事来接手，他们会直接回答您这个问题。',
  en: "Sorry, I've got this wrong twice now, so rather than make you repeat yourself again, a colleague will take over and answer it for you.",
};

/** The short sorry said before the question is answered again. */
export function misreadSorry(lang: Lang): string {
  return MISREAD[lang];
}

/** Our last reply already owned a miss: this is the second miss on the same thing. */
export function missedTwice(lastReply: string | undefined): boolean {
  return Boolean(lastReply && (lastReply.includes(MISREAD.zh) || lastReply.includes(MISREAD.en)));
}

/** Why a colleague takes over after the second miss. */
export function keepMissing(lang: Lang): string {
  return KEEP_MISSING[lang];
}
