/**
 * The whole assistant in-process for the brain-dependent suites: the real composition root over a
 * temporary data folder (SQLite desk, the shipped knowledge base in hnswlib, the offline brain),
 * with a fixed clock, so scenario runs are repeatable. With `llm` set, the configured
 * OpenAI-compatible endpoint talks (behind the same fallback and output guard as production).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAssistant, type Assistant } from '../app/assistant';
import { loadConfig, type Config } from '../app/config';
import type { TurnResult } from '../bot/pipeline';
import { FixedClock } from '../kernel/clock';
import type { ChannelName, Ticket } from '../tickets/ticket';

export interface Harness {
  assistant: Assistant;
  clock: FixedClock;
  /** One customer turn; the clock moves 30 s after each, as a person types. */
  say(customerRef: string, text: string, channel?: ChannelName): Promise<TurnResult & { text: string; ms: number }>;
  tickets(customerRef: string, channel?: ChannelName): Promise<Ticket[]>;
  close(): Promise<void>;
}

let sequence = 0;

export async function openHarness(options: { llm?: Config['llm']; now?: string; knowledgeDir?: string } = {}): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-eval-'));
  const clock = new FixedClock(options.now ?? '2026-11-24T02:00:00Z');
  // Only what is passed here is read, so the eval does not pick up a developer's .env by accident.
  const config = loadConfig({ AFTERSALES_DATA_DIR: path.join(dir, 'data'), ...(options.knowledgeDir ? { KNOWLEDGE_SEED_DIR: options.knowledgeDir } : {}) });
  if (options.llm) config.llm = options.llm;
  let assistant: Assistant;
  try {
    assistant = await openAssistant(config, { clock, onError: () => undefined });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    assistant,
    clock,
    async say(customerRef, text, channel = 'web') {
      sequence += 1;
      const started = performance.now();
      const result = await assistant.bot.handle({ channel, channelMessageId: `eval-${sequence}`, customerRef, text, attachments: [], receivedAt: clock.now().toISOString() });
      const ms = performance.now() - started;
      clock.advance(30_000);
      return { ...result, text: result.replies.map((r) => r.text).join('\n'), ms };
    },
    async tickets(customerRef, channel = 'web') {
      const customer = await assistant.desk.customers.resolve({ channel, externalId: customerRef });
      return assistant.desk.tickets.list({ customerId: customer.id });
    },
    async close() {
      await assistant.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
