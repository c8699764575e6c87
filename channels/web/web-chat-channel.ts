/**
 * `WebChatChannel`: the `Channel` port for the browser widget. Visitors' HTTP requests become
 * `InboundMessage`s (the session's random reference is the customerRef, never its token; the
 * widget's message id, scoped by that reference, is the channel message id), and whatever the bot
 * or an agent says is pushed to the session's event streams from the stored conversation.
 */
import type { Attachment, OutboundMessage } from '../../bot/messages';
import type { Channel, InboundHandler } from '../../bot/channel';
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

export class WebChatChannel implements Channel {
  readonly name = 'web';
  private onMessage?: InboundHandler;

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
    const result = await this.onMessage({
      channel: 'web',
      channelMessageId: channelMessageIdFor(session.ref, turn.clientMessageId),
      customerRef: session.ref,
      text: turn.text ?? '',
      attachments: turn.attachments ?? [],
      receivedAt: this.clock.now().toISOString(),
      ...(turn.ip ? { client: { ip: turn.ip } } : {}),
    });
    session.conversationIds.add(result.conversationId);
    void this.streams.sync(session);
    return result;
  }

  /**
   * An agent's answer, a notice or a survey for a web visitor. It is already in the stored
   * conversation, so a visitor who is offline now reads it from history on their next
   * connection; a session that has expired cannot be reached at all.
   */
  async send(message: OutboundMessage): Promise<{ externalRef?: string }> {
    const session = this.sessions.byRef(message.customerRef);
    if (!session) return { externalRef: 'session-ended' };
    session.conversationIds.add(message.conversationId);
    await this.streams.sync(session);
    return { externalRef: `session:${session.ref}` };
  }
}
