import { afterEach, describe, expect, it } from 'vitest';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { describeDeskEventsContract } from '../contracts/stores/desk-events.contract';
import { openPostgresGroup, openSqliteGroup } from '../helpers/outbox-group-desks';
import { untilSomeoneWaitsForALock } from '../helpers/pg-lock-wait';

describeDeskEventsContract('SQLite', openSqliteGroup);
describeDeskEventsContract('PostgreSQL', () => openPostgresGroup());

describe('desk events on PostgreSQL with several instances', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((o) => o.close()));
  });
  async function twoInstances() {
    const a = await openPostgresGroup();
    const b = await openPostgresGroup(a.url);
    const observer = await PgDatabase.open(a.url);
    opened.push(a, b, observer);
    return { a, b, observer };
  }

  it('runs the work of one event id once when it reaches two instances at the same moment', async () => {
    const { a, b, observer } = await twoInstances();
    const ran: string[] = [];
    let onB: Promise<unknown> | undefined;
    const onA = await a.deskEvents.once('slack', 'Ev-dup', async () => {
      ran.push('A');
      await a.outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 's', by: 'A' } });
      // The redelivery arrives at B while A's work is not yet committed.
      onB = b.deskEvents.once('slack', 'Ev-dup', async () => {
        ran.push('B');
        return b.outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 's', by: 'B' } });
      });
      await untilSomeoneWaitsForALock(observer);
      return 'A';
    });
    expect(onA).toEqual({ first: true, value: 'A' });
    expect(await onB).toEqual({ first: false });
    expect(ran).toEqual(['A']);
    expect(await b.outbox.pendingCount()).toBe(1);
  });

  it('runs it on the other instance when the first one fails midway', async () => {
    const { a, b, observer } = await twoInstances();
    let onB: Promise<unknown> | undefined;
    await expect(
      a.deskEvents.once('slack', 'Ev-fail', async () => {
        await a.outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 's', by: 'A' } });
        onB = b.deskEvents.once('slack', 'Ev-fail', () => b.outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 's', by: 'B' } }));
        await untilSomeoneWaitsForALock(observer);
        throw new Error('instance A lost its ticket store');
      }),
    ).rejects.toThrow('lost its ticket store');
    expect(await onB).toMatchObject({ first: true });
    const [item] = await b.outbox.due('customer:web', b.clock.now());
    expect(item!.payload).toMatchObject({ by: 'B' });
    expect(await b.outbox.pendingCount()).toBe(1);
  });
});
