/**
 * "这个代码什么意思", "E3是啥", "what does that code mean?", "what's 5E?": the customer asks what a code
 * on the display means. Right after a case for that code was given, the answer is that case's
 * meaning, not a fresh search (which failed into "no reliable information", issue 16).
 */

/** Asking what something means, in Chinese. */
const MEANING_ZH = /(?:什么|啥|何)意思|是(?:什么|啥)(?:意思|问题|故障|情况|毛病|东西)?|代表(?:了)?(?:什么|啥)|指(?:的是)?(?:什么|啥)|(?:怎么|咋)回事|表示(?:什么|啥)|意思是/;
/** What a Chinese meaning question may hold besides the code and the asking words: "这个代码", "屏幕上显示的", "它". */
const REST_ZH = /这个|那个|这|那|它|代码|故障码|错误码|报错|编码|码|字母|屏幕上?|显示屏?上?|面板上?|显示的?|报的?|跳的?|出的?|是|的|了|呢|啊|呀|吗|么|哈|请问|到底|具体|一下|[\s\p{P}\p{S}]/gu;

/** Asking what something means, in English. */
const MEANING_EN =
  /\bwhat (?:does|do|did) (?:(?:the|that|this|it|a|an) )?(?:[a-z0-9]{1,5} )?(?:code |error |error code |message |light )?(?:mean|means|stand for|indicate|signify)\b|\bwhat(?: is|'s|s) (?:the |a |an |that |this )?(?:code |error )?[a-z0-9]{1,5}(?: code| error)?\b|\b(?:meaning of|means what)\b|\bwhat (?:kind of )?(?:fault|problem|error|issue) (?:is|does)\b|\bwhat(?:'s| is) (?:that|this|it) (?:code|error)\b/i;
const REST_EN =
  /\b(?:what|does|do|did|is|s|the|that|this|it|a|an|code|error|message|light|mean|means|stand|for|indicate|signify|meaning|of|kind|fault|problem|issue|though|anyway|really|on|display|screen|panel|showing|shows|shown|exactly|please|pls|again|sorry|so|and|um|uh|ok|okay|then|hey|but|actually)\b|[\s\p{P}\p{S}]/giu;

/** The display code a message names, upper-cased: "e3" -> "E3", "5e" -> "5E". */
const CODE = /(?<![a-z0-9])(?:[a-z]{1,3}\d{1,3}|\d{1,2}[a-z]{1,2}|[a-z]{2})(?![a-z0-9])/gi;

/**
 * Whether `text` only asks what the code on the table (`code`) means: it asks a meaning, and names
 * no other code and nothing else (a new problem, another question).
 */
export function asksCodeMeaning(text: string, code: string | undefined): boolean {
  if (!code) return false;
  const raw = text.trim();
  if (!raw || raw.length > 60) return false;
  const zh = /[\u4e00-\u9fff]/.test(raw);
  if (!(zh ? MEANING_ZH : MEANING_EN).test(raw)) return false;
  const codes = [...raw.matchAll(CODE)].map((m) => m[0].toUpperCase()).filter((c) => /\d/.test(c) || !zh);
  // "what does E4 mean" after E3: another code, looked up as such.
  if (codes.some((c) => /\d/.test(c) && c !== code.toUpperCase())) return false;
  const withoutCode = raw.replace(new RegExp(`(?<![a-z0-9])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'gi'), ' ');
  if (zh) return withoutCode.replace(MEANING_ZH, ' ').replace(REST_ZH, '').length === 0;
  return withoutCode.replace(MEANING_EN, ' ').replace(REST_EN, '').length === 0;
}
