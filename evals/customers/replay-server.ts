/**
 * The real web server, started in-process for the customers suite (and its agreement test): the
 * composition root of app/server.ts over a temporary data folder on 127.0.0.1 and a free port,
 * the clock fixed on the morning of 2026-12-05 in Shanghai (the dataset's "today"), rate limits
 * and the per-address ticket and handoff limits raised so the limiter is not what is measured,
 * and the knowledge folder of the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Assistant } from '../../app/assistant';
import { loadConfig, type Config } from '../../app/config';
import { startServer } from '../../app/server';
import { FixedClock } from '../../kernel/clock';

/** 10:00 in Asia/Shanghai on the day the dataset calls today. */
export const DATASET_TODAY = '2026-12-05T02:00:00Z';
/** How far the clock moves per customer turn, as a person reads and types. */
export const TURN_GAP_MS = 30_000;

export interface ReplayServer {
  /** http://127.0.0.1:PORT (not localhost, which may resolve to ::1). */
  url: string;
  clock: FixedClock;
  /** The assistant behind the server (benchmarks read which brain answered). */
  assistant: Assistant;
  close(): Promise<void>;
}

export async function startReplayServer(options: { knowledgeDir?: string; llm?: Config['llm']; now?: string } = {}): Promise<ReplayServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-customers-'));
  const clock = new FixedClock(options.now ?? DATASET_TODAY);
  // Only what is passed here is read, so a developer's .env (Slack, WeChat) is not picked up.
  const config = loadConfig({
    AFTERSALES_DATA_DIR: path.join(dir, 'data'),
    PORT: '0',
    AFTERSALES_LOG_LEVEL: 'error',
    WEB_RATE_LIMIT_PER_MINUTE: '100000',
    WEB_IP_RATE_LIMIT_PER_MINUTE: '1000000',
    WEB_UPLOADS_PER_MINUTE: '10000',
    // Every scripted customer comes from 127.0.0.1: the per-address limits on tickets and handoffs
    // (ticket spam, issue 18) would measure the limiter, not the agent.
    TICKETS_FIRST_MESSAGE_PER_HOUR: '100000',
    TICKETS_PER_IP_PER_HOUR: '100000',
    HANDOFFS_PER_IP_PER_HOUR: '100000',
    ...(options.knowledgeDir ? { KNOWLEDGE_SEED_DIR: options.knowledgeDir } : {}),
  });
  if (options.llm) config.llm = options.llm;
  let server;
  try {
    server = await startServer(config, { clock, host: '127.0.0.1' });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = server;
  return {
    url: `http://127.0.0.1:${running.port}`,
    clock,
    assistant: running.context.assistant,
    async close() {
      await running.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
