import { describe, expect, it } from 'vitest';
import { describeHandoffQueueContract } from '../contracts/stores/handoff-queue.contract';
import { deskRows, openPostgresGroup, openSqliteGroup, type OutboxGroupDesk } from '../helpers/outbox-group-desks';

const withRows = async <D extends OutboxGroupDesk>(desk: Promise<D>) => {
  const opened = await desk;
  return { ...opened, rows: deskRows(opened) };
};

describeHandoffQueueContract('SQLite', () => withRows(openSqliteGroup()));
describeHandoffQueueContract('PostgreSQL', () => withRows(openPostgresGroup()));

describe('the handoff queue on PostgreSQL with several instances', () => {
  it('shows on every instance a handoff requested on another (it keeps no copy of its own)', async () => {
    const a = await withRows(openPostgresGroup());
    const b = await openPostgresGroup(a.url);
    try {
      const c = await a.rows.conversation({ mode: 'handoff_requested' });
      expect(await b.handoffQueue.waiting()).toEqual([expect.objectContaining({ conversationId: c })]);
      await a.outbox.enqueue({ destination: 'slack', kind: 'handoff.requested', payload: { conversationId: c, channel: 'web', summary: 'from A' } });
      expect(await b.handoffQueue.request(c)).toMatchObject({ summary: 'from A' });
    } finally {
      await b.close();
      await a.close();
    }
  });
});
