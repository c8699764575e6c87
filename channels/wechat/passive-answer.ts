/**
 * What an official account says in the one passive reply WeChat allows per customer message: one
 * text of at most 2048 bytes. Everything owed to the customer (answers that were not ready in
 * time, agents' messages an unverified account cannot push, pieces of a long reply) waits in the
 * outbox in the customer's lane and goes out, oldest first, in the answers to their next messages.
 * Several replies are joined only while they fit; what does not fit stays owed, and the answer
 * then ends with a line telling the customer to write again for the rest.
 */
import type { OutboundMessage } from '../../bot/messages';
import type { Outbox } from '../../tickets/outbox';
import { byteLength, splitReply, WECHAT_TEXT_MAX_BYTES } from '../split-reply';

const JOIN = '\n\n';

/**
 * Packs pieces (each already under the limit) into one text, in order; when not all fit, `more` is
 * appended and `taken` says how many went in (at least one, if it fits with the line).
 */
export function packPassive(pieces: string[], more: string, maxBytes = WECHAT_TEXT_MAX_BYTES): { text: string; taken: number } {
  const taken: string[] = [];
  for (const piece of pieces) {
    if (byteLength([...taken, piece].join(JOIN)) > maxBytes) break;
    taken.push(piece);
  }
  if (taken.length === pieces.length) return { text: taken.join(JOIN), taken: taken.length };
  while (taken.length > 1 && byteLength([...taken, more].join(JOIN)) > maxBytes) taken.pop();
  const withMore = [...taken, more].join(JOIN);
  return { text: byteLength(withMore) <= maxBytes ? withMore : taken.join(JOIN), taken: taken.length };
}

export interface OwedRepliesOptions {
  outbox: Outbox;
  destination: string;
  /** One transaction: what is taken and what is owed again are written together. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  now: () => Date;
}

export class OwedReplies {
  constructor(private readonly options: OwedRepliesOptions) {}

  /**
   * The passive answer for a customer who just wrote: what was owed to them first, then `fresh`
   * (this turn's replies), then `notice` if given; whatever does not fit is owed again, in order.
   */
  async answer(customerRef: string, fresh: OutboundMessage[], more: string, notice?: string): Promise<string> {
    const { outbox, destination, transaction, now } = this.options;
    return transaction(async () => {
      const owed = await outbox.waiting(destination, customerRef);
      const messages = [...owed.map((o) => o.payload as OutboundMessage), ...fresh];
      // Pieces leave room for the "reply to see the rest" line, so the first one never crowds it out.
      const room = WECHAT_TEXT_MAX_BYTES - byteLength(more) - byteLength(JOIN);
      const pieces = messages.flatMap((m) => splitReply(m.text, room).map((text) => ({ ...m, text })));
      const texts = pieces.map((p) => p.text);
      if (notice) texts.push(notice);
      const { text, taken } = packPassive(texts, more);
      for (const item of owed) await outbox.markDelivered(item.id, 'passive', now());
      // A notice that did not fit is dropped: it only says an answer is on its way.
      const left = pieces.slice(taken);
      for (const piece of left) await outbox.enqueue({ destination, kind: 'message', payload: piece, lane: customerRef, waitsFor: 'customer' });
      return text;
    });
  }

  /** Replies not given in time: owed until the customer writes again. */
  async owe(customerRef: string, messages: OutboundMessage[]): Promise<void> {
    const { outbox, destination, transaction } = this.options;
    await transaction(async () => {
      for (const m of messages) for (const text of splitReply(m.text)) await outbox.enqueue({ destination, kind: 'message', payload: { ...m, text }, lane: customerRef, waitsFor: 'customer' });
    });
  }
}
