/**
 * One channel mounted the way app/server.ts mounts it, for the contract suites: an assistant on a
 * SQLite desk in a temp folder, an express app on 127.0.0.1, relays started once it listens, and
 * every message the bot is handed recorded (with the turn it gave) on its way to the real bot.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig, type Config } from '../../app/config';
import { createLogger } from '../../app/logger';
import type { ServerContext } from '../../app/server';
import type { InboundMessageInput } from '../../bot/messages';
import type { TurnResult } from '../../bot/pipeline';
import { FixedClock } from '../../kernel/clock';
import { HealthProbes } from '../../kernel/health-probe';
import { tempDir } from '../../testing/temp-dir';

/** An assistant on a SQLite desk in a temp folder, an express app on 127.0.0.1, and the bot's inbound messages recorded. */
export async function world(env: Record<string, string>, clock = new FixedClock('2026-11-24T02:00:00Z')) {
  const { dir, cleanup } = tempDir('channel-contract-');
  const config: Config = loadConfig({ AFTERSALES_DATA_DIR: dir, PORT: '0', AFTERSALES_LOG_LEVEL: 'silent', ...env });
  const assistant: Assistant = await openAssistant(config, { clock });
  // Every mount hands the bot its messages through `assistant.bot.handle`: recorded on the way, then the real turn.
  const inbound: InboundMessageInput[] = [];
  /** The turn each message gave, by its channel message id. */
  const turns = new Map<string, TurnResult>();
  const handle = assistant.bot.handle.bind(assistant.bot);
  assistant.bot.handle = async (message, options) => {
    inbound.push(message);
    const turn = await handle(message, options);
    turns.set(message.channelMessageId, turn);
    return turn;
  };
  const app = express();
  const context: ServerContext = { app, assistant, config, log: createLogger(config), relays: [], onClose: [], health: new HealthProbes() };
  let server: Server | undefined;
  return {
    clock,
    config,
    assistant,
    context,
    inbound,
    turns,
    async listen(): Promise<string> {
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      // As app/server.ts does once every channel is mounted.
      for (const relay of context.relays) relay.start();
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    conversationOf: async (channel: string, customerRef: string) => {
      const [latest] = await assistant.desk.conversations.activeFor(channel as never, customerRef, new Date(0));
      if (!latest) throw new Error(`no conversation for ${customerRef} on ${channel}`);
      return latest.id;
    },
    async close() {
      for (const relay of context.relays) await relay.stop();
      for (const fn of [...context.onClose].reverse()) await fn();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      await assistant.close();
      cleanup();
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const got = await check();
    if (got) return got;
    if (Date.now() - started > ms) throw new Error(`gave up waiting for ${what}`);
    await wait(20);
  }
}
