/**
 * The `Channel` contract (bot/channel.ts): what every customer-facing adapter must do, whatever
 * platform carries it. A customer's message reaches the bot once, as a message of this channel,
 * filed under that customer, and the answer goes back to them; the platform delivering the same
 * message again is recognised by its channel message id. `send` delivers to the right customer,
 * in order, and each outbox item once (a retry skips the parts an earlier try sent). Malformed
 * input from the platform is refused with a clear error and never reaches the bot. A refusal that
 * time will not lift is told apart from one worth retrying.
 *
 * A channel that cannot keep a promise names it in `cannot` with the reason: the item is skipped
 * with that reason in its title, never left out silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, DeliveryProgress } from '../../bot/channel';
import type { InboundMessageInput, OutboundMessage } from '../../bot/messages';
import { AppError } from '../../kernel/errors';

export const CHANNEL_PROMISES = ['inbound', 'redelivery', 'rightCustomerInOrder', 'oncePerItem', 'refusesMalformed', 'failureKinds'] as const;
export type ChannelPromise = (typeof CHANNEL_PROMISES)[number];

/** One customer's message as the platform carried it, and the means to have the platform carry it again. */
export interface Written {
  /** The platform delivers the very same message again (a retry, a replay after a restart). */
  again(): Promise<void>;
}

export interface ChannelHarness {
  /** The channel as the composition root mounts it, started, with the real bot behind it. */
  channel: Channel;
  /** Every message the channel handed to the bot, in order. */
  inbound: InboundMessageInput[];
  /** A new customer of the platform; returns the customerRef the channel files them under. */
  newCustomer(): Promise<string>;
  /** The customer writes through the platform (a signed callback, a puppet event, an HTTP turn); resolves once the channel has handled it. */
  customerWrites(customerRef: string, text: string): Promise<Written>;
  /** The customer's latest conversation on this channel. */
  conversationOf(customerRef: string): Promise<number>;
  /** What the customer's app or browser was given, texts oldest first. */
  received(customerRef: string): Promise<string[]>;
  /**
   * What the core does before it queues a message for this channel (the web chat streams messages
   * from the stored conversation, so the message is stored first); absent: nothing.
   */
  beforeSend?(message: OutboundMessage): Promise<void>;
  /** The platform sends the channel something malformed; resolves with how the channel refused it (status and text, or the error). */
  malformed(): Promise<{ refused: boolean; said: string }>;
  /** The platform refuses the next send: for good, or for now. */
  failNext?(kind: 'permanent' | 'temporary', customerRef: string): void;
  close(): Promise<void>;
}

export interface ChannelContractOptions {
  open(): Promise<ChannelHarness>;
  /** Promises this channel cannot keep, each with the reason (shown as the skipped test's title). */
  cannot?: Partial<Record<ChannelPromise, string>>;
}

/** Parts an earlier try sent, kept in memory as the outbox relay keeps them with the item. */
function memoryProgress(): DeliveryProgress {
  const parts = new Set<string>();
  return { done: (part) => parts.has(part), sent: async (part) => void parts.add(part) };
}

