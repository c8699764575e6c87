/**
 * The `Handoff` contract (bot/handoff.ts): what every desk where people take conversations over
 * must do, whatever carries it. A real customer turn hands the conversation over; the desk must
 * show why and a summary, be told of the customer's later messages, let a person answer so the
 * answer reaches the customer on their own channel, and let the person hand the conversation back
 * to the bot. Its `deliver` must refuse an item it cannot read with a ValidationError (the relay
 * parks it for a person), and tell a permanent refusal of its transport from a temporary one.
 *
 * A desk that cannot keep a promise names it in `cannot` with the reason: the item is skipped with
 * that reason in its title, never left out silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handoff } from '../../bot/handoff';
import type { OutboundMessage } from '../../bot/messages';
import type { TurnResult } from '../../bot/pipeline';
import { AppError, ValidationError } from '../../kernel/errors';
import type { OutboxItem } from '../../tickets/outbox';

export const HANDOFF_PROMISES = ['routed', 'handsOff', 'relaysCustomer', 'agentReplies', 'handsBack', 'refusesMalformed', 'failureKinds'] as const;
export type HandoffPromise = (typeof HANDOFF_PROMISES)[number];

export interface HandoffHarness {
  handoff: Handoff;
  /** The desks the composition root queues handoff items for. */
  desks: readonly string[];
  /** A customer's turn through the real bot (on the web chat unless the harness says otherwise). */
  customer(ref: string, text: string): Promise<TurnResult>;
  /** Runs this desk's outbox relay until nothing is due. */
  drain(): Promise<void>;
  /** Everything the people at this desk can read of the conversation, as one text. */
  deskSees(conversationId: number): Promise<string>;
  /** A person at the desk takes the conversation, answers, hands it back (as that desk's people do: clicks, posts, signed requests). */
  take(conversationId: number): Promise<void>;
  reply(conversationId: number, text: string): Promise<void>;
  handBack(conversationId: number): Promise<void>;
  /** Who has the conversation now (bot, handoff_requested, agent). */
  mode(conversationId: number): Promise<string>;
  /** What was queued for the customer's channel in this conversation, oldest first. */
  toCustomer(conversationId: number): Promise<OutboundMessage[]>;
  /** This desk's queued items for the conversation, not yet delivered (the relay is not running). */
  queued(conversationId: number): Promise<OutboxItem[]>;
  /** The desk's transport refuses the next call: for good, or for now. */
  failNext?(kind: 'permanent' | 'temporary'): void;
  close(): Promise<void>;
}

export interface HandoffContractOptions {
  open(): Promise<HandoffHarness>;
  /** Promises this desk cannot keep, each with the reason (shown as the skipped test's title). */
  cannot?: Partial<Record<HandoffPromise, string>>;
}

/** The reason code or its label: the built-in desk's page translates the code, Slack's post shows the label. */
const CUSTOMER_ASKED = /customer_request|客户要求人工/;

let seq = 0;

