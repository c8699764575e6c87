/**
 * `npm run eval:understanding [-- --datasets DIR] [--json] [--mistakes]`: intent and urgency
 * accuracy, macro-F1 and confusion matrices on the labelled set, slot accuracy, latency, and
 * sentiment accuracy on the third-party sets when ../shared/datasets (or --datasets, or
 * AFTERSALES_DATASETS_DIR) is present.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatClassTable, formatConfusionMatrix } from '../metrics';
import { evaluateLabelledSet, type LabelledReport, type TaskScore } from './labelled-set';
import { evaluateSentimentDataset, SENTIMENT_DATASETS, type SentimentScore } from './sentiment-datasets';
import { loadConfig } from '../../app/config';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ABBREVIATIONS: Record<string, string> = {
  consultation: 'cons', fault_report: 'fault', repair_request: 'repair', complaint: 'compl', ticket_status: 'status',
  human_request: 'human', thanks_bye: 'thanks', out_of_scope: 'oos',
};

export interface RunOptions {
  datasetsDir?: string;
  json?: boolean;
  mistakes?: boolean;
}

function printTask(title: string, task: TaskScore): void {
  console.log(`\n## ${title}: accuracy ${pct(task.accuracy)}, macro-F1 ${pct(task.macroF1)}`);
  console.log(formatClassTable(task.classes));
  console.log('\nconfusion matrix:');
  console.log(formatConfusionMatrix(task.confusion, (l) => ABBREVIATIONS[l] ?? l));
}

/** The whole eval as one call: the labelled set, and sentiment on whichever third-party sets are present. */
export function evaluateUnderstanding(options: { datasetsDir?: string } = {}): { report: LabelledReport; sentiment: SentimentScore[]; datasetsDir: string } {
  const report = evaluateLabelledSet();
  const datasetsDir = path.resolve(REPO_ROOT, options.datasetsDir ?? '../shared/datasets');
  const sentiment = fs.existsSync(datasetsDir)
    ? SENTIMENT_DATASETS.map((d) => evaluateSentimentDataset(d, datasetsDir)).filter((s): s is SentimentScore => s !== undefined)
    : [];
  return { report, sentiment, datasetsDir };
}

export function run(options: RunOptions): { sentiment: SentimentScore[] } {
  const { report, sentiment, datasetsDir } = evaluateUnderstanding(options);

  if (options.json) {
    const { predictions: _predictions, timingsMs: _timings, mistakes, ...summary } = report;
    console.log(JSON.stringify({ ...summary, mistakes: options.mistakes ? mistakes : mistakes.length, sentiment }, null, 2));
    return { sentiment };
  }
  console.log(`# Understanding eval: ${report.size} labelled messages`);
  printTask('Intent', report.intent);
  printTask('Urgency', report.urgency);
  console.log(`\nlanguage accuracy ${pct(report.language.accuracy)}`);
  console.log(`secondary intents found ${report.secondaryRecall.found}/${report.secondaryRecall.total}`);
  console.log(`P1 recall ${pct(report.safety.p1Recall)} of ${report.safety.total}`);
  console.log('slots: ' + report.slots.map((s) => `${s.slot} ${s.correct}/${s.total}`).join(', '));
  console.log(`latency per message: p50 ${report.latencyMs.p50.toFixed(3)} ms, p99 ${report.latencyMs.p99.toFixed(3)} ms, mean ${report.latencyMs.mean.toFixed(3)} ms`);
  if (sentiment.length) {
    console.log(`\n## Sentiment on third-party sets (${datasetsDir})`);
    for (const s of sentiment) {
      console.log(
        `${s.name.padEnd(32)} n=${String(s.size).padStart(6)}  accuracy ${pct(s.accuracy)}  (when decided ${pct(s.accuracyWhenDecided)}, coverage ${pct(s.coverage)}; majority baseline ${pct(s.majorityBaseline)})  ${s.ms.toFixed(0)} ms`,
      );
    }
  } else {
    console.log(`\n(sentiment datasets not found at ${datasetsDir}; pass --datasets DIR or set AFTERSALES_DATASETS_DIR)`);
  }
  if (options.mistakes) {
    console.log('\n## Mistakes');
    for (const m of report.mistakes) console.log(`${m.id.padEnd(7)} ${m.field.padEnd(16)} want ${m.expected.padEnd(14)} got ${m.got.padEnd(22)} ${m.text}`);
  } else {
    console.log(`\n${report.mistakes.length} mistakes (add --mistakes to list them)`);
  }
  return { sentiment };
}

function parseArgs(argv: string[], env: { datasetsDir?: string }): RunOptions {
  const options: RunOptions = { datasetsDir: env.datasetsDir };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--mistakes') options.mistakes = true;
    else if (arg === '--datasets') options.datasetsDir = argv[++i];
    else if (arg.startsWith('--datasets=')) options.datasetsDir = arg.slice('--datasets='.length);
    else if (arg === '--help') {
      console.log('usage: npm run eval:understanding [-- --datasets DIR] [--json] [--mistakes]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  run(parseArgs(process.argv.slice(2), { datasetsDir: loadConfig().datasetsDir }));
}
