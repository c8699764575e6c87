import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState } from '../../bot/conversation';
import { inboundMessageSchema } from '../../bot/messages';
import { inbound, newCustomer, openTestDesk, type TestDesk } from '../../testing/desk';

const parse = (text: string, id: string) => inboundMessageSchema.parse(inbound(text, id));

describe('conversation store', () => {
  let desk: TestDesk;
  let customerId: number;
  beforeEach(async () => {
    desk = await openTestDesk();
    customerId = await newCustomer(desk, 'session-1');
  });
  afterEach(() => desk.dispose());

  it('stores a message once and recognises its redelivery with the reply already given', async () => {
    const first = await desk.conversations.receive(parse('空调显示E1', 'm1'), customerId);
    expect(first.duplicate).toBe(false);
    const again = await desk.conversations.receive(parse('空调显示E1', 'm1'), customerId);
    expect(again).toMatchObject({ duplicate: true, message: { id: first.message.id } });
    expect(again.earlierReply).toBeUndefined();

    const reply = { channel: 'web' as const, customerRef: 'session-1', conversationId: first.conversation.id, inReplyTo: 'm1', kind: 'reply' as const, text: '请先断电重启' };
    await desk.conversations.commitTurn(first.conversation.id, { reply, author: 'bot:offline', state: { ...initialState(), turns: 1 }, meta: { intent: 'fault_report' } });
    const third = await desk.conversations.receive(parse('空调显示E1', 'm1'), customerId);
    expect(third.earlierReply).toMatchObject({ text: '请先断电重启', direction: 'out', meta: { intent: 'fault_report', kind: 'reply' } });
    expect(third.conversation.state.turns).toBe(1);
    expect(await desk.conversations.history(first.conversation.id)).toHaveLength(2);
  });

  it('starts a conversation for a first contact, which the next message continues', async () => {
    const { customer, firstContact } = await desk.customers.identify({ channel: 'web', externalId: 'session-first' });
    const message = (text: string, id: string) => inboundMessageSchema.parse(inbound(text, id, { customerRef: 'session-first' }));
    const first = await desk.conversations.receive(message('冰箱不制冷', 'f1'), customer.id, { firstContact });
    expect(first).toMatchObject({ duplicate: false, conversation: { customerId: customer.id, state: initialState() } });
    // The next message (no longer a first contact) continues it.
    const next = await desk.conversations.receive(message('型号BCD-520', 'f2'), customer.id);
    expect(next.conversation.id).toBe(first.conversation.id);
  });

  it('keeps one conversation going and starts a new one after a long silence', async () => {
    const a = await desk.conversations.receive(parse('hi', 'a'), customerId);
    desk.clock.advance(3_600_000);
    const b = await desk.conversations.receive(parse('still there?', 'b'), customerId);
    expect(b.conversation.id).toBe(a.conversation.id);
    desk.clock.advance(13 * 3_600_000);
    const c = await desk.conversations.receive(parse('new problem', 'c'), customerId);
    expect(c.conversation.id).not.toBe(a.conversation.id);
    expect((await desk.conversations.latestFor(customerId))?.id).toBe(c.conversation.id);
  });

  it('writes the reply, the state and its deliveries together, or none of them', async () => {
    const { conversation } = await desk.conversations.receive(parse('转人工', 'h1'), customerId);
    const reply = { channel: 'web' as const, customerRef: 'session-1', conversationId: conversation.id, inReplyTo: 'h1', kind: 'reply' as const, text: '正在转接' };
    const handoff = { destination: 'slack', kind: 'handoff.requested', payload: { conversationId: conversation.id }, dedupKey: 'handoff:1' };
    await desk.conversations.commitTurn(conversation.id, { reply, author: 'bot', state: { ...initialState(), mode: 'handoff_requested' }, deliveries: [handoff] });
    expect(await desk.outbox.pendingCount('slack')).toBe(1);

    // A failing delivery (bad payload) rolls back the reply and the state change with it.
    const before = await desk.conversations.history(conversation.id);
    await expect(
      desk.conversations.commitTurn(conversation.id, {
        reply: { ...reply, text: 'second' },
        author: 'bot',
        state: { ...initialState(), mode: 'agent' },
        deliveries: [{ destination: 'slack', kind: 'x', payload: undefined }],
      }),
    ).rejects.toThrow();
    expect(await desk.conversations.history(conversation.id)).toEqual(before);
    expect((await desk.conversations.get(conversation.id)).state.mode).toBe('handoff_requested');
  });

  it('refuses malformed messages with the field named', () => {
    expect(() => inboundMessageSchema.parse(inbound('', 'x'))).toThrow(/needs text or an attachment/);
    expect(() => inboundMessageSchema.parse(inbound('x'.repeat(50_001), 'x'))).toThrow(/longer than 50000/);
    expect(() => inboundMessageSchema.parse({ ...inbound('hi', 'x'), receivedAt: 'yesterday' })).toThrow();
    expect(() => inboundMessageSchema.parse({ ...inbound('hi', 'x'), channel: 'fax' })).toThrow();
  });
});
