/**
 * Replies in the script the customer writes. Every rule reads simplified characters (the normal
 * form folds traditional ones), so a reply is written in simplified; a customer in Taiwan or Hong
 * Kong who writes 冷氣壞掉了 should not get 空调 and 保修 back, but 空調 and, in Taiwan, 保固.
 * The conversion happens once, where a reply is stored and sent, and touches Chinese characters
 * only: phone numbers, codes and ticket numbers go out as they were.
 */
import { scriptWrittenIn, toTraditionalChinese } from '../kernel/text/chinese-script';
import type { ConversationState } from './conversation';
import type { OutboundMessage } from './messages';

/** Remembers how the customer writes, from their message as sent; a message that tells nothing ("好", a number) keeps what was known. */
export function noteCustomerScript(state: ConversationState, sent: string): void {
  const script = scriptWrittenIn(sent);
  if (script === 'tw' || script === 'hk') state.script = script;
  else if (script === 'simplified') delete state.script;
}

/** The reply, written in the customer's traditional script when they write one. */
export function inCustomerScript(reply: OutboundMessage, state: ConversationState | undefined): OutboundMessage {
  const script = state?.script;
  if (!script) return reply;
  return {
    ...reply,
    text: toTraditionalChinese(reply.text, script),
    ...(reply.quickReplies ? { quickReplies: reply.quickReplies.map((q) => toTraditionalChinese(q, script)) } : {}),
  };
}