export function describeHandoffContract(implementation: string, options: HandoffContractOptions): void {
  describe(`Handoff contract: ${implementation}`, () => {
    let h: HandoffHarness;
    beforeAll(async () => {
      h = await options.open();
    });
    afterAll(async () => {
      await h?.close();
    });

    /** A promise of the contract, or its skip with the reason this desk cannot keep it. */
    const promise = (key: HandoffPromise, title: string, body: () => Promise<void>) => {
      const reason = options.cannot?.[key];
      if (reason) it.skip(`${title} — not kept here: ${reason}`, body);
      else it(title, body);
    };

    /** A fresh customer who describes a fault, then asks for a person. */
    async function handedOff(): Promise<{ ref: string; conversationId: number }> {
      const ref = `handoff-contract-${process.pid}-${++seq}`;
      await h.customer(ref, '格力空调显示E1，不制冷了');
      const turn = await h.customer(ref, '转人工');
      expect(turn.mode).toBe('handoff_requested');
      return { ref, conversationId: turn.conversationId };
    }

    promise('routed', 'is one of the desks handoff items are queued for, under its own name', async () => {
      expect(h.handoff.name).toMatch(/\S/);
      expect(h.desks).toContain(h.handoff.name);
      const { conversationId } = await handedOff();
      const items = await h.queued(conversationId);
      expect(items.map((i) => [i.destination, i.kind])).toContainEqual([h.handoff.name, 'handoff.requested']);
    });

    promise('handsOff', 'shows the people why the conversation was handed over, with a summary', async () => {
      const { conversationId } = await handedOff();
      await h.drain();
      const seen = await h.deskSees(conversationId);
      expect(seen).toMatch(CUSTOMER_ASKED);
      // The summary carries what the customer told the bot before asking for a person.
      expect(seen).toContain('E1');
    });

    promise('relaysCustomer', "relays the customer's later messages to the people", async () => {
      const { ref, conversationId } = await handedOff();
      await h.drain();
      expect(await h.deskSees(conversationId)).not.toContain('下午三点以后都在家');
      await h.customer(ref, '我下午三点以后都在家');
      await h.drain();
      expect(await h.deskSees(conversationId)).toContain('下午三点以后都在家');
    });

    promise('agentReplies', "brings a person's answer back to the customer, on the customer's channel, once", async () => {
      const { ref, conversationId } = await handedOff();
      await h.drain();
      await h.take(conversationId);
      expect(await h.mode(conversationId)).toBe('agent');
      const answer = `您好，我是客服，E1 是高压保护，明天安排师傅上门 #${seq}`;
      await h.reply(conversationId, answer);
      const answers = (await h.toCustomer(conversationId)).filter((m) => m.kind === 'agent');
      expect(answers).toEqual([expect.objectContaining({ channel: 'web', customerRef: ref, conversationId, text: answer })]);
    });

    promise('handsBack', 'hands the conversation back to the bot, which answers the customer again', async () => {
      const { ref, conversationId } = await handedOff();
      await h.drain();
      await h.take(conversationId);
      await h.handBack(conversationId);
      expect(await h.mode(conversationId)).toBe('bot');
      const next = await h.customer(ref, '洗衣机不排水怎么办');
      expect(next.mode).toBe('bot');
      expect(next.replies.length).toBeGreaterThan(0);
    });

    promise('refusesMalformed', 'refuses an item it does not know, or one it cannot read, with a ValidationError', async () => {
      const item = (kind: string, payload: unknown): OutboxItem => ({
        id: 999_000 + ++seq,
        destination: h.handoff.name,
        kind,
        payload,
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
        status: 'pending',
      });
      const unknown = await h.handoff.deliver(item('ticket.teleported', { conversationId: 1 })).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(ValidationError);
      expect((unknown as Error).message).toContain('ticket.teleported');
      const unreadable = await h.handoff.deliver(item('handoff.requested', { conversationId: 'not a number', channel: 'web' })).catch((e: unknown) => e);
      expect(unreadable).toBeInstanceOf(ValidationError);
    });

    promise('failureKinds', 'tells a permanent refusal of its transport from a temporary one', async () => {
      const { conversationId } = await handedOff();
      const [item] = (await h.queued(conversationId)).filter((i) => i.kind === 'handoff.requested' && i.destination === h.handoff.name);
      expect(item).toBeDefined();
      h.failNext!('permanent');
      const permanent = await h.handoff.deliver(item!).catch((e: unknown) => e);
      h.failNext!('temporary');
      const temporary = await h.handoff.deliver(item!).catch((e: unknown) => e);
      expect(permanent).toBeInstanceOf(AppError);
      expect(temporary).toBeInstanceOf(AppError);
      expect([(permanent as AppError).retryable, (temporary as AppError).retryable]).toEqual([false, true]);
    });
  });
}
