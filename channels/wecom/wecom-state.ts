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
  /**
   * Moves the cursor to `cursor` only if it still stands at `from` (the cursor the page was pulled
   * from; undefined: none saved yet), and says whether it moved. Two instances pulling the same
   * account at once both start from the same place; the one that saves second would otherwise
   * put the cursor back behind pages the first has already handled.
   */
  saveCursor(openKfId: string, cursor: string, now: Date, from: string | undefined): Promise<boolean>;
  /** A customer wrote at `at` (whole seconds): the window opens again and the count restarts; an older message pulled again changes nothing. */
  customerWrote(externalUserId: string, openKfId: string, at: Date): Promise<void>;
  window(externalUserId: string): Promise<WecomSendWindow | undefined>;
  /** One more message went to the customer in the current window. */
  countSent(externalUserId: string): Promise<void>;
}
