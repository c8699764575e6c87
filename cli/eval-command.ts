/**
 * `aftersales eval`: runs the eval suites with a progress bar on stderr and writes evals/report/
 * (report.html with charts, summary.md, results.json). `--compare OLD.json` says what moved.
 * The suites load the knowledge index, OCR and the assistant, so they are imported only when
 * this command runs: every other command stays fast.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ValidationError } from '../kernel/errors';
import type { CliContext } from './context';
import { EXIT } from './exit-codes';
// Names only: the suites themselves load when the command runs.
import { BRAIN_SUITES, SUITE_NAMES } from '../evals/suite';
import { COMMAND_SUMMARIES } from './command-summaries';

interface EvalCliOptions {
  suites?: string;
  llm?: boolean;
  compare?: string;
  datasets?: string;
  knowledge?: string;
  customers?: string;
  json?: boolean;
  out?: string;
  ocrLimit?: string;
  tau2Limit?: string;
}

const positiveInt = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ValidationError('invalid_option', `${name} expects a whole number, got "${value}" / ${name} 需要整数`);
  return n;
};

export function registerEvalCommand(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description(COMMAND_SUMMARIES.eval.summary)
    .option('--suites <list>', `comma-separated, from: ${SUITE_NAMES.join(', ')} (default: all)`)
    .option('--llm', `run the brain-dependent suites (${BRAIN_SUITES.join(', ')}) against LLM_BASE_URL instead of the offline brain`)
    .option('--compare <file>', 'an earlier results.json: print what moved and put it in summary.md')
    .option('--datasets <dir>', 'third-party datasets folder (default: AFTERSALES_DATASETS_DIR or ../shared/datasets)')
    .option('--customers <file>', 'scripted customers replayed by the customers suite (default: AFTERSALES_CUSTOMERS_FILE or ../shared/conversations/customers-dev.jsonl)')
    .option('--knowledge <dir>', 'score this knowledge folder instead of the shipped sample (kb-lint, retrieval and the assistant are seeded with it)')
    .option('--ocr-limit <n>', 'read only the first N SROIE receipts, for a quick look (default: all 44; a few receipts swing the figure)')
    .option('--tau2-limit <n>', 'with --llm, at most this many τ²-bench retail tasks, each run 4 times through the product pipeline (default: all 114)')
    .option('--out <dir>', 'where to write the report (default: evals/report)')
    .option('--json', 'print results.json to stdout instead of the summary')
    .action(async (o: EvalCliOptions) => {
      const config = context.config();
      const suites = o.suites
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = suites?.filter((s) => !(SUITE_NAMES as readonly string[]).includes(s)) ?? [];
      if (unknown.length) throw new ValidationError('unknown_suite', `Unknown suite(s): ${unknown.join(', ')}. Choose from: ${SUITE_NAMES.join(', ')} / 未知的评测套件`);
      if (o.llm && !config.llm.baseUrl) throw new ValidationError('llm_not_configured', '--llm needs a model endpoint: set LLM_BASE_URL (and LLM_API_KEY, LLM_MODEL) / 需要配置 LLM_BASE_URL');
      // Checked above before the suites load (index, OCR, assistant): a typo fails in a blink.
      const [{ runEvals, writeReport, failedGates }, { readEvalRun }, { formatComparison, formatValue }, { formatFigure, headlineMetrics, verdict }, { default: cliProgress }] = await Promise.all([
        import('../evals/run-evals'),
        import('../evals/reporting/eval-run'),
        import('../evals/reporting/compare'),
        import('../evals/reporting/figure-text'),
        import('cli-progress'),
      ]);
      // Read the old run before anything is written: it may be the very file this run replaces.
      let before;
      if (o.compare) {
        if (!fs.existsSync(o.compare)) throw new ValidationError('file_not_found', `No such file: ${o.compare} / 文件不存在`);
        try {
          before = readEvalRun(o.compare);
        } catch (error) {
          throw new ValidationError('invalid_results', (error as Error).message);
        }
      }
      const datasetsDir = path.resolve(o.datasets ?? config.datasetsDir);
      const knowledgeDir = o.knowledge === undefined ? undefined : path.resolve(o.knowledge);
      if (knowledgeDir && !fs.existsSync(knowledgeDir)) throw new ValidationError('knowledge_dir_missing', `No such knowledge folder: ${o.knowledge} / 知识库文件夹不存在`);
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: '{suite} [{bar}] {value}/{total} {duration}s', hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      );
      let barRunning = false;
      const run = await runEvals({
        suites: suites as never,
        datasetsDir,
        knowledgeDir,
        customersFile: path.resolve(o.customers ?? config.customersFile),
        llm: o.llm ?? false,
        llmConfig: config.llm,
        ocrLimit: o.ocrLimit === undefined ? undefined : positiveInt('--ocr-limit', o.ocrLimit),
        tau2Limit: o.tau2Limit === undefined ? undefined : positiveInt('--tau2-limit', o.tau2Limit),
        onSuite: (name, i, n) => {
          const label = `[${i + 1}/${n}] ${name}`.padEnd(22);
          bar.start(1, 0, { suite: label });
          barRunning = true;
          return { total: (t) => bar.setTotal(Math.max(1, t)), tick: (k = 1) => bar.increment(k) };
        },
        onSuiteDone: (result) => {
          if (barRunning) bar.stop();
          barRunning = false;
          const head = headlineMetrics(result)
            .map((m) => `${m.label} ${formatValue(m.unit, m.value)}`)
            .join(', ');
          process.stderr.write(`  ${result.name}: ${verdict(result).text}${head ? ` — ${head}` : ''}${result.status !== 'ran' ? ` (${result.notes[0]})` : ''}\n`);
        },
      });
      const written = writeReport(run, { dir: o.out ? path.resolve(o.out) : undefined, before });
      if (o.json) {
        console.log(JSON.stringify(run, null, 1));
      } else {
        console.log(`Evaluation finished in ${(run.durationMs / 1000).toFixed(1)} s (${run.options.llm ? `LLM ${run.options.model}` : 'offline brain'}).`);
        for (const s of run.suites) {
          console.log(`\n${s.title} — ${verdict(s).text}`);
          if (s.status !== 'ran') console.log(`  ${s.notes.join(' ')}`);
          for (const g of (s.gates ?? []).filter((x) => !x.passed)) console.log(`  ✗ ${g.label}${g.detail ? `: ${g.detail}` : ''}`);
          const shown = [...headlineMetrics(s), ...s.metrics.filter((m) => !headlineMetrics(s).includes(m))].slice(0, 6);
          for (const m of shown) console.log(`  ${m.label.padEnd(40)} ${formatFigure(m)}`);
        }
        if (written.comparison) console.log(`\n${formatComparison(written.comparison).join('\n')}`);
        console.log(`\nReport: ${written.html}\nSummary: ${written.summary}\nResults (for --compare): ${written.results}`);
      }
      const failed = failedGates(run);
      if (failed.length) {
        process.stderr.write(`\n${failed.length} gate(s) failed / 评测未通过:\n${failed.map((f) => `  ✗ ${f}`).join('\n')}\n`);
        process.exitCode = EXIT.evalGate;
      }
    });
}
