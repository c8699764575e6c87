/**
 * The `Channel` port every customer-facing adapter implements (web, WeChat, official account,
 * voice). Adapters turn transport events into `InboundMessage`s for `onMessage` and deliver
 * `OutboundMessage`s; they hold no prompts, rules or ticket logic.
 */
import type { InboundMessageInput, OutboundMessage } from './messages';
import type { TurnOptions, TurnResult } from './pipeline';

export type InboundHandler = (message: InboundMessageInput, options?: TurnOptions) => Promise<TurnResult>;

export interface Channel {
  /** The channel name messages carry (web, wechat, wechat_oa, voice). */
  readonly name: string;
  start(onMessage: InboundHandler): Promise<void>;
  stop(): Promise<void>;
  /**
   * Delivers a message that is not a direct reply (a human agent's answer, a survey, a notice).
   * Throws an UpstreamError (retryable or not) when the transport refuses.
   */
  send(message: OutboundMessage): Promise<{ externalRef?: string }>;
}
