/**
 * `WebChatChannel`: the `Channel` port for the browser widget. Visitors' HTTP requests become
 * `InboundMessage`s (the session's random reference is the customerRef, never its token; the
 * widget's message id, scoped by that reference, is the channel message id), and whatever the bot
 * or an agent says is pushed to the session's event streams from the stored conversation.
 *
 * Every message to the visitor is committed with an outbox item. Agents' messages and surveys
 * reach the streams through the `customer:web` relay. The bot's reply goes back in the HTTP answer
 * and to the streams at once, and its item, held meanwhile, is then confirmed (InlineDeliveries);
 * only a reply a process died before confirming is left to the relay.
 */
import type { Attachment, OutboundMessage } from '../../bot/messages';
import type { OutboundImage } from '../../bot/outbound-image';
import { type Channel, type InboundHandler } from '../../bot/channel';
import { replyDeliveryKey } from '../../bot/customer-deliveries';
import type { TurnResult } from '../../bot/pipeline';
import type { Clock } from '../../kernel/clock';
import { channelMessageIdFor } from './message-view';
import type { SessionStreams } from './session-streams';
import type { WebSession, WebSessions } from './web-sessions';

export interface WebTurn {
  clientMessageId: string;
  text?: string;
  attachments?: Attachment[];
  /** The visitor's address (limits on guessing and filing count per address). */
  ip?: string;
}

/** A reply's outbox item waits this long for its inline confirmation before the relay may send it. */
const INLINE_HOLD_MS = 5_000;

export class WebChatChannel implements Channel {
  readonly name = 'web';
  private onMessage?: InboundHandler;
  /** Told of each reply given inline, by its outbox key (confirmed in batches). */
  onSentInline?: (key: string) => void;
  /**
   * Tells whoever holds the visitor's event streams that a conversation of theirs has something
   * new. By default this process's streams; with several instances (mount-web-chat.ts) every
   * instance's, since the stream may be on another one than the request or the relay.
   */
  announce: (customerRef: string, conversationId: number) => void = (ref, conversationId) => this.changed(ref, conversationId);
  /** Whether another instance may hold the visitor's streams (the desk is shared). */
  shared = false;

  constructor(
    readonly sessions: WebSessions,
    readonly streams: SessionStreams,
    private readonly clock: Clock,
  ) {
    sessions.onEnd = (session) => streams.end(session, 'expired');
  }

  async start(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
    this.sessions.startSweeping();
  }

  async stop(): Promise<void> {
    this.onMessage = undefined;
    this.sessions.stop();
    this.streams.closeAll();
  }

  /** One visitor turn: shows "typing", runs the bot, then pushes what was stored to the streams. */
  async receive(session: WebSession, turn: WebTurn): Promise<TurnResult> {
    if (!this.onMessage) throw new Error('web chat channel is not started');
    this.streams.typing(session);
    // Kept by its token's hash from the first message on, so a restart mid-turn does not lose the chat.
    await this.sessions.spoke(session);
    const channelMessageId = channelMessageIdFor(session.ref, turn.clientMessageId);
    // A model's checked words reach the streams as it writes them; the stored reply follows.
    const draft = this.streams.draft(session, turn.clientMessageId);
    const result = await this.onMessage(
      {
        channel: 'web',
        channelMessageId,
        customerRef: session.ref,
        text: turn.text ?? '',
        attachments: turn.attachments ?? [],
        receivedAt: this.clock.now().toISOString(),
        ...(turn.ip ? { client: { ip: turn.ip } } : {}),
        relay: { holdMs: INLINE_HOLD_MS },
      },
      { draft },
    );
    session.conversationIds.add(result.conversationId);
    draft.settle(result.duplicate ? undefined : result.replyMessageId);
    this.announce(session.ref, result.conversationId);
    // The HTTP answer carries the reply (a retry's too, if it was never sent): given inline.
    if (result.replies.length && (!result.duplicate || result.unsent)) this.onSentInline?.(replyDeliveryKey('web', channelMessageId));
    return result;
  }

  /**
   * A reply, an agent's answer, a notice or a survey for a web visitor. It is already in the
   * stored conversation, so a visitor who is offline now reads it from history on their next
   * connection; a session that has expired cannot be reached at all. Sent once it is handed to
   * the session's streams, in order (the relay does not wait for the typing effect).
   */
  async send(message: Pick<OutboundMessage, 'customerRef' | 'conversationId'>): Promise<{ externalRef?: string }> {
    const session = this.sessions.byRef(message.customerRef);
    if (!session && !this.shared) return { externalRef: 'session-ended' };
    // Stored with the item: every instance holding a stream of this visitor now streams it from the store.
    this.announce(message.customerRef, message.conversationId);
    return { externalRef: session ? `session:${session.ref}` : 'announced' };
  }

  /**
   * A conversation of this visitor changed (here or on another instance): if this process holds
   * the session, its open streams are sent what they lack. Returns whether it did.
   */
  changed(customerRef: string, conversationId?: number): boolean {
    const session = this.sessions.byRef(customerRef);
    if (!session) return false;
    if (conversationId !== undefined) session.conversationIds.add(conversationId);
    void this.streams.sync(session);
    return true;
  }

  /** Notices may have been missed (the bus reconnected): every open stream reads what it lacks. */
  resyncAll(): void {
    for (const ref of this.streams.refsWithStreams()) this.changed(ref);
  }

  /**
   * An agent's picture: the stored message it came with already carries it, and the widget shows
   * it from there (fetched with the session's token), so this only wakes the streams like `send`.
   */
  sendImage(image: OutboundImage): Promise<{ externalRef?: string }> {
    return this.send(image);
  }
}
