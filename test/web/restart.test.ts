/**
 * A deploy restarts the server while visitors are mid-chat. Sessions live in memory, and a session
 * that has spoken is also kept in the database by the SHA-256 of its token (never the token) with
 * the random reference its messages are filed under, so a recent visitor's session comes back:
 * history, new messages and the reply stream carry on. Stale, unused and made-up tokens stay
 * refused, and nothing in the database (a backup) works as a token.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { WebClient, newClientId } from './web-client';
import { sqliteOf } from '../../testing/desk';

const folder = tempDir('web-restart-');
const clock = new FixedClock('2026-11-24T01:00:00Z');
const open: RunningServer[] = [];

async function boot(): Promise<RunningServer> {
  const config = loadConfig({ AFTERSALES_DATA_DIR: folder.dir, PORT: '0', WEB_SESSION_IDLE: '30m', AFTERSALES_LOG_LEVEL: 'silent' });
  const server = await startServer(config, { clock });
  open.push(server);
  return server;
}

/** The same visitor (same token) talking to another server process on the same data folder. */
function visitorOn(server: RunningServer, token: string): WebClient {
  const client = new WebClient(server.url);
  client.token = token;
  return client;
}

afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

describe('web chat across a server restart', () => {
  it('keeps a recent visitor talking: history, a new message and the stream all work on their old token', async () => {
    const before = await boot();
    const visitor = new WebClient(before.url);
    const token = await visitor.startSession();
    const first = await visitor.say('冰箱不制冷了怎么办');
    expect(first.status).toBe(200);
    await before.close();
    open.splice(0);

    clock.advance(10 * 60_000); // ten minutes later, inside the 30-minute idle limit
    const after = await boot();
    const again = visitorOn(after, token);
    const history = await again.history();
    expect(history.status).toBe(200);
    expect(history.body.messages.map((m: { text: string }) => m.text)).toContain('冰箱不制冷了怎么办');
    expect(history.body.messages.filter((m: { role: string }) => m.role === 'bot')).toHaveLength(1);

    const stream = await again.openStream(history.body.messages.at(-1).id);
    await stream.next((e) => e.event === 'ready');
    const next = await again.say('还是不行', newClientId());
    expect(next.status).toBe(200);
    expect(next.body.replies).toHaveLength(1);
    const streamed = await stream.next((e) => e.event === 'message' && e.data.role === 'bot');
    expect(streamed.data.text).toBe(next.body.replies[0].text);
    stream.close();
  });

  it('refuses a token whose conversation went quiet for longer than the idle limit', async () => {
    const before = await boot();
    const visitor = new WebClient(before.url);
    const token = await visitor.startSession();
    expect((await visitor.say('洗衣机不排水')).status).toBe(200);
    await before.close();
    open.splice(0);

    clock.advance(31 * 60_000);
    const after = await boot();
    const stale = await visitorOn(after, token).history();
    expect(stale.status).toBe(401);
    expect((stale.body as unknown as { error: { code: string } }).error.code).toBe('session_invalid');
  });

  it('refuses a session that never said anything, and a well-formed token nobody was given', async () => {
    const before = await boot();
    const silent = new WebClient(before.url);
    const token = await silent.startSession();
    await before.close();
    open.splice(0);

    const after = await boot();
    expect((await visitorOn(after, token).history()).status).toBe(401);
    const madeUp = visitorOn(after, 'A'.repeat(43));
    const refused = await madeUp.say('hello there');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('session_invalid');
  });

  it('keeps no token in the database: nothing a backup holds opens a session', async () => {
    const server = await boot();
    const visitor = new WebClient(server.url);
    const token = await visitor.startSession();
    expect((await visitor.say('空调不制冷，电话13800001111')).status).toBe(200);
    const db = sqliteOf(server.context.assistant.desk).db;
    const refs = await db.all<{ customer_ref: string }>("SELECT customer_ref FROM conversations WHERE channel = 'web'");
    const sessions = await db.all<{ token_hash: string; customer_ref: string }>('SELECT token_hash, customer_ref FROM web_sessions');
    await server.close();
    open.splice(0);
    // The raw files (database and write-ahead log), as a backup would copy them.
    const files = fs.readdirSync(folder.dir).filter((f) => f.startsWith('aftersales.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(fs.readFileSync(path.join(folder.dir, file)).includes(token), file).toBe(false);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.customer_ref !== token && r.customer_ref.startsWith('w_'))).toBe(true);

    const after = await boot();
    for (const stolen of [...refs.map((r) => r.customer_ref), ...sessions.flatMap((s) => [s.token_hash, s.token_hash.slice(0, 43)])]) {
      expect((await visitorOn(after, stolen).history()).status, stolen).toBe(401);
    }
    expect((await visitorOn(after, token).history()).status).toBe(200);
  });
});
