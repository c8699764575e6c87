import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../storage/sqlite/migrations';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

describe('aftersales CLI', () => {
  const { dir, cleanup } = tempDir('cli-');
  const env = { AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_FIXED_TIME: '2026-11-24T01:00:00Z' };
  /**
   * Two tickets the tests below read, filed before any of them (vitest shuffles the tests): a P2
   * already answered and a P1 still new. Their numbers are random, so they are read back.
   */
  const filed = { p2: '', p1: '' };
  beforeAll(async () => {
    const number = (run: Awaited<ReturnType<typeof runCli>>) => run.json<{ ticket: { number: string } }>().ticket.number;
    filed.p2 = number(await runCli(['tickets', 'create', '--symptom', '冰箱不制冷', '--category', 'refrigerator', '--priority', 'P2', '--json'], env));
    filed.p1 = number(await runCli(['tickets', 'create', '--symptom', 'no hot water', '--priority', 'P1', '--json'], env));
    expect((await runCli(['tickets', 'update', filed.p2, '--status', 'open'], env)).code).toBe(0);
  });
  afterAll(cleanup);

  it('prints help for every command and exits 0', async () => {
    const top = await runCli(['--help'], env);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/tickets/);
    expect(top.stdout).toMatch(/Exit codes/);
    for (const command of [
      ['db', 'migrate'],
      ['tickets', 'list'],
      ['tickets', 'show'],
      ['tickets', 'update'],
      ['tickets', 'create'],
    ]) {
      const help = await runCli([...command, '--help'], env);
      expect(help.code, command.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/Usage: aftersales/);
    }
  });

  it('migrates a fresh data folder, then reports it up to date', async () => {
    const fresh = { ...env, AFTERSALES_DATA_DIR: path.join(dir, 'fresh') };
    const first = await runCli(['db', 'migrate', '--json'], fresh);
    expect(first.code).toBe(0);
    // Every migration applies on a fresh folder; the schema ends at the highest version.
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    expect(first.json()).toMatchObject({ applied: MIGRATIONS.map((m) => ({ version: m.version })), current: latest });
    const again = await runCli(['db', 'migrate', '--json'], fresh);
    expect(again.json()).toMatchObject({ applied: [], current: latest });
    expect(fs.existsSync(path.join(dir, 'fresh', 'aftersales.db'))).toBe(true);
  });

  it('creates, lists, shows and updates tickets', async () => {
    // A data folder of its own, so the listing holds exactly what this test filed.
    const env = { AFTERSALES_DATA_DIR: path.join(dir, 'create'), AFTERSALES_FIXED_TIME: '2026-11-24T01:00:00Z' };
    const created = await runCli(['tickets', 'create', '--symptom', '冰箱不制冷', '--category', 'refrigerator', '--model', 'BCD-470', '--priority', 'P2', '--phone', '13800138000', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const { ticket } = created.json<{ ticket: { number: string } }>();
    expect(ticket.number).toMatch(/^AS-20261124-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const urgent = await runCli(['tickets', 'create', '--symptom', 'no hot water', '--priority', 'P1', '--json'], env);
    const p1 = urgent.json<{ ticket: { number: string } }>().ticket.number;

    const list = await runCli(['tickets', 'list', '--json'], env);
    expect(list.json<{ number: string; priority: string }[]>().map((t) => [t.number, t.priority])).toEqual([
      [p1, 'P1'],
      [ticket.number, 'P2'],
    ]);
    const p2 = await runCli(['tickets', 'list', '--priority', 'P2', '--json'], env);
    expect(p2.json<unknown[]>()).toHaveLength(1);
    const table = await runCli(['tickets', 'list'], env);
    expect(table.stdout).toMatch(new RegExp(`${ticket.number}\\s+new\\s+P2`));

    const updated = await runCli(['tickets', 'update', ticket.number, '--status', 'open', '--assignee', 'engineer:zhao', '--note', '已联系', '--json'], env);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.json()).toMatchObject({ status: 'open', assignee: 'engineer:zhao' });

    const shown = await runCli(['tickets', 'show', ticket.number, '--json'], env);
    const view = shown.json<{ status: string; events: { kind: string }[]; sla: { firstResponse: string } }>();
    expect(view.events.map((e) => e.kind)).toEqual(['created', 'updated', 'status_changed']);
    expect(view.sla.firstResponse).toBe('met');
    const text = await runCli(['tickets', 'show', ticket.number], env);
    expect(text.stdout).toMatch(/冰箱不制冷/);
  });

  it('lists overdue tickets against the clock', async () => {
    const later = { ...env, AFTERSALES_FIXED_TIME: '2026-11-24T03:00:00Z' };
    const overdue = await runCli(['tickets', 'list', '--overdue', '--json'], later);
    // The P1 ticket's first response (1 h) is late; the P2 one was answered.
    expect(overdue.json<{ number: string }[]>().map((t) => t.number)).toEqual([filed.p1]);
    const none = await runCli(['tickets', 'list', '--overdue'], env);
    expect(none.stdout).toMatch(/No tickets match/);
  });

  it.each([
    [['tickets', 'show', 'AS-20991231-9999'], 3, /No ticket AS-20991231-9999/],
    [['tickets', 'update', 'P1_TICKET', '--status', 'closed'], 4, /cannot go from "new" to "closed"/],
    [['tickets', 'update', 'P1_TICKET', '--status', 'done'], 2, /Allowed choices are new, open/],
    [['tickets', 'update', 'P1_TICKET'], 2, /Nothing to change/],
    [['tickets', 'list', '--priority', 'P7'], 2, /--priority: "P7" is not one of P1, P2, P3, P4/],
    [['tickets', 'list', '--limit', 'lots'], 2, /--limit: expected a positive whole number/],
    [['tickets', 'frobnicate'], 2, /unknown command/],
    [['tickets', 'create'], 2, /required option '--symptom <text>'/],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const run = await runCli(
      args.map((a) => (a === 'P1_TICKET' ? filed.p1 : a)),
      env,
    );
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });

  it('keeps the ticket unchanged when an update is refused', async () => {
    await runCli(['tickets', 'update', filed.p1, '--priority', 'P4', '--status', 'closed'], env);
    const shown = await runCli(['tickets', 'show', filed.p1, '--json'], env);
    expect(shown.json()).toMatchObject({ priority: 'P1', status: 'new' });
  });

  it('stops with exit 78 and the variable name on bad configuration', async () => {
    const run = await runCli(['tickets', 'list'], { ...env, SLA_P1_FIRST_RESPONSE: 'soon' });
    expect(run.code).toBe(78);
    expect(run.stderr).toMatch(/SLA_P1_FIRST_RESPONSE: expected a duration/);
  });

  it('reads a .env file in the working folder, with real variables winning', async () => {
    const cwd = path.join(dir, 'with-env');
    fs.mkdirSync(cwd);
    fs.writeFileSync(path.join(cwd, '.env'), `AFTERSALES_DATA_DIR=${path.join(cwd, 'envdata')}\nPORT=nope\n`);
    const broken = await runCli(['db', 'migrate'], {}, { cwd });
    expect(broken.code).toBe(78);
    const fixed = await runCli(['db', 'migrate', '--json'], { PORT: '3001' }, { cwd });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.json<{ file: string }>().file).toBe(path.join(cwd, 'envdata', 'aftersales.db'));
  });

  describe('a database another process holds locked', () => {
    let holder: ReturnType<typeof spawn>;
    beforeAll(async () => {
      const db = path.join(dir, 'data', 'aftersales.db');
      const script = `const s=require('sqlite3');const d=new s.Database(${JSON.stringify(db)});d.exec('BEGIN IMMEDIATE',e=>{if(e)throw e;console.log('LOCKED')});setInterval(()=>{},1000);`;
      holder = spawn(process.execPath, ['-e', script], { cwd: path.resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => holder.stdout!.on('data', (d: Buffer) => d.toString().includes('LOCKED') && resolve()));
    });
    afterAll(() => {
      holder.kill('SIGKILL');
    });

    it('fails a write with exit 5 and says the database is locked; nothing is lost', async () => {
      const run = await runCli(['tickets', 'update', filed.p1, '--status', 'open'], { ...env, AFTERSALES_DB_BUSY_TIMEOUT: '1s' });
      expect(run.code).toBe(5);
      expect(run.stderr).toMatch(/locked by another process/);
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('close', r));
      const list = await runCli(['tickets', 'list', '--json'], env);
      expect(list.json<{ number: string; status: string }[]>().map((t) => [t.number, t.status])).toEqual([
        [filed.p1, 'new'],
        [filed.p2, 'open'],
      ]);
    });
  });

  it('reads but refuses to write a read-only database file, losing nothing', async () => {
    const db = path.join(dir, 'data', 'aftersales.db');
    await runCli(['db', 'check'], env); // closes cleanly, folding the WAL into the main file
    makeImmutable(db, true);
    try {
      const write = await runCli(['tickets', 'update', filed.p1, '--status', 'open'], env);
      expect(write.code).toBe(5);
      expect(write.stderr).toMatch(/read-only/);
      const read = await runCli(['tickets', 'list', '--json'], env);
      expect(read.code).toBe(0);
      expect(read.json<unknown[]>()).toHaveLength(2);
    } finally {
      makeImmutable(db, false);
    }
    const check = await runCli(['db', 'check', '--json'], env);
    expect(check.json()).toMatchObject({ ok: true, integrity: ['ok'] });
  });

  it('runs the offline demo twice without filing twice', async () => {
    const demoEnv = { AFTERSALES_DATA_DIR: path.join(dir, 'demo') };
    const first = await runCli(['demo', '--json'], demoEnv);
    expect(first.code, first.stderr).toBe(0);
    const desk = first.json<{ filed: { created: boolean }[]; all: { number: string; status: string; priority: string }[] }>();
    expect(desk.filed.every((f) => f.created)).toBe(true);
    expect(desk.all.map((t) => t.priority)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(desk.all.find((t) => t.priority === 'P4')?.status).toBe('closed');
    const second = await runCli(['demo'], demoEnv);
    expect(second.stdout).toMatch(/already filed/);
    const numbers = (text: string) => new Set(text.match(/AS-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}/g) ?? []);
    // The second run shows the same four tickets, and no fifth.
    expect(numbers(second.stdout)).toEqual(new Set(desk.all.map((t) => t.number)));
    expect(numbers(second.stdout).size).toBe(4);
  });

  it('refuses a file that is not a database with exit 5', async () => {
    const bogus = path.join(dir, 'bogus.db');
    fs.writeFileSync(bogus, 'this is not sqlite '.repeat(100));
    const run = await runCli(['tickets', 'list'], { ...env, AFTERSALES_DB_PATH: bogus });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/not a usable database/);
  });
});

/** chmod alone does not stop root; the immutable attribute does (ext4 and most Linux filesystems). */
function makeImmutable(file: string, on: boolean): void {
  const asRoot = process.getuid?.() === 0;
  if (!on && asRoot) execFileSync('chattr', ['-i', file]);
  fs.chmodSync(file, on ? 0o444 : 0o644);
  if (on && asRoot) execFileSync('chattr', ['+i', file]);
}