export function describeChannelContract(implementation: string, options: ChannelContractOptions): void {
  describe(`Channel contract: ${implementation}`, () => {
    let h: ChannelHarness;
    // Nothing is opened for an adapter that keeps none of the promises (it is listed to say why).
    if (CHANNEL_PROMISES.some((p) => !options.cannot?.[p])) {
      beforeAll(async () => {
        h = await options.open();
      });
      afterAll(async () => {
        await h?.close();
      });
    }

    const promise = (key: ChannelPromise, title: string, body: () => Promise<void>) => {
      const reason = options.cannot?.[key];
      if (reason) it.skip(`${title} — not kept here: ${reason}`, body);
      else it(title, body);
    };

    /**
     * A message for the customer as the core queues it (an agent's answer) in their latest
     * conversation, then the relay's tries of that one item (`tries` > 1: an acknowledgement was lost).
     */
    async function send(customerRef: string, text: string, progress?: DeliveryProgress, tries = 1) {
      const conversationId = conversationOf.get(customerRef);
      if (conversationId === undefined) throw new Error('the contract only sends to customers who wrote first');
      const message: OutboundMessage = { channel: h.channel.name as OutboundMessage['channel'], customerRef, conversationId, kind: 'agent', text };
      await h.beforeSend?.(message);
      for (let i = 1; i < tries; i++) await h.channel.send(message, progress);
      return h.channel.send(message, progress);
    }
    const conversationOf = new Map<string, number>();

    /** A customer who has written once (so every platform lets us answer) and was answered. */
    async function customerWhoWrote(): Promise<string> {
      const ref = await h.newCustomer();
      await h.customerWrites(ref, '你好，洗衣机不排水怎么办');
      const conversationId = await h.conversationOf(ref);
      conversationOf.set(ref, conversationId);
      return ref;
    }

    promise('inbound', "hands the customer's message to the bot once, as this channel's, under that customer, and gives back the answer", async () => {
      const ref = await h.newCustomer();
      const before = h.inbound.length;
      await h.customerWrites(ref, '我家冰箱不制冷了，怎么办');
      const got = h.inbound.slice(before);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ channel: h.channel.name, customerRef: ref, text: '我家冰箱不制冷了，怎么办' });
      expect(got[0]!.channelMessageId).toMatch(/\S/);
      expect((await h.received(ref)).length).toBeGreaterThan(0);
    });

    promise('redelivery', 'recognises the same platform message delivered again, and answers it once', async () => {
      const ref = await h.newCustomer();
      const before = h.inbound.length;
      const written = await h.customerWrites(ref, '空调显示E1是什么意思');
      const answered = (await h.received(ref)).length;
      await written.again();
      const ids = h.inbound.slice(before).map((m) => m.channelMessageId);
      // Handed on again or not, never as a new message: the bot's idempotency rests on this id.
      expect(new Set(ids).size).toBe(1);
      expect((await h.received(ref)).length).toBe(answered);
    });

    promise('rightCustomerInOrder', 'delivers each message to its own customer, in the order sent', async () => {
      const a = await customerWhoWrote();
      const b = await customerWhoWrote();
      const [fromA, fromB] = [(await h.received(a)).length, (await h.received(b)).length];
      await send(a, '师傅明天上午到 (1)');
      await send(b, '配件已寄出 (1)');
      await send(a, '请准备好购买凭证 (2)');
      await send(a, '如有变化会再通知您 (3)');
      expect((await h.received(a)).slice(fromA)).toEqual(['师傅明天上午到 (1)', '请准备好购买凭证 (2)', '如有变化会再通知您 (3)']);
      expect((await h.received(b)).slice(fromB)).toEqual(['配件已寄出 (1)']);
    });

    promise('oncePerItem', 'sends an outbox item once: a retry skips what an earlier try sent', async () => {
      const ref = await customerWhoWrote();
      const from = (await h.received(ref)).length;
      const progress = memoryProgress();
      // Two tries of the same item: the first one's acknowledgement was lost.
      await send(ref, '您的工单已受理', progress, 2);
      expect((await h.received(ref)).slice(from)).toEqual(['您的工单已受理']);
    });

    promise('refusesMalformed', 'refuses malformed input from the platform with a clear error, and the bot never sees it', async () => {
      const before = h.inbound.length;
      const refusal = await h.malformed();
      expect(refusal.refused).toBe(true);
      expect(refusal.said).toMatch(/[a-z]{3,}/i);
      expect(h.inbound.length).toBe(before);
    });

    promise('failureKinds', 'tells a refusal that only the customer can lift from one worth retrying', async () => {
      const ref = await customerWhoWrote();
      const outcome = async (kind: 'permanent' | 'temporary') => {
        h.failNext!(kind, ref);
        return send(ref, `这条会被拒绝 (${kind})`).then(
          () => undefined,
          (e: unknown) => e,
        );
      };
      const permanent = await outcome('permanent');
      const temporary = await outcome('temporary');
      expect(permanent).toBeInstanceOf(AppError);
      expect(temporary).toBeInstanceOf(AppError);
      expect([(permanent as AppError).retryable, (temporary as AppError).retryable]).toEqual([false, true]);
    });
  });
}
