/**
 * What a short customer reply means to a conversation that asked something: yes, no, stop, "I
 * don't know", "that fixed it", "still broken", "get me a person", or pleasantries. A reply often
 * carries several at once ("好了 谢谢 拜拜"); the engine decides what each means at its step.
 */
export const ANSWER_KINDS = [
  'affirm', // 对的, 好的提交吧, yep, go ahead
  'deny', // 不对, 不是, no, that's wrong
  'cancel', // 不用了, 算了, never mind: stop the current flow
  'skip', // 跳过, 不想说, skip: will not give the asked detail
  'dontKnow', // 不记得了, 没有发票, can't remember: cannot give the asked detail
  'fixed', // 好了, 能用了, it works now
  'notFixed', // 还是不行, 没用, still not working
  'thanks',
  'bye',
  'greeting',
  'human', // 转人工, real person, call me back
  'chitchat', // 哈哈, 你是机器人吗, how are you
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface AnswerCue {
  kind: AnswerKind;
  /** The customer's own words, as typed (full-width and case kept). */
  words: string;
  /** Where the words start in the original text. */
  index: number;
}

export interface AnswerReading {
  /** Each kind once, in the order the customer said them. */
  kinds: AnswerKind[];
  cues: AnswerCue[];
  /** The message asks something (好的，那多少钱？), apart from greetings such as 在吗. */
  question: boolean;
  /** The words that made it a question. */
  questionWords?: string;
  /**
   * What the message says besides its answer words, fillers and punctuation ('' for a bare answer):
   * "对，地址改成广州" leaves "地址改成广州", which is a correction and not a plain yes.
   */
  rest: string;
}
