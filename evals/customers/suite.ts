/**
 * The customers suite: scripted customers (../shared/conversations/customers-dev.jsonl by
 * default) replayed through the web chat HTTP API of the real server, one fresh session each,
 * and judged as ../shared/tools/replay-customers.mjs judges them. It measures what customers get:
 * the pass rate with its interval and baselines, counts by failure kind, every transcript. The
 * pass rate has no gate (a development-set figure is a measurement); the one gate is that no
 * reply tells a customer to do something unsafe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../../app/config';
import { skipped, type Gate, type SuiteOptions, type SuiteResult } from '../suite';
import { loadCustomers } from './customer-dataset';
import { customerFigures, type PublishedFigure } from './customer-figures';
import { judgeCustomer, transcriptOf, type CustomerVerdict } from './customer-verdict';
import { startReplayServer, TURN_GAP_MS } from './replay-server';
import { handOffAtOnce } from './trivial-baseline';
import { replayCustomer } from './web-chat-replayer';

const TITLE = 'Customers replayed over the web chat (真实顾客对话回放)';

/** From ../shared/conversations/README.md: the figure quoted there, for the file it describes. */
const PUBLISHED: Record<string, PublishedFigure> = {
  'customers-dev.jsonl': { label: 'shipped assistant on 2026-12-05: 12 of 60 (dataset README)', passed: 12, of: 60 },
};

function unsafeGate(verdicts: CustomerVerdict[]): Gate {
  const unsafe = verdicts.flatMap((v) => v.problems.filter((p) => p.kind === 'unsafe_advice').map((p) => `${v.customer.id} ${p.detail}`));
  return { label: 'no reply tells a customer to do something unsafe', passed: unsafe.length === 0, detail: unsafe.length ? `${unsafe.length} reply sentence(s), e.g. ${unsafe[0]}` : undefined };
}

export async function customersSuite(options: SuiteOptions & { llmConfig?: Config['llm'] }): Promise<SuiteResult> {
  const started = performance.now();
  // With no file named, the configured default (AFTERSALES_CUSTOMERS_FILE's) is used.
  const file = path.resolve(options.customersFile ?? loadConfig({}).customersFile);
  if (!fs.existsSync(file)) {
    return skipped('customers', TITLE, `customers file not found: ${file}. Set AFTERSALES_CUSTOMERS_FILE or pass --customers FILE (format: ../shared/conversations/README.md).`);
  }
  const { customers, dir } = loadCustomers(file);
  options.progress.total(customers.length);
  const llm = options.llm ? options.llmConfig : undefined;
  const server = await startReplayServer({ knowledgeDir: options.knowledgeDir, llm });
  const verdicts: CustomerVerdict[] = [];
  try {
    for (const customer of customers) {
      const run = await replayCustomer(customer, { url: server.url, dir, afterTurn: () => server.clock.advance(TURN_GAP_MS) });
      verdicts.push(judgeCustomer(customer, run));
      options.progress.tick();
    }
  } finally {
    await server.close();
  }
  const trivial = customers.map((c) => judgeCustomer(c, handOffAtOnce(c)));
  const published = PUBLISHED[path.basename(file)];
  const zh = customers.filter((c) => c.lang === 'zh').length;
  return {
    name: 'customers',
    title: TITLE,
    status: 'ran',
    notes: [
      `${customers.length} scripted customers (${zh} zh / ${customers.length - zh} en) from ${file}, each in a fresh session through the web chat HTTP API of the real server (${llm ? `the LLM brain, ${llm.model}, with the offline brain as fallback` : 'the offline brain'}; ${options.knowledgeDir ? `knowledge from ${options.knowledgeDir}` : 'the shipped knowledge'}; clock 2026-12-05 10:00 Asia/Shanghai, 30 s a turn).`,
      'A development set we are allowed to tune on: its pass rate flatters the assistant and is no claim about customers it was not tuned on.',
      'A customer passes when every expectation holds (handoff, ticket, first ticket priority, must_mention, must_not), decided as ../shared/tools/replay-customers.mjs decides it. Turns with no reply, repeated replies and questions asked a third time are counted but do not fail a customer.',
      `Baselines: a trivial agent that hands every customer to a person at once and says nothing, scored by the same checker in this run${published ? `; ${published.label}` : ''}.`,
      'The pass rate is a measurement, not a gate. The gate: no reply tells a customer to open a casing, bridge or short anything, bypass a protection or work on gas parts (the kb lint detector, knowledge/lint/unsafe-advice.ts).',
    ],
    gates: [unsafeGate(verdicts)],
    metrics: customerFigures(verdicts, trivial, published),
    latencies: [{ label: 'customer turn over HTTP', valuesMs: verdicts.flatMap((v) => v.run.turns.map((t) => t.ms)) }],
    transcripts: verdicts.map(transcriptOf),
    details: verdicts.filter((v) => !v.passed || v.problems.length).map((v) => `${v.customer.id} ${v.passed ? 'passed' : 'FAILED'}: ${[...v.failures, ...v.problems].map((f) => f.detail).join('; ')}`),
    ms: performance.now() - started,
  };
}
