import { describe, expect, it } from 'vitest';
import { describeHandoffThreadsContract } from '../contracts/stores/handoff-threads.contract';
import { deskRows, openPostgresGroup, openSqliteGroup, type OutboxGroupDesk } from '../helpers/outbox-group-desks';

const withConversations = async <D extends OutboxGroupDesk>(desk: Promise<D>) => {
  const opened = await desk;
  const rows = deskRows(opened);
  return { ...opened, conversation: () => rows.conversation({ mode: 'handoff_requested' }) };
};

describeHandoffThreadsContract('SQLite', () => withConversations(openSqliteGroup()));
describeHandoffThreadsContract('PostgreSQL', () => withConversations(openPostgresGroup()));

describe('handoff threads on PostgreSQL with several instances', () => {
  it('stores a thread recorded by two instances at once once, and both get that one record', async () => {
    const a = await withConversations(openPostgresGroup());
    const b = await openPostgresGroup(a.url);
    try {
      const c = await a.conversation();
      const thread = (ts: string, by: string) => ({ conversationId: c, desk: 'slack', channelId: 'C1', threadTs: ts, announcement: { by }, postedAt: '2026-11-24T01:00:00.000Z' });
      const pairs = await Promise.all(Array.from({ length: 20 }, (_, i) => Promise.all([a.handoffThreads.record(thread(`${i}.0`, 'A')), b.handoffThreads.record(thread(`${i}.0`, 'B'))])));
      for (const [fromA, fromB] of pairs) expect(fromA).toEqual(fromB);
      expect(new Set(pairs.map(([r]) => r.id)).size).toBe(20);
      expect((await b.handoffThreads.latestFor(c, 'slack'))!.id).toBe(Math.max(...pairs.map(([r]) => r.id)));
    } finally {
      await b.close();
      await a.close();
    }
  });
});
