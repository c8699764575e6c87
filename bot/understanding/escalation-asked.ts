/**
 * Asking for someone more senior, or saying where the complaint will go next ("I want your
 * manager", "I'll post it on Weibo"). Its own file because two readers need it: the waiting reply
 * (bot/while-waiting.ts) answers it, and a ticketless handoff files its ticket on it
 * (bot/waiting-files-ticket.ts); kept in either of them it made an import cycle.
 */
import { SENIOR_EN, SENIOR_ZH } from './lexicons/senior-person';

export const ESCALATION = new RegExp(
  String.raw`${SENIOR_ZH}|${SENIOR_EN}|投诉到底|12315|消协|曝光|抖音|微博|小红书|媒体|律师|起诉|\bescalat\w*|\b12315\b|\bweibo\b|\bxiaohongshu\b|\bsocial media\b|\blawyer\b|\bsue\b|\bconsumer (?:association|council|authority)\b`,
  'i',
);
