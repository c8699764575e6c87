/**
 * A whole offline turn in-process (understanding + retrieval over the sample knowledge base plus
 * 10k synthetic cases + dialogue policy + the SQLite writes of the turn) against retrieval alone,
 * on the same questions in the same run. Target: a whole turn costs at most 3x a retrieval.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAssistant } from '../app/assistant';
import { loadConfig } from '../app/config';
import { percentile, writeResult } from './result';
import { syntheticCases } from './synthetic-cases';
import { timeTurnStages } from './turn-stages';

const SYNTHETIC = Number(process.argv[2] ?? 10_000);
const ROUNDS = 4;
const QUESTIONS = [
  '格力空调开机显示E1，不制冷',
  '美的空调报EC是什么意思',
  '洗衣机显示E21，不排水',
  '冰箱冷藏室不制冷了',
  '热水器显示E4，不出热水',
  '油烟机吸力变小了',
  '电饭煲煮饭夹生',
  '微波炉转盘不转',
  '手机充不进电',
  '空调外机噪音很大',
  'My Midea air conditioner shows E1',
  'washing machine will not drain',
  'fridge is not cooling at all',
  'water heater shows E4 and no hot water',
  'range hood suction is weak',
  'microwave turntable does not turn',
  'phone will not charge',
  'rice cooker rice comes out hard',
  'gas stove will not ignite',
  'AC blows a musty smell',
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-turn-'));
const config = loadConfig({ AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_LOG_LEVEL: 'silent' });
const assistant = await openAssistant(config);
const kbDir = path.join(dir, 'synthetic-kb');
fs.mkdirSync(kbDir);
fs.writeFileSync(path.join(kbDir, 'synthetic.json'), JSON.stringify(syntheticCases(SYNTHETIC)));
const t0 = performance.now();
const report = await assistant.knowledge.ingest(kbDir);
console.log(`ingested ${report.added} synthetic cases in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${assistant.knowledge.stats().entries} entries in all`);

const retrieval: number[] = [];
const turns: number[] = [];
let n = 0;
// Warm up both paths (JIT, jieba dictionary, statement cache) before measuring.
for (const q of QUESTIONS) {
  await assistant.knowledge.search(q);
  await assistant.bot.handle({ channel: 'web', channelMessageId: `warm-${n++}`, customerRef: `warm-${n}`, text: q, receivedAt: new Date().toISOString() });
}
for (let round = 0; round < ROUNDS; round++) {
  for (const q of QUESTIONS) {
    // Alternate so drift on a shared machine hits both alike.
    let start = performance.now();
    await assistant.knowledge.search(q, { k: 3 });
    retrieval.push(performance.now() - start);
    start = performance.now();
    await assistant.bot.handle({ channel: 'web', channelMessageId: `m-${n++}`, customerRef: `c-${n}`, text: q, receivedAt: new Date().toISOString() });
    turns.push(performance.now() - start);
  }
}
// Where the time goes: a separate pass with a timer per stage, after the headline figures.
const stages = await timeTurnStages(assistant, [...QUESTIONS, ...QUESTIONS], () => String(n++));
await assistant.close();
fs.rmSync(dir, { recursive: true, force: true });

const p50r = percentile(retrieval, 50);
const p50t = percentile(turns, 50);
const ratio = p50t / p50r;
writeResult('turn', {
  ratio,
  target: { description: 'a whole offline turn (p50) costs at most 3x a retrieval alone (p50)', maxRatio: 3 },
  met: ratio <= 3,
  figures: {
    knowledgeEntries: SYNTHETIC + 196,
    samples: turns.length,
    retrievalMs: { p50: round(p50r), p99: round(percentile(retrieval, 99)) },
    turnMs: { p50: round(p50t), p99: round(percentile(turns, 99)) },
    turnIncludes: 'customer lookup/creation, inbound message stored (transaction), understanding, redaction, searchKnowledge, offline policy, reply + state stored (transaction); synchronous=FULL',
    stagesMs: stages,
  },
});

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
