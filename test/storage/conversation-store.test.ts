import { describe, expect, it, vi } from 'vitest';
import { initialState, type ConversationState, type Received } from '../../bot/conversation';
import { inboundMessageSchema } from '../../bot/messages';
import { inbound, openTestDesk } from '../../testing/desk';
import { describeConversationStoreContract } from '../contracts/stores/conversation-store.contract';
import { openPostgresPair } from '../contracts/stores/desk-pair';
import { openPostgresTestDesk } from '../helpers/postgres-desk';

describeConversationStoreContract('SQLite', async () => {
  const desk = await openTestDesk();
  return { conversations: desk.conversations, customers: desk.customers, clock: desk.clock, pendingDeliveries: (d) => desk.outbox.pendingCount(d), close: desk.dispose };
});

describeConversationStoreContract('PostgreSQL', async () => {
  const desk = await openPostgresTestDesk();
  return { conversations: desk.conversations, customers: desk.customers, clock: desk.clock, pendingDeliveries: (d) => desk.outbox.pendingCount(d), close: desk.dispose };
});

/** Two app instances on one database, each with its own pool and stores. */
async function twoInstances() {
  const pair = await openPostgresPair('2026-11-24T01:00:00Z');
  const instances = [pair.a, pair.b].map(({ db, outbox, customers, conversations }) => {
    /** What the pipeline's unit of work does with a message: who sent it, then store it. */
    const handle = (text: string, id: string, customerRef = 'session-1'): Promise<Received> =>
      db.transaction(async () => {
        const message = inboundMessageSchema.parse(inbound(text, id, { customerRef }));
        const { customer, firstContact } = await customers.identify({ channel: 'web', externalId: customerRef });
        return conversations.receive(message, customer.id, { firstContact });
      });
    return { db, outbox, customers, conversations, handle };
  });
  const count = async (sql: string) => (await pair.a.db.get<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`))!.n;
  return { instances, count, clock: pair.clock, close: pair.close };
}

const replyTo = (conversationId: number, inReplyTo: string, text: string) => ({ channel: 'web' as const, customerRef: 'session-1', conversationId, inReplyTo, kind: 'reply' as const, text });

describe('PostgresConversationStore round trips', () => {
  it('stores a message of a live conversation in three statements (its lock, the conversation, the insert), and still knows a redelivery', async () => {
    const { instances, close } = await twoInstances();
    try {
      const [a] = instances;
      await a!.handle('洗碗机洗不干净', 'rt-1');
      const { customer } = await a!.customers.identify({ channel: 'web', externalId: 'session-1' });
      const statements = [vi.spyOn(a!.db, 'get'), vi.spyOn(a!.db, 'all'), vi.spyOn(a!.db, 'run')];
      const counted = () => statements.reduce((n, spy) => n + spy.mock.calls.length, 0);
      const second = await a!.db.transaction(() => a!.conversations.receive(inboundMessageSchema.parse(inbound('还是有残渣', 'rt-2', { customerRef: 'session-1' })), customer.id));
      expect(second.duplicate).toBe(false);
      expect(counted()).toBe(3);
      // The same message again is found by the insert's conflict, in the conversation it is in.
      const again = await a!.db.transaction(() => a!.conversations.receive(inboundMessageSchema.parse(inbound('还是有残渣', 'rt-2', { customerRef: 'session-1' })), customer.id));
      expect(again).toMatchObject({ duplicate: true, conversation: { id: second.conversation.id }, message: { id: second.message.id } });
    } finally {
      await close();
    }
  });
});

describe('PostgresConversationStore on two instances', () => {
  it('stores a message that reaches both instances at once once, and answers it once', async () => {
    const { instances, count, close } = await twoInstances();
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    try {
      for (let i = 0; i < 6; i++) {
        const id = `m${i}`;
        // A brand new visitor for half of them: the customer and the conversation are created in the race too.
        const ref = i % 2 ? 'session-1' : `session-new-${i}`;
        const [x, y] = await Promise.all([a.handle('空调显示E1', id, ref), b.handle('空调显示E1', id, ref)]);
        // The loser sees exactly what a redelivery sees: the same message, no error.
        expect([x.duplicate, y.duplicate].sort()).toEqual([false, true]);
        expect(x.message.id).toBe(y.message.id);
        expect(x.conversation.id).toBe(y.conversation.id);
        expect(x.earlierReply ?? y.earlierReply).toBeUndefined();

        // Both turns ran (the loser had no reply to give yet) and both commit: one answer stands.
        const turn = (store: typeof a.conversations, text: string, r: Received) =>
          store.commitTurn(r.conversation.id, {
            reply: { ...replyTo(r.conversation.id, id, text), customerRef: ref },
            author: 'bot',
            state: { ...r.conversation.state, turns: r.conversation.state.turns + 1, language: text.startsWith('请') ? 'zh' : 'en' },
            basedOn: r.conversation.state,
            deliveries: [
              { destination: 'customer:web', kind: 'message', payload: { text }, dedupKey: `reply:web:${id}` },
              { destination: 'slack', kind: 'note', payload: { text } },
            ],
          });
        const [r1, r2] = await Promise.all([turn(a.conversations, '请先断电重启', x), turn(b.conversations, 'Please restart it', y)]);
        expect(r1!.id).toBe(r2!.id);
        const state = (await a.conversations.get(x.conversation.id)).state;
        expect(state.turns).toBe(x.conversation.state.turns + 1);
        expect(state.language).toBe(r1!.text.startsWith('请') ? 'zh' : 'en');
        const again = await b.handle('空调显示E1', id, ref);
        expect(again).toMatchObject({ duplicate: true, earlierReply: { id: r1!.id } });
      }
      expect(await count(`messages WHERE direction = 'in'`)).toBe(6);
      expect(await count(`messages WHERE direction = 'out'`)).toBe(6);
      expect(await count('outbox')).toBe(12);
      expect(await count('customers')).toBe(4);
      expect(await count('conversations')).toBe(4);
    } finally {
      await close();
    }
  });

  it('continues one conversation when one customer’s messages reach both instances at once', async () => {
    const { instances, count, clock, close } = await twoInstances();
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    try {
      const refs = Array.from({ length: 6 }, (_, i) => `session-${i}`);
      // Each customer exists and their conversation has then been idle for a day: the next message starts a new one.
      for (const ref of refs) await a.handle('你好', `hello-${ref}`, ref);
      clock.set('2026-11-25T09:00:00Z');
      const pairs = await Promise.all(refs.map((ref) => Promise.all([a.handle('洗衣机漏水', `w1-${ref}`, ref), b.handle('型号XQG100', `w2-${ref}`, ref)])));
      for (const [x, y] of pairs) expect(x.conversation.id).toBe(y.conversation.id);
      expect(await count('conversations')).toBe(refs.length * 2);
    } finally {
      await close();
    }
  });

  it('does not let two turns of one conversation on two instances undo each other', async () => {
    const { instances, close } = await twoInstances();
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    try {
      const first = await a.handle('空调不制冷', 'c1');
      // Two messages sent in quick succession, each answered on its own instance from the same state.
      const [x, y] = await Promise.all([a.handle('型号KFR-35GW', 'c2'), b.handle('English please', 'c3')]);
      expect(x.conversation.id).toBe(first.conversation.id);
      const base = x.conversation.state;
      const commit = (store: typeof a.conversations, r: Received, id: string, change: Partial<ConversationState>) =>
        store.commitTurn(r.conversation.id, {
          reply: replyTo(r.conversation.id, id, `re ${id}`),
          author: 'bot',
          state: { ...r.conversation.state, ...change, turns: r.conversation.state.turns + 1, policy: { ...r.conversation.state.policy, [id]: true } },
          basedOn: r.conversation.state,
        });
      await Promise.all([commit(a.conversations, x, 'c2', { ticketNumber: 'T20261124-0001', peakUrgency: 'P3' }), commit(b.conversations, y, 'c3', { language: 'en', peakUrgency: 'P2' })]);
      const state = (await b.conversations.get(first.conversation.id)).state;
      expect(state).toMatchObject({ ticketNumber: 'T20261124-0001', language: 'en', peakUrgency: 'P2', turns: base.turns + 2, policy: { c2: true, c3: true } });

      // A desk took the conversation while a bot turn was running: the takeover stands.
      const z = await a.handle('还在吗', 'c4');
      await b.conversations.setState(first.conversation.id, { ...state, mode: 'agent', agent: 'web-desk:li' });
      await commit(a.conversations, z, 'c4', { mode: 'handoff_requested' });
      expect((await a.conversations.get(first.conversation.id)).state).toMatchObject({ mode: 'agent', agent: 'web-desk:li', turns: base.turns + 3 });
    } finally {
      await close();
    }
  });

  it('lets one of two agents claiming a conversation at once have it (get locks it for the unit of work)', async () => {
    const { instances, close } = await twoInstances();
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    try {
      const { conversation } = await a.handle('转人工', 'h1');
      await a.conversations.setState(conversation.id, { ...initialState(), mode: 'handoff_requested' });
      // What the handoff desk's exclusive take-over does: read, check, write, in one unit.
      const claim = (instance: typeof a, agent: string) =>
        instance.db.transaction(async () => {
          const current = await instance.conversations.get(conversation.id);
          if (current.state.mode === 'agent') return current.state.agent;
          await instance.conversations.commitTurn(conversation.id, { author: `agent:${agent}`, state: { ...current.state, mode: 'agent', agent } });
          return agent;
        });
      const winners = await Promise.all([claim(a, 'li'), claim(b, 'wang')]);
      expect(winners[0]).toBe(winners[1]);
      expect((await a.conversations.get(conversation.id)).state.agent).toBe(winners[0]);
    } finally {
      await close();
    }
  });
});
