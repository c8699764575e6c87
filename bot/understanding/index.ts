/** Offline understanding of customer turns: the public surface for brains, channels and evals. */
export { understand, MAX_ANALYSED_CHARS } from './understand';
export { detectLanguage } from './language';
export { classifyIntent, scoreIntents } from './intent';
export { analyzeSentiment } from './sentiment';
export { assessUrgency, findSafetyHazards } from './urgency';
export { safetyAdviceFor } from './lexicons/safety';
export { extractSlots, extractErrorCodes, type ErrorCodeMention } from './slots';
export { readAnswer, carries, saidLast, saysOnly, ANSWER_KINDS, type AnswerKind, type AnswerCue, type AnswerReading } from './answers';
export * from './types';
