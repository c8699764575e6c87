/**
 * The `DeskPosts` port of the Slack desk: what its relay knows about posting one outbox item. A post is
 * marked started before the call and confirmed with the desk's message id (Slack's ts) after
 * it, so a resend after a crash can tell "never posted" from "posted, answer not recorded".
 */
export interface DeskPost {
  outboxId: number;
  startedAt: string;
  channelId?: string;
  ts?: string;
}

export interface DeskPosts {
  get(outboxId: number): Promise<DeskPost | undefined>;
  /** Marks a post as started (a second call keeps the first start time). */
  begin(outboxId: number, at: Date): Promise<void>;
  confirm(outboxId: number, channelId: string, ts: string, at: Date): Promise<void>;
}
