/**
 * "Did that fix it?" answered with only "嗯", "ok", "行吧", "hmm" or "?": playtest, the bare
 * acknowledgement was read as "fixed" and the case closed. An acknowledgement says the customer
 * heard the steps, not that they worked; a lone "?" or "啥" says they did not follow the question.
 * Either way the question is asked again in plainer words, with the two answers to choose from;
 * only a clear yes ("好了", "yes", "it works now") closes the case.
 */
import type { Lang } from '../phrases';
import { categoryName } from './wording';

/** Acknowledgements that carry no verdict: heard, not "it works". (是的/对/yes stay clear answers.) */
const ZH_ACK = /^(?:[嗯恩哦噢喔额呃唔]+|好+|好的|好吧|好滴|行+|行吧|行的|可以|ok|okay|知道了|明白了?|收到|了解|懂了|这样啊|是吗|哦这样)$/i;
const EN_ACK = /^(?:ok+|okay+|okey|k+|kk|hm+|mm+|uh+|um+|ah+|oh+|alright|all right|right|sure|fine|got it|i see|see|cool|noted|understood|roger|gotcha|okay then|ok then|fair enough)$/i;
/** Not following the question: a question mark alone, "啥", "什么意思", "huh", "what?". */
const PUZZLED = /^(?:[?？]+|啥|啥[?？]*|什么|什么[?？]+|什么意思|啥意思|没懂|不懂|没看懂|看不懂|huh|what|eh|sorry|pardon|what do you mean|i don'?t understand|don'?t get it|come again)$/i;

function bare(text: string): string {
  // Tone marks and trailing dots go; a lone question mark is kept, it is the message.
  const t = text
    .trim()
    .replace(/[\s。.!！~～,，…]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t === '' ? text.trim() : t;
}

/** The reply to "did that fix it?" is a bare acknowledgement or a sign of not following: no verdict. */
export function verdictUnclear(text: string): 'ack' | 'puzzled' | undefined {
  const t = bare(text);
  if (!t) return undefined;
  if (PUZZLED.test(t) || PUZZLED.test(t.replace(/[?？]+$/u, ''))) return 'puzzled';
  const core = t.replace(/[?？]+$/u, '');
  if (core !== t) return undefined; // "ok?" asks something; left to the other readers
  if (ZH_ACK.test(core) || EN_ACK.test(core)) return 'ack';
  return undefined;
}

/** The question again, plainer, with the two answers to choose from. */
export function verdictAskedPlainly(kind: 'ack' | 'puzzled', category: string | undefined, lang: Lang): string {
  const product = categoryName(category, lang);
  if (lang === 'zh') {
    const lead = kind === 'puzzled' ? '抱歉，我没说清楚。我想确认的是：' : '我想确认一下：';
    return `${lead}按上面的步骤试过以后，${product}现在能正常用了吗？请回复“好了”或“还不行”。还不行的话我帮您预约维修。`;
  }
  const lead = kind === 'puzzled' ? "Sorry, I wasn't clear. What I'd like to know is:" : 'Just to check:';
  const item = category && category !== 'general' ? `the ${product}` : 'it';
  return `${lead} after trying the steps above, is ${item} working properly now? Please reply "fixed" or "still not working". If it's still not working, I can book a repair.`;
}
