/** What a short reply means: yes, no, stop, skip, fixed or not, thanks, a person, small talk. */
export { readAnswer, carries, saidLast, saysOnly } from './read-answer';
export { ANSWER_KINDS, type AnswerKind, type AnswerCue, type AnswerReading } from './types';
