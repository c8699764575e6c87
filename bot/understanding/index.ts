/** Offline understanding of customer turns: the public surface for brains, channels and evals. */
export { understand, MAX_ANALYSED_CHARS } from './understand';
export { detectLanguage } from './language';
export { classifyIntent, scoreIntents } from './intent';
export { analyzeSentiment } from './sentiment';
export { assessUrgency } from './urgency';
export { findHazardMentions, readDanger, type DangerReading, type HazardMention, type MentionStatus } from './hazards';
export { HAZARD_LABELS, safetyAdviceFor } from './lexicons/safety';
export { extractSlots, extractPurchaseDate, findDateMentions, extractErrorCodes, type ErrorCodeMention, type PurchaseDateOptions, type DateMention } from './slots';
export { readAnswer, carries, saidLast, saysOnly, ANSWER_KINDS, type AnswerKind, type AnswerCue, type AnswerReading } from './answers';
export * from './types';
