/**
 * The `Channel` port every customer-facing adapter implements (web, WeChat, official account,
 * voice). Adapters turn transport events into `InboundMessage`s for `onMessage` and deliver
 * `OutboundMessage`s; they hold no prompts, rules or ticket logic.
 */
import type { InboundMessageInput, OutboundMessage } from './messages';
import type { TurnOptions, TurnResult } from './pipeline';

export type InboundHandler = (message: InboundMessageInput, options?: TurnOptions) => Promise<TurnResult>;

/**
 * Which parts of one delivery already went out (kept with its outbox item). A channel that sends
 * one message as several platform messages (a text, then each photo) skips the parts `done` and
 * records each part with `sent` before sending the next, so a retry after a failure resends
 * nothing the customer already has.
 */
export interface DeliveryProgress {
  done(part: string): boolean;
  sent(part: string): Promise<void>;
}

export interface Channel {
  /** The channel name messages carry (web, wechat, wechat_oa, voice). */
  readonly name: string;
  start(onMessage: InboundHandler): Promise<void>;
  stop(): Promise<void>;
  /**
   * Delivers a message that is not a direct reply (a human agent's answer, a survey, a notice).
   * Throws an UpstreamError (retryable or not) when the transport refuses. `progress` (from the
   * outbox relay) names the parts already sent by an earlier try.
   */
  send(message: OutboundMessage, progress?: DeliveryProgress): Promise<{ externalRef?: string }>;
}
