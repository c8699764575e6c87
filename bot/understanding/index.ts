/** Offline understanding of customer turns: the public surface for brains, channels and evals. */
export { understand, MAX_ANALYSED_CHARS } from './understand';
export { detectLanguage } from './language';
export { classifyIntent, scoreIntents } from './intent';
export { analyzeSentiment } from './sentiment';
export { assessUrgency, findSafetyHazards } from './urgency';
export { safetyAdviceFor } from './lexicons/safety';
export { extractSlots, extractPurchaseDate, findDateMentions, type PurchaseDateOptions, type DateMention } from './slots';
export * from './types';
