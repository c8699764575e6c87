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
  attachments: { kind: string }[];
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
    attachments: message.attachments.map((a) => ({ kind: a.kind })),
  };
  if (message.channelMessageId?.startsWith(prefix)) view.clientMessageId = message.channelMessageId.slice(prefix.length);
  if (meta.ticket) view.ticket = meta.ticket;
  if (meta.quickReplies?.length) view.quickReplies = meta.quickReplies;
  return view;
}
