/**
 * `npm run eval:understanding [-- --json] [--mistakes]`: intent and urgency accuracy, macro-F1 and
 * confusion matrices on the team's labelled set, slot accuracy and latency. Sentiment on the
 * third-party sets is its own suite: `npx aftersales eval --suites sentiment`.
 */
import path from 'node:path';
import { formatClassTable, formatConfusionMatrix } from '../metrics';
import { evaluateLabelledSet, type TaskScore } from './labelled-set';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ABBREVIATIONS: Record<string, string> = {
  consultation: 'cons',
  fault_report: 'fault',
  repair_request: 'repair',
  complaint: 'compl',
  ticket_status: 'status',
  human_request: 'human',
  thanks_bye: 'thanks',
  out_of_scope: 'oos',
};

export interface RunOptions {
  json?: boolean;
  mistakes?: boolean;
}

function printTask(title: string, task: TaskScore): void {
  console.log(`\n## ${title}: accuracy ${pct(task.accuracy)}, macro-F1 ${pct(task.macroF1)}`);
  console.log(formatClassTable(task.classes));
  console.log('\nconfusion matrix:');
  console.log(formatConfusionMatrix(task.confusion, (l) => ABBREVIATIONS[l] ?? l));
}

export function run(options: RunOptions): void {
  const report = evaluateLabelledSet();

  if (options.json) {
    const { predictions: _predictions, timingsMs: _timings, mistakes, ...summary } = report;
    console.log(JSON.stringify({ ...summary, mistakes: options.mistakes ? mistakes : mistakes.length }, null, 2));
    return;
  }
  console.log(`# Understanding eval: ${report.size} labelled messages`);
  printTask('Intent', report.intent);
  printTask('Urgency', report.urgency);
  console.log(`\nlanguage accuracy ${pct(report.language.accuracy)}`);
  console.log(`secondary intents found ${report.secondaryRecall.found}/${report.secondaryRecall.total}`);
  console.log(`P1 recall ${pct(report.safety.p1Recall)} of ${report.safety.total}`);
  console.log('slots: ' + report.slots.map((s) => `${s.slot} ${s.correct}/${s.total}`).join(', '));
  console.log(`latency per message: p50 ${report.latencyMs.p50.toFixed(3)} ms, p99 ${report.latencyMs.p99.toFixed(3)} ms, mean ${report.latencyMs.mean.toFixed(3)} ms`);
  if (options.mistakes) {
    console.log('\n## Mistakes');
    for (const m of report.mistakes) console.log(`${m.id.padEnd(7)} ${m.field.padEnd(16)} want ${m.expected.padEnd(14)} got ${m.got.padEnd(22)} ${m.text}`);
  } else {
    console.log(`\n${report.mistakes.length} mistakes (add --mistakes to list them)`);
  }
}

function parseArgs(argv: string[]): RunOptions {
  const options: RunOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--mistakes') options.mistakes = true;
    else if (arg === '--help') {
      console.log('usage: npm run eval:understanding [-- --json] [--mistakes]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  run(parseArgs(process.argv.slice(2)));
}
