/**
 * A deploy restarts the server while visitors are mid-chat. Sessions live in memory, but a
 * visitor's token is also the customerRef of every message they sent, so a recent conversation
 * brings its session back: history, new messages and the reply stream carry on. Stale, unused
 * and made-up tokens stay refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { startServer, type RunningServer } from '../../app/server';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../helpers/temp-dir';
import { WebClient, newClientId } from './web-client';

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
});
