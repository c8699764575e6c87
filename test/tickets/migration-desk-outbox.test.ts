/**
 * Migration 12: tickets stop queueing items for a 'desk' destination that no relay reads, and the
 * ones already queued are cleared, on a database file written by the version before. Migration 13:
 * the tickets_created trigger goes, since the store writes the day's count and the filing event.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../kernel/clock';
import { DEFAULT_SLA } from '../../tickets/sla';
import { SqliteDatabase } from '../../storage/sqlite/database';
import { migrate, MIGRATIONS } from '../../storage/sqlite/migrations';
import { SqliteTicketStore } from '../../storage/sqlite/sqlite-ticket-store';
import { repairTicket } from '../../testing/desk';
import { tempDir } from '../../testing/temp-dir';

describe("migrations 12 and 13: no outbox items for the unread 'desk' destination, and filing written by the store", () => {
  const temp = tempDir('migrate-desk-outbox-');
  let db: SqliteDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('clears the queued desk items, keeps every other delivery, and files new tickets with their audit event only', async () => {
    const file = path.join(temp.dir, 'v11.db');
    db = await SqliteDatabase.open(file);
    await db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version <= 11)) {
      await db.transaction(async () => {
        await db!.exec(m.sql);
        await db!.run('INSERT INTO schema_migrations VALUES (?, ?, ?)', [m.version, m.name, '2026-01-01T00:00:00Z']);
      });
    }
    const clock = new FixedClock('2026-11-24T01:00:00Z');
    const store = () => new SqliteTicketStore(db!, { clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' });
    const at = clock.now().toISOString();
    await db.run('INSERT INTO customers (id, created_at) VALUES (1, ?)', [at]);
    // What version 11 wrote: the ticket row (its trigger counted it, wrote its event and its 'desk' item), and one item per status change.
    const number = 'AS-20261124-7KQ4-M9XC';
    await db.run(
      `INSERT INTO tickets (number, customer_id, channel, type, priority, status, symptom, warranty_status, first_response_due, resolution_due, created_by, created_at, updated_at)
       VALUES (?, 1, 'web', 'repair_request', 'P3', 'new', '空调不制冷', 'unknown', ?, ?, 'bot', ?, ?)`,
      [number, at, at, at, at],
    );
    const old = { ticket: { number } };
    await db.run("INSERT INTO outbox (destination, kind, payload, next_attempt_at, created_at) VALUES ('desk', 'ticket.status_changed', json_object('number', ?), ?, ?)", [old.ticket.number, at, at]);
    await db.run("INSERT INTO outbox (destination, kind, payload, next_attempt_at, created_at) VALUES ('customer:web', 'agent.reply', json_object('text', 'hi'), ?, ?)", [at, at]);
    expect(await db.all("SELECT kind FROM outbox WHERE destination = 'desk' ORDER BY id")).toEqual([{ kind: 'ticket.created' }, { kind: 'ticket.status_changed' }]);

    const report = await migrate(db);
    expect(report.applied.map((m) => m.version)).toEqual([12, 13, 14, 15, 16]);
    // Migration 13: the store counts the day and writes the filing event itself, so the trigger is gone.
    expect(await db.all("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'tickets_created'")).toEqual([]);
    expect(await db.all('SELECT destination, kind FROM outbox')).toEqual([{ destination: 'customer:web', kind: 'agent.reply' }]);

    const fresh = await store().create(repairTicket(1, { errorCode: 'E2' }), { actor: 'bot' });
    expect(await db.all('SELECT destination FROM outbox')).toEqual([{ destination: 'customer:web' }]);
    // Exactly one filing event for the new ticket: written once, by the store.
    const events = await db.all<{ kind: string }>('SELECT kind FROM ticket_events WHERE ticket_id = ?', [fresh.ticket.id]);
    expect(events).toEqual([{ kind: 'created' }]);
    // Migration 16: the day counter nothing read is gone.
    expect(await db.all("SELECT name FROM sqlite_master WHERE name = 'ticket_counters'")).toEqual([]);
    expect(await db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});
