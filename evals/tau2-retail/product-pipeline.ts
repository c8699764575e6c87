/**
 * τ²-bench retail conversations run through the product: the production composition of the brain
 * (app/brain.ts: the LLM brain behind the output guard, the offline brain as fallback), the
 * production pipeline (AfterSalesBot: understanding, redaction, the ToolBox, disclosure, the
 * failure funnel) over a real SQLite desk. Only two things differ from production, and they are
 * what the benchmark is about: the brain follows the benchmark's policy.md instead of the
 * after-sales rules, and the tools are the τ² retail tools (retail-product-tools.ts) on this
 * conversation's copy of the store. The customer is τ²'s LLM user simulator on the same endpoint.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBrain } from '../../app/brain';
import { loadConfig, type Config } from '../../app/config';
import { openDesk } from '../../app/desk';
import type { FallbackReply } from '../../bot/brains/fallback-brain';
import { OfflineUnderstanding } from '../../bot/offline-understanding';
import { AfterSalesBot } from '../../bot/pipeline';
import { FixedClock } from '../../kernel/clock';
import type { ReplayBase } from './replay';
import { forkDb, type RetailTask } from './retail-db';
import { retailProductTools } from './retail-product-tools';
import { taskReward, type EpisodeEnd, type TaskReward } from './task-reward';
import { createUserSimulatorClient, FIRST_AGENT_MESSAGE, RetailUserSimulator } from './user-simulator';

/** Customer messages before a conversation is cut off (τ² stops at 200 steps, counting every message and tool call). */
export const MAX_CUSTOMER_TURNS = 30;
/** τ²'s max_errors: failed tool calls before the conversation is stopped (and scores 0). */
export const MAX_TOOL_ERRORS = 10;

export type FallbackEvent = NonNullable<FallbackReply['fallback']>;

export interface PipelineTurn {
  customer: string;
  replies: string[];
  /** Which brain answered ('llm', 'offline' when the fallback took the turn); absent when the funnel apologised. */
  brain?: string;
  tools: string[];
}

export interface PipelineEpisode {
  taskId: string;
  trial: number;
  ended: EpisodeEnd;
  error?: string;
  reward: TaskReward;
  turns: PipelineTurn[];
  toolCalls: number;
  toolErrors: number;
  /** Turns the LLM brain lost to the fallback, with the reason (guard, timeout, too many steps ...). */
  fallbacks: FallbackEvent[];
  ms: number;
}

export interface RetailPipeline {
  run(task: RetailTask, goldHash: string, trial: number): Promise<PipelineEpisode>;
  close(): Promise<void>;
}

export interface RetailPipelineOptions {
  llm: Config['llm'] & { baseUrl: string };
  /** τ²'s policy.md, read in place. */
  policy: string;
  base: ReplayBase;
  maxCustomerTurns?: number;
  now?: string;
}

let sequence = 0;

export async function openRetailPipeline(options: RetailPipelineOptions): Promise<RetailPipeline> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersales-tau2-'));
  // Only what is passed here is read, so a developer's .env does not change the run.
  const config = loadConfig({ AFTERSALES_DATA_DIR: path.join(dir, 'data') });
  config.llm = options.llm;
  // The clock only stamps what the desk stores; τ²'s tools never read it.
  const clock = new FixedClock(options.now ?? '2024-05-15T14:00:00Z');
  const desk = await openDesk(config, clock).catch((error: unknown) => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  let fallbacks: FallbackEvent[] = [];
  const brain = await createBrain(config, { policy: options.policy, onFallback: (event) => fallbacks.push(event) });
  const understanding = new OfflineUnderstanding(config.timeZone);
  const userClient = createUserSimulatorClient(options.llm);
  const maxTurns = options.maxCustomerTurns ?? MAX_CUSTOMER_TURNS;

  async function run(task: RetailTask, goldHash: string, trial: number): Promise<PipelineEpisode> {
    const started = performance.now();
    fallbacks = [];
    const db = forkDb(options.base.db);
    let funnelError: string | undefined;
    const bot = new AfterSalesBot({
      conversations: desk.conversations,
      customers: desk.customers,
      tickets: desk.tickets,
      tools: retailProductTools(db),
      brain,
      understanding,
      clock,
      unitOfWork: (work) => desk.unitOfWork(work),
      onError: (error) => (funnelError = (error as Error)?.message ?? String(error)),
    });
    const customerRef = `tau2-${task.id}-${trial}-${++sequence}`;
    const user = new RetailUserSimulator(userClient, options.llm.model, task);
    const turns: PipelineTurn[] = [];
    const agentMessages: string[] = [];
    let agentSaid = FIRST_AGENT_MESSAGE;
    let ended: EpisodeEnd = 'max_turns';
    let error: string | undefined;
    let toolCalls = 0;
    let toolErrors = 0;
    for (let n = 0; n < maxTurns; n++) {
      let said;
      try {
        said = await user.reply(agentSaid);
      } catch (e) {
        [ended, error] = ['user_error', `user simulator: ${(e as Error).message}`];
        break;
      }
      if (said.stop) {
        turns.push({ customer: said.text, replies: [], tools: [] });
        ended = 'user_stop';
        break;
      }
      if (!said.text) {
        [ended, error] = ['user_error', 'the user simulator said nothing'];
        break;
      }
      let result;
      try {
        result = await bot.handle({ channel: 'web', channelMessageId: `${customerRef}-${n}`, customerRef, text: said.text, attachments: [], receivedAt: clock.now().toISOString() });
      } catch (e) {
        // The pipeline refused the message itself (a validation error): one lost conversation, not a lost run.
        [ended, error] = ['agent_error', `the pipeline refused the message: ${(e as Error).message}`];
        break;
      }
      clock.advance(30_000);
      const replies = result.replies.map((r) => r.text);
      agentMessages.push(...replies);
      turns.push({ customer: said.text, replies, brain: result.brain, tools: result.actions.map((a) => a.name) });
      toolCalls += result.actions.length;
      toolErrors += result.actions.filter((a) => !a.outcome.ok).length;
      if (!result.brain) {
        // The pipeline's funnel answered: the turn failed inside the product (τ²: an agent error).
        [ended, error] = ['agent_error', funnelError ?? 'the turn failed and the customer got an apology'];
        break;
      }
      if (toolErrors >= MAX_TOOL_ERRORS) {
        ended = 'too_many_errors';
        break;
      }
      agentSaid = replies.join('\n');
    }
    const reward = taskReward(task, { ended, finalHash: options.base.hasher.hash(db), goldHash, agentMessages });
    return { taskId: task.id, trial, ended, error, reward, turns, toolCalls, toolErrors, fallbacks, ms: performance.now() - started };
  }

  return {
    run,
    close: async () => {
      brain.shutdown?.();
      await desk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
