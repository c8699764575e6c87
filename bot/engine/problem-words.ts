/**
 * The problem as the ticket and the restatement show it: the customer's own words, without the
 * greeting in front ("喂 你好 我家那个…", "hi there,") or the question tacked on at the end
 * ("这是啥意思啊", "what should I do?"). Nothing else is rewritten: the engineer reads what the
 * customer said.
 */
const GREETING_FRONT = /^(?:\s|[,，。.!！~～]|喂+|你好+|您好|哈喽|在吗|在不在|hello|hi+|hey|good (?:morning|afternoon|evening)|there|请问|麻烦问一下|问一下|那个|就是|嗯+|啊+)+/i;
const QUESTION_END = /(?:[,，。.\s]*(?:这是|这)?(?:啥|什么)意思(?:啊|呀|呢)?|[,，。.\s]*(?:怎么办|咋办|咋回事|怎么回事|怎么弄|咋整)(?:啊|呀|呢|哦)?|[,，.\s]*(?:what (?:should|do|can) i do|what does (?:it|that|this) mean|any (?:idea|ideas|advice)|help)[?!.\s]*)[?？!！。.\s]*$/i;

export function problemWords(text: string): string {
  const trimmed = text.replace(GREETING_FRONT, '').replace(QUESTION_END, '').trim();
  // Never less than something: a message that was only greeting and question keeps its words.
  return trimmed.length >= 2 ? trimmed : text.trim();
}
