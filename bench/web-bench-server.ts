/**
 * The server side of bench/web.bench.ts, in its own process so the load generator does not share
 * its event loop: the real server (offline brain, temp data folder, rate limits set out of the
 * way) plus a bare express route that returns fixed JSON, both on the same app and port.
 * Talks to the parent over IPC: sends { url } when listening; answers { cmd: 'memory' } after a GC.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../app/config';
import { startServer } from '../app/server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
const config = loadConfig({
  AFTERSALES_DATA_DIR: dir,
  PORT: '0',
  AFTERSALES_LOG_LEVEL: 'silent',
  WEB_RATE_LIMIT_PER_MINUTE: '100000000',
  WEB_IP_RATE_LIMIT_PER_MINUTE: '100000000',
  WEB_MAX_SESSIONS: '1000000',
});
const server = await startServer(config);
server.context.app.post('/bench/bare', (_req, res) => {
  res.json({ duplicate: false, mode: 'bot', replies: [{ kind: 'reply', text: '您好，请问有什么可以帮您？' }], ticket: null });
});

const QUESTIONS = ['空调显示E1怎么办', '洗衣机不排水', 'My fridge is not cooling', '热水器不出热水', '还是不行', '冰箱噪音很大'];

/** The same turns straight into the bot, no HTTP: what the web layer adds is the difference. */
async function direct(sessions: number, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let turns = 0;
  await Promise.all(
    Array.from({ length: sessions }, async (_, s) => {
      for (let i = 0; Date.now() < until; i++) {
        await server.context.assistant.bot.handle({
          channel: 'web',
          channelMessageId: `direct-${sessions}-${s}-${i}`,
          customerRef: `direct-${sessions}-${s}`,
          text: QUESTIONS[i % QUESTIONS.length]!,
          receivedAt: new Date().toISOString(),
        });
        turns++;
      }
    }),
  );
  return turns / seconds;
}

process.on('message', async (message: { cmd: string; sessions?: number; seconds?: number }) => {
  if (message.cmd === 'direct') {
    process.send!({ turnsPerSecond: await direct(message.sessions!, message.seconds!) });
  } else if (message.cmd === 'memory') {
    for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
    process.send!({ memory: process.memoryUsage() });
  } else if (message.cmd === 'stop') {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
process.send!({ url: server.url });
