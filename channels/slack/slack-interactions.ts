/**
 * Turns what agents do in Slack into `HandoffDesk` calls: the three buttons on a handoff post,
 * and replies in its thread. Each Slack event or click takes effect once (its id is recorded in
 * the same transaction as the effect), so Slack's retries and replays change nothing.
 */
import { z } from 'zod';
import type { DeskEvents } from '../../bot/desk-events';
import type { HandoffDesk } from '../../bot/handoff-desk';
import { isAppError } from '../../kernel/errors';
import type { Outbox } from '../../tickets/outbox';
import type { TicketStore } from '../../tickets/ticket-store';
import { SLACK_DESK, type AgentNotice } from './desk-payloads';
import { ACTIONS } from './handoff-blocks';
import type { HandoffThreads } from './handoff-threads';
import { explicitReply, internalNote, plainFromSlack } from './slack-text';

export const blockActionsSchema = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string() }).optional(),
  container: z.looseObject({ channel_id: z.string().optional(), message_ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  message: z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.looseObject({ action_id: z.string(), value: z.string().optional(), action_ts: z.string() })).min(1),
});
export type BlockActions = z.infer<typeof blockActionsSchema>;

export const messageEventSchema = z.looseObject({
  type: z.literal('message'),
  channel: z.string(),
  user: z.string().optional(),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  /** Files shared with the message (subtype file_share): only their names are read. */
  files: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })).optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

export type Outcome = 'taken_over' | 'returned_to_bot' | 'resolved' | 'sent' | 'noted' | 'not_sent' | 'duplicate' | 'ignored';

export interface SlackInteractionsDeps {
  handoffs: HandoffDesk;
  threads: HandoffThreads;
  events: DeskEvents;
  outbox: Outbox;
  tickets: TicketStore;
  /** Told after something was queued for Slack, to wake the relay. */
  onQueued?: () => void;
  /**
   * `conversation` (default): every thread reply goes to the customer. `alerts`: the thread is for
   * the team; only a reply given with an explicit command (`!reply ...`, `回复：...`) goes out.
   */
  threadMode?: SlackThreadMode;
}

export type SlackThreadMode = 'conversation' | 'alerts';

const FILE_NOT_SENT =
  "附件没有发给客户：客户所在的渠道收不到从 Slack 转来的文件，请改用文字说明，或在工单里处理。/ Your file was not sent: the customer's channel cannot receive files from Slack. Describe it in text, or handle it on the ticket.";
const TEXT_SENT_FILE_NOT = '文字已发给客户，附件没有。/ Your text was sent to the customer; the file was not.';
const NOTED_NOT_SENT =
  '已记为内部备注，没有发给客户（此频道为仅提醒模式）。要回复客户，请写「!reply 内容」或「回复：内容」。/ Kept as an internal note, not sent (this desk is in alerts-only mode). To answer the customer, write `!reply your text`.';

export class SlackInteractions {
  constructor(private readonly deps: SlackInteractionsDeps) {}

  /** A click on Take over / Return to bot / Resolve. */
  async button(body: BlockActions): Promise<Outcome> {
    const action = body.actions[0]!;
    const channelId = body.channel?.id ?? body.container?.channel_id;
    // Buttons sit on the handoff post or on a re-announcement inside its thread.
    const postTs = body.message?.thread_ts ?? body.message?.ts ?? body.container?.thread_ts ?? body.container?.message_ts;
    if (!channelId || !postTs) return 'ignored';
    const thread = await this.deps.threads.byThread(SLACK_DESK, channelId, postTs);
    if (!thread || (action.value !== undefined && action.value !== String(thread.conversationId))) return 'ignored';
    const agent = `slack:${body.user.id}`;
    const id = thread.conversationId;
    const done = await this.deps.events.once(SLACK_DESK, `action:${action.action_ts}:${body.user.id}:${action.action_id}`, async (): Promise<Outcome> => {
      switch (action.action_id) {
        case ACTIONS.takeOver:
          await this.deps.handoffs.takeOver(id, agent);
          return 'taken_over';
        case ACTIONS.returnToBot:
          await this.deps.handoffs.returnToBot(id, `agent:${agent}`, 'agent');
          return 'returned_to_bot';
        case ACTIONS.resolve:
          await this.deps.handoffs.resolve(id, agent);
          return 'resolved';
        default:
          return 'ignored';
      }
    });
    return this.after(done);
  }

  /** A message in the channel: an agent's reply when it is in one of our threads. */
  async message(eventId: string, event: MessageEvent): Promise<Outcome> {
    // Edits, deletions, joins and bots (ourselves included) are not answers to a customer. A
    // message with a file (file_share) is: its text goes out and the agent hears about the file.
    if ((event.subtype && event.subtype !== 'thread_broadcast' && event.subtype !== 'file_share') || event.bot_id || !event.user) return 'ignored';
    if (!event.thread_ts || event.thread_ts === event.ts) return 'ignored';
    const thread = await this.deps.threads.byThread(SLACK_DESK, event.channel, event.thread_ts);
    if (!thread) return 'ignored';
    const written = plainFromSlack(event.text);
    const files = event.files?.length ?? 0;
    if (!written && !files) return 'ignored';
    const agent = `slack:${event.user}`;
    const note = internalNote(written);
    const command = explicitReply(written);
    // In alerts-only mode nothing typed reaches the customer without the explicit command.
    const text = command ?? written;
    const asNote = note !== undefined ? note : this.deps.threadMode === 'alerts' && command === undefined ? written : undefined;
    const tell = (text: string) => {
      const notice: AgentNotice = { channelId: event.channel, threadTs: event.thread_ts, user: event.user!, text };
      return this.deps.outbox.enqueue({ destination: SLACK_DESK, kind: 'agent.notice', payload: notice });
    };
    const done = await this.deps.events.once(SLACK_DESK, eventId, async (): Promise<Outcome> => {
      if (asNote !== undefined) {
        if (asNote && thread.ticketNumber) await this.deps.tickets.addNote(thread.ticketNumber, `agent:${agent}`, asNote + (files ? ` [+${files} file(s) in Slack]` : ''));
        if (note === undefined) await tell(NOTED_NOT_SENT);
        return 'noted';
      }
      if (!text) {
        await tell(FILE_NOT_SENT);
        return 'not_sent';
      }
      try {
        await this.deps.handoffs.agentReply(thread.conversationId, agent, text);
        if (files) await tell(`${TEXT_SENT_FILE_NOT} ${FILE_NOT_SENT}`);
        return 'sent';
      } catch (error) {
        if (!isAppError(error) || error.code !== 'not_handed_off') throw error;
        await tell('未发送：该对话已交回机器人。如需回复客户，请先点「接管 Take over」。/ Not sent: this conversation is back with the bot; press Take over first to answer the customer.');
        return 'not_sent';
      }
    });
    return this.after(done);
  }

  private after(done: { first: true; value: Outcome } | { first: false }): Outcome {
    if (!done.first) return 'duplicate';
    if (done.value !== 'ignored') this.deps.onQueued?.();
    return done.value;
  }
}
