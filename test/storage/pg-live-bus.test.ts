/**
 * The LiveBus across instances on a real PostgreSQL: a notice published on one instance reaches
 * every other instance's listeners (LISTEN/NOTIFY) and its own at once, never twice; a batch too
 * big for one NOTIFY is split; a listening connection that is killed reconnects by itself and
 * tells its listeners of the gap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessLiveBus } from '../../kernel/live-bus';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PgLiveBus } from '../../storage/postgres/pg-live-bus';
import { freshPostgresUrl } from '../helpers/postgres';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

async function instance(url: string): Promise<{ db: PgDatabase; bus: PgLiveBus; heard: unknown[]; gaps: number[] }> {
  const db = await PgDatabase.open(url, { poolSize: 2 });
  opened.push(db);
  const bus = await PgLiveBus.open(url, db.pool, { reconnectMs: 50 });
  opened.push(bus);
  const heard: unknown[] = [];
  const gaps: number[] = [];
  bus.subscribe('web', { onNotice: (p) => heard.push(p), onGap: () => gaps.push(Date.now()) });
  return { db, bus, heard, gaps };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('PgLiveBus', () => {
  it('tells every instance once, its own listeners at once, and keeps topics apart', async () => {
    const url = await freshPostgresUrl();
    const [a, b, c] = await Promise.all([instance(url), instance(url), instance(url)]);
    const deskOnB: unknown[] = [];
    b.bus.subscribe('desk', { onNotice: (p) => deskOnB.push(p) });

    a.bus.publish('web', { customerRef: 'w_1', conversationId: 7 });
    // The publisher's own listeners hear it synchronously, with no round trip.
    expect(a.heard).toEqual([{ customerRef: 'w_1', conversationId: 7 }]);
    await until(() => b.heard.length === 1 && c.heard.length === 1);
    expect(b.heard).toEqual([{ customerRef: 'w_1', conversationId: 7 }]);
    a.bus.publish('desk', { kind: 'queue' });
    await until(() => deskOnB.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    // Its own echo is skipped: A heard its notice once; the web listeners never saw the desk notice.
    expect(a.heard).toHaveLength(1);
    expect(b.heard).toHaveLength(1);
    expect(deskOnB).toEqual([{ kind: 'queue' }]);
  });

  it('splits a burst bigger than one NOTIFY payload and loses none of it', async () => {
    const url = await freshPostgresUrl();
    const [a, b] = await Promise.all([instance(url), instance(url)]);
    const sent = Array.from({ length: 600 }, (_, i) => ({ customerRef: `w_${'x'.repeat(40)}_${i}`, conversationId: i + 1 }));
    for (const notice of sent) a.bus.publish('web', notice);
    await until(() => b.heard.length === sent.length);
    expect(b.heard).toEqual(sent);
  });

  it('reconnects when its listening connection is killed, and tells its listeners of the gap', async () => {
    const url = await freshPostgresUrl();
    const [a, b] = await Promise.all([instance(url), instance(url)]);
    await a.db.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'aftersales:live' AND pid <> pg_backend_pid()");
    await until(() => a.gaps.length === 1 && b.gaps.length === 1);
    expect(a.bus.reconnects).toBe(1);
    b.bus.publish('web', { customerRef: 'w_after', conversationId: 1 });
    await until(() => a.heard.length === 1);
    expect(a.heard).toEqual([{ customerRef: 'w_after', conversationId: 1 }]);
  });
});

describe('InProcessLiveBus', () => {
  it('tells this process only, and a broken listener does not stop the others', () => {
    const bus = new InProcessLiveBus();
    const heard: unknown[] = [];
    bus.subscribe('web', {
      onNotice: () => {
        throw new Error('broken stream');
      },
    });
    const stop = bus.subscribe('web', { onNotice: (p) => heard.push(p) });
    bus.publish('web', 1);
    stop();
    bus.publish('web', 2);
    expect(heard).toEqual([1]);
  });
});
