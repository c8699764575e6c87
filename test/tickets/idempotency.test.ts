import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCustomer, openTestDesk, repairTicket, type TestDesk } from '../../testing/desk';

describe('idempotent ticket creation', () => {
  let desk: TestDesk;
  let customerId: number;
  beforeEach(async () => {
    desk = await openTestDesk();
    customerId = await newCustomer(desk);
  });
  afterEach(() => desk.dispose());

  it('returns the same ticket for the same key and content', async () => {
    const first = await desk.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'web:msg-1' });
    const again = await desk.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'web:msg-1' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ ticket: { ...first.ticket, id: first.ticket.id }, created: false });
    expect(await desk.tickets.list()).toHaveLength(1);
    expect(await desk.tickets.events(first.ticket.id)).toHaveLength(1);
  });

  it('refuses the same key with different content', async () => {
    await desk.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'k' });
    await expect(
      desk.tickets.create(repairTicket(customerId, { symptom: 'something else' }), { actor: 'bot', idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'idempotency_conflict' });
    expect(await desk.tickets.list()).toHaveLength(1);
  });

  it('makes exactly one row from 20 concurrent creates with one key', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => desk.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'burst' })),
    );
    expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await desk.db.all('SELECT id FROM tickets WHERE idempotency_key = ?', ['burst']);
    expect(rows).toHaveLength(1);
    // One audit event too: the losers of the race left no trace.
    expect(await desk.db.all("SELECT e.kind FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.idempotency_key = 'burst'")).toEqual([{ kind: 'created' }]);
  });

  it('makes exactly one row when several processes create with one key at once', async () => {
    await desk.close();
    const script = path.join(import.meta.dirname, 'fixtures', 'create-once.ts');
    const file = path.join(desk.dir, 'desk.db');
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, file, 'shared-key'], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d));
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`child exited ${code}`))));
        }),
      ),
    );
    const numbers = outputs.map((o) => JSON.parse(o) as { number: string; created: boolean });
    expect(new Set(numbers.map((n) => n.number)).size).toBe(1);
    expect(numbers.filter((n) => n.created)).toHaveLength(1);
  }, 60_000);
});
