/** Offline understanding of customer turns: the public surface for brains, channels and evals. */
export { understand, MAX_ANALYSED_CHARS } from './understand';
export { detectLanguage } from './language';
export { classifyIntent, scoreIntents } from './intent';
export { analyzeSentiment } from './sentiment';
export { assessUrgency } from './urgency';
export { findHazardMentions, readDanger, type DangerReading, type HazardMention, type MentionStatus } from './hazards';
export { HAZARD_LABELS, safetyAdviceFor } from './lexicons/safety';
export { extractSlots, extractPurchaseDate, findDateMentions, type PurchaseDateOptions, type DateMention } from './slots';
export * from './types';
