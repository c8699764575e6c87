/**
 * A whole assistant for conversation tests: the real composition root over a temp data folder
 * (SQLite desk, the shipped knowledge base in a real hnswlib index, OCR, the offline brain), with
 * a fixed clock. Conversations read like conversations: `await alice.say('空调显示E1')`.
 */
import path from 'node:path';
import { openAssistant, type Assistant } from '../app/assistant';
import { loadConfig } from '../app/config';
import type { Attachment } from '../bot/messages';
import type { TurnResult } from '../bot/pipeline';
import { FixedClock } from '../kernel/clock';
import type { ChannelName, Ticket } from '../tickets/ticket';
import { copyKnowledgeTemplate } from './knowledge-template';
import { tempDir } from './temp-dir';

export interface World {
  assistant: Assistant;
  clock: FixedClock;
  dataDir: string;
  /** What the assistant told its error port (failures the customer never sees, fallbacks, dropped tool calls). */
  errors: unknown[];
  customer(ref: string, channel?: ChannelName): Customer;
  close(): Promise<void>;
}

export interface Said extends TurnResult {
  /** All reply texts of the turn joined, for matching. */
  text: string;
  /** Names of the tools the brain called. */
  tools: string[];
}

let messageCounter = 0;

export class Customer {
  constructor(
    private readonly world: World,
    readonly ref: string,
    readonly channel: ChannelName,
  ) {}

  async say(text: string, options: { attachments?: Attachment[]; id?: string } = {}): Promise<Said> {
    messageCounter += 1;
    const result = await this.world.assistant.bot.handle({
      channel: this.channel,
      channelMessageId: options.id ?? `${this.ref}-${messageCounter}`,
      customerRef: this.ref,
      text,
      attachments: options.attachments ?? [],
      receivedAt: this.world.clock.now().toISOString(),
    });
    this.world.clock.advance(30_000);
    return { ...result, text: result.replies.map((r) => r.text).join('\n'), tools: result.actions.map((a) => a.name) };
  }

  /** Says each line in turn and gives back each turn's reply text (one conversation, in order). */
  async sayAll(...lines: string[]): Promise<string[]> {
    const replies: string[] = [];
    for (const line of lines) replies.push((await this.say(line)).text);
    return replies;
  }

  async tickets(): Promise<Ticket[]> {
    const customer = await this.world.assistant.desk.customers.resolve({ channel: this.channel, externalId: this.ref });
    return this.world.assistant.desk.tickets.list({ customerId: customer.id });
  }
}

export async function openWorld(env: Record<string, string> = {}, now = '2026-11-24T02:00:00Z'): Promise<World> {
  const { dir, cleanup } = tempDir('world-');
  const clock = new FixedClock(now);
  const config = loadConfig({ AFTERSALES_DATA_DIR: path.join(dir, 'data'), ...env });
  const errors: unknown[] = [];
  // The shipped cases already embedded in this run, when the world would seed exactly those.
  await copyKnowledgeTemplate(config);
  const assistant = await openAssistant(config, { clock, onError: (e) => errors.push(e) });
  const world: World = {
    assistant,
    clock,
    dataDir: config.dataDir,
    errors,
    customer: (ref, channel = 'web') => new Customer(world, ref, channel),
    close: async () => {
      await assistant.close();
      cleanup();
    },
  };
  return world;
}
