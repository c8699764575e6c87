/**
 * What a visitor may see of a stored message: its id (the SSE event id), who spoke, the text and
 * the ticket summary. Internal details (brain, intent, citations, agent names, file paths) stay
 * on the server.
 */
import type { StoredMessage } from '../../bot/conversation';
import type { TicketSummary } from '../../bot/messages';

export interface WebMessageView {
  id: number;
  direction: 'in' | 'out';
  role: 'customer' | 'bot' | 'agent';
  /** For replies: reply (the bot), agent, notice, survey. Customer messages are `message`. */
  kind: string;
  text: string;
  at: string;
  /** The id the widget gave this message when it posted it (customer messages only). */
  clientMessageId?: string;
  /**
   * What came with the message. An agent's picture has its `index`: the widget fetches it from
   * /api/web/attachments/<message id>/<index> with the session's token (never a public URL).
   */
  attachments: { kind: string; index?: number }[];
  ticket?: TicketSummary;
  quickReplies?: string[];
}

/** The channel message id of a web message: the session's reference scopes the widget's own id. */
export function channelMessageIdFor(sessionRef: string, clientMessageId: string): string {
  return `${sessionRef}:${clientMessageId}`;
}

export function viewOf(message: StoredMessage, sessionRef: string): WebMessageView {
  const prefix = `${sessionRef}:`;
  const meta = message.meta as { kind?: string; ticket?: TicketSummary; quickReplies?: string[] };
  const view: WebMessageView = {
    id: message.id,
    direction: message.direction,
    role: message.direction === 'in' ? 'customer' : message.author.startsWith('agent') ? 'agent' : 'bot',
    kind: message.direction === 'in' ? 'message' : (meta.kind ?? 'reply'),
    text: message.text,
    at: message.at,
    attachments: message.attachments.map((a, index) => (servedToVisitor(message, index) ? { kind: a.kind, index } : { kind: a.kind })),
  };
  if (message.channelMessageId?.startsWith(prefix)) view.clientMessageId = message.channelMessageId.slice(prefix.length);
  if (meta.ticket) view.ticket = meta.ticket;
  if (meta.quickReplies?.length) view.quickReplies = meta.quickReplies;
  return view;
}

/**
 * Whether the visitor may fetch this attachment: pictures sent to them (an agent's), never what
 * they uploaded (receipts are read by the server, never served back).
 */
export function servedToVisitor(message: StoredMessage, index: number): boolean {
  return message.direction === 'out' && message.attachments[index]?.kind === 'image';
}
