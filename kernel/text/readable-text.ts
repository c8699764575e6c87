/**
 * Whether a message's text is text a person wrote: no half of a UTF-16 surrogate pair (a lone
 * surrogate cannot be stored or shown as a character; it arrives from broken clients or on
 * purpose, to make a database driver, a log line or a model request fail), and at least one
 * visible character (a message of zero-width spaces shows the agent nothing and is spam).
 */
import { normaliseText } from './normal-form';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Variation selectors and combining marks show nothing on their own. */
const NOTHING_VISIBLE = /^[\s\p{M}\uFE00-\uFE0F\u3164\u115F\u1160\uFFA0]*$/u;

export type TextProblem = 'lone_surrogate' | 'nothing_visible';

export function textProblem(text: string): TextProblem | undefined {
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  if (NOTHING_VISIBLE.test(normaliseText(text))) return 'nothing_visible';
  return undefined;
}

export const TEXT_PROBLEM_MESSAGE: Record<TextProblem, string> = {
  lone_surrogate: 'the text contains a broken character (an unpaired UTF-16 surrogate) / 文字中含有无效字符',
  nothing_visible: 'the text has no visible characters / 消息没有可见的文字',
};
