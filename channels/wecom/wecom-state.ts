/**
 * What the WeCom channel keeps across restarts (storage/sqlite/sqlite-wecom-state.ts on the desk
 * database): the kf/sync_msg cursor of each 微信客服 account, so a restart neither skips nor
 * repeats messages, and each customer's send window (when they last wrote, to which account, and
 * how many messages went to them since), because WeCom allows at most five messages within 48
 * hours of a customer's message.
 */
export interface WecomSendWindow {
  openKfId: string;
  lastInboundAt: Date;
  sentSince: number;
}

export interface WecomState {
  cursor(openKfId: string): Promise<string | undefined>;
  saveCursor(openKfId: string, cursor: string, now: Date): Promise<void>;
  /** A customer wrote at `at` (whole seconds): the window opens again and the count restarts; an older message pulled again changes nothing. */
  customerWrote(externalUserId: string, openKfId: string, at: Date): Promise<void>;
  window(externalUserId: string): Promise<WecomSendWindow | undefined>;
  /** One more message went to the customer in the current window. */
  countSent(externalUserId: string): Promise<void>;
}
