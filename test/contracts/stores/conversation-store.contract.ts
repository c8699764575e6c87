/**
 * What every `ConversationStore` promises (bot/conversation.ts), run against each implementation
 * by test/storage/conversation-store.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, type ConversationStore } from '../../../bot/conversation';
import { inboundMessageSchema } from '../../../bot/messages';
import type { FixedClock } from '../../../kernel/clock';
import type { CustomerDirectory } from '../../../tickets/customer-directory';
import { inbound } from '../../../testing/desk';

export interface ConversationStoreWorld {
  conversations: ConversationStore;
  customers: CustomerDirectory;
  clock: FixedClock;
  /** Deliveries waiting in the outbox the store writes to. */
  pendingDeliveries(destination: string): Promise<number>;
  close(): Promise<void>;
}

const parse = (text: string, id: string, overrides = {}) => inboundMessageSchema.parse(inbound(text, id, overrides));

export function describeConversationStoreContract(implementation: string, open: () => Promise<ConversationStoreWorld>): void {
  describe(`ConversationStore contract: ${implementation}`, () => {
    let world: ConversationStoreWorld;
    let conversations: ConversationStore;
    let customerId: number;
    beforeEach(async () => {
      world = await open();
      conversations = world.conversations;
      customerId = (await world.customers.resolve({ channel: 'web', externalId: 'session-1' })).id;
    });
    afterEach(() => world.close());

    it('stores a message once and recognises its redelivery with the reply already given', async () => {
      const first = await conversations.receive(parse('空调显示E1', 'm1'), customerId);
      expect(first).toMatchObject({ duplicate: false, message: { direction: 'in', text: '空调显示E1', channelMessageId: 'm1', author: `customer:${customerId}` } });
      const again = await conversations.receive(parse('空调显示E1', 'm1'), customerId);
      expect(again).toMatchObject({ duplicate: true, message: { id: first.message.id } });
      expect(again.earlierReply).toBeUndefined();

      const reply = { channel: 'web' as const, customerRef: 'session-1', conversationId: first.conversation.id, inReplyTo: 'm1', kind: 'reply' as const, text: '请先断电重启' };
      const stored = await conversations.commitTurn(first.conversation.id, { reply, author: 'bot:offline', state: { ...initialState(), turns: 1 }, meta: { intent: 'fault_report' } });
      expect(stored).toMatchObject({ direction: 'out', text: '请先断电重启', meta: { intent: 'fault_report', kind: 'reply' } });
      const third = await conversations.receive(parse('空调显示E1', 'm1'), customerId);
      expect(third.earlierReply).toMatchObject({ id: stored!.id, text: '请先断电重启', direction: 'out', meta: { intent: 'fault_report', kind: 'reply' } });
      expect(third.conversation.state.turns).toBe(1);
      expect(await conversations.history(first.conversation.id)).toHaveLength(2);
    });

    it('refuses a message id reused for other words', async () => {
      await conversations.receive(parse('空调显示E1', 'm1'), customerId);
      await expect(conversations.receive(parse('别的内容', 'm1'), customerId)).rejects.toMatchObject({ code: 'message_id_reused' });
    });

    it('starts a conversation for a first contact, which the next message continues', async () => {
      const { customer, firstContact } = await world.customers.identify({ channel: 'web', externalId: 'session-first' });
      const message = (text: string, id: string) => parse(text, id, { customerRef: 'session-first' });
      const first = await conversations.receive(message('冰箱不制冷', 'f1'), customer.id, { firstContact });
      expect(first).toMatchObject({ duplicate: false, conversation: { customerId: customer.id, state: initialState() } });
      const next = await conversations.receive(message('型号BCD-520', 'f2'), customer.id);
      expect(next.conversation.id).toBe(first.conversation.id);
    });

    it('keeps one conversation going and starts a new one after a long silence', async () => {
      const a = await conversations.receive(parse('hi', 'a'), customerId);
      world.clock.advance(3_600_000);
      const b = await conversations.receive(parse('still there?', 'b'), customerId);
      expect(b.conversation.id).toBe(a.conversation.id);
      expect(b.conversation.updatedAt).toBe(world.clock.now().toISOString());
      // Stored too, not only told: the next message's "still going?" reads it.
      expect((await conversations.get(a.conversation.id)).updatedAt).toBe(world.clock.now().toISOString());
      world.clock.advance(13 * 3_600_000);
      const c = await conversations.receive(parse('new problem', 'c'), customerId);
      expect(c.conversation.id).not.toBe(a.conversation.id);
      expect((await conversations.latestFor(customerId))?.id).toBe(c.conversation.id);
      const since = new Date(world.clock.now().getTime() - 24 * 3_600_000);
      expect((await conversations.activeFor('web', 'session-1', since)).map((x) => x.id)).toEqual([a.conversation.id, c.conversation.id]);
      expect(await conversations.activeFor('web', 'session-1', world.clock.now())).toEqual([{ id: c.conversation.id, updatedAt: world.clock.now().toISOString() }]);
    });

    it('keeps history in order and gives the latest messages when limited', async () => {
      const { conversation } = await conversations.receive(parse('一', 'h1'), customerId);
      for (const [i, text] of ['二', '三', '四'].entries()) {
        world.clock.advance(1000);
        await conversations.receive(parse(text, `h${i + 2}`), customerId);
      }
      expect((await conversations.history(conversation.id)).map((m) => m.text)).toEqual(['一', '二', '三', '四']);
      expect((await conversations.history(conversation.id, 2)).map((m) => m.text)).toEqual(['三', '四']);
      const [one, two, , four] = await conversations.history(conversation.id);
      expect((await conversations.historyAfter(conversation.id, one!.id, 10)).map((m) => m.text)).toEqual(['二', '三', '四']);
      expect((await conversations.historyAfter(conversation.id, two!.id, 1)).map((m) => m.text)).toEqual(['三']);
      expect(await conversations.historyAfter(conversation.id, four!.id, 10)).toEqual([]);
      await expect(conversations.get(999_999)).rejects.toMatchObject({ code: 'conversation_not_found' });
    });

    it('writes the reply, the state and its deliveries together, or none of them', async () => {
      const { conversation } = await conversations.receive(parse('转人工', 'h1'), customerId);
      const reply = { channel: 'web' as const, customerRef: 'session-1', conversationId: conversation.id, inReplyTo: 'h1', kind: 'reply' as const, text: '正在转接' };
      const handoff = { destination: 'slack', kind: 'handoff.requested', payload: { conversationId: conversation.id }, dedupKey: 'handoff:1' };
      await conversations.commitTurn(conversation.id, { reply, author: 'bot', state: { ...initialState(), mode: 'handoff_requested' }, deliveries: [handoff] });
      expect(await world.pendingDeliveries('slack')).toBe(1);

      // A failing delivery (bad payload) rolls back the reply and the state change with it.
      const before = await conversations.history(conversation.id);
      await expect(
        conversations.commitTurn(conversation.id, {
          reply: { ...reply, inReplyTo: undefined, text: 'second' },
          author: 'bot',
          state: { ...initialState(), mode: 'agent' },
          deliveries: [{ destination: 'slack', kind: 'x', payload: undefined }],
        }),
      ).rejects.toThrow();
      expect(await conversations.history(conversation.id)).toEqual(before);
      expect((await conversations.get(conversation.id)).state.mode).toBe('handoff_requested');
      expect(await world.pendingDeliveries('slack')).toBe(1);
    });

    it("keeps an agent's pictures with their message", async () => {
      const first = await conversations.receive(parse('转人工', 'p1'), customerId);
      const picture = { kind: 'image' as const, ref: '/data/uploads/desk-agent-1.png', mimeType: 'image/png', bytes: 1234, name: 'map.png' };
      const reply = { channel: 'web' as const, customerRef: 'session-1', conversationId: first.conversation.id, kind: 'agent' as const, text: '位置图', attachments: [picture] };
      const stored = await conversations.commitTurn(first.conversation.id, { reply, author: 'agent:web-desk:li', state: initialState() });
      expect(stored!.attachments).toEqual([picture]);
      expect((await conversations.history(first.conversation.id)).at(-1)).toMatchObject({ id: stored!.id, text: '位置图', attachments: [picture] });
    });

    it('commits a turn that ends a handling only while the conversation is still with people, once when two race', async () => {
      const { conversation } = await conversations.receive(parse('找人工', 'e1'), customerId);
      await conversations.setState(conversation.id, { ...initialState(), mode: 'agent', agent: 'web-desk:li' });
      const withPeople = (await conversations.get(conversation.id)).state;
      const survey = (n: number) => ({
        reply: { channel: 'web' as const, customerRef: 'session-1', conversationId: conversation.id, kind: 'survey' as const, text: `请打分 ${n}` },
        author: `agent:web-desk:${n}`,
        state: { ...withPeople, mode: 'bot' as const, agent: undefined },
        basedOn: withPeople,
        deliveries: [{ destination: 'survey-lane', kind: 'message', payload: { conversationId: conversation.id, n } }],
        endsHandling: true,
      });
      // Two resolves read the conversation with people, then commit at the same moment.
      const results = await Promise.all([conversations.commitTurn(conversation.id, survey(1)), conversations.commitTurn(conversation.id, survey(2))]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await world.pendingDeliveries('survey-lane')).toBe(1);
      expect((await conversations.history(conversation.id)).filter((m) => m.direction === 'out')).toHaveLength(1);
      // Back with the bot, a later one ends nothing and sends nothing.
      expect(await conversations.commitTurn(conversation.id, survey(3))).toBeUndefined();
      expect(await world.pendingDeliveries('survey-lane')).toBe(1);
    });

    it('sets the state a desk decides', async () => {
      const { conversation } = await conversations.receive(parse('hi', 's1'), customerId);
      await conversations.setState(conversation.id, { ...initialState(), mode: 'agent', agent: 'web-desk:li' });
      expect((await conversations.get(conversation.id)).state).toMatchObject({ mode: 'agent', agent: 'web-desk:li' });
    });
  });
}
