/** `aftersales kb ...`: ingest knowledge files, search the knowledge base, show what it holds. */
import cliProgress from 'cli-progress';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { ValidationError } from '../kernel/errors';
import { CATEGORIES, type Category, type KnowledgeEntry } from '../knowledge/case-schema';
import type { IngestReport, KnowledgeBase } from '../knowledge/knowledge-base';
import type { LintFinding } from '../knowledge/lint/finding';
import type { LintReport } from '../knowledge/lint/lint-knowledge';
import type { KnowledgeLog } from '../knowledge/knowledge-log';
// Loaded when the command runs: heavy libraries would slow every other command's start.
const openKnowledgeForCommand: typeof import('../app/knowledge').openKnowledgeForCommand = async (...args) => (await import('../app/knowledge')).openKnowledgeForCommand(...args);

/** Runs `work` with the knowledge base open and closes it after (with DATABASE_URL it holds connections). */
async function withKnowledge<T>(context: CliContext, options: { seed?: false }, work: (knowledge: KnowledgeBase) => Promise<T>): Promise<T> {
  const knowledge = await openKnowledgeForCommand(context.config(), stderrLog, options);
  try {
    return await work(knowledge);
  } finally {
    await knowledge.close();
  }
}
import type { CliContext } from './context';
import { printJson, printTable, truncate } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

/** Notices go to stderr so `--json` output on stdout stays parseable. */
const stderrLog: KnowledgeLog = {
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`warning: ${message}\n`),
};

export function registerKbCommands(program: Command, context: CliContext): void {
  const kb = program.command('kb').description(COMMAND_SUMMARIES.kb.summary);

  kb.command('ingest')
    .description('load knowledge files (JSON, CSV, Markdown) from a folder; only changed entries are re-embedded / 导入知识库')
    .argument('<dir>', 'folder (or one file) of knowledge files')
    .option('--replace', 'drop entries that came from other folders (for example the sample knowledge base)')
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, o: { replace?: boolean; json?: boolean }) => {
      const report = await withKnowledge(context, { seed: false }, (knowledge) => ingestWithProgress(knowledge, dir, o.replace));
      if (o.json) printJson(report);
      else printIngestReport(report);
      if (!report.ok) {
        throw new ValidationError('kb_ingest_rejected', `${report.issues.length} problem(s) in ${dir}; the other entries were loaded`);
      }
    });

  kb.command('search')
    .description('search the knowledge base as the bot does / 检索知识库')
    .argument('<query...>', 'the question, e.g. "空调 显示E1"')
    .option('--k <n>', 'most results to show (1-50)', (v) => intIn(v, '--k', 1, 50), 5)
    .addOption(new Option('--category <category>', 'only this product category').choices(CATEGORIES))
    .option('--brand <brand>', "the customer's brand: other brands' cases are left out")
    .option('--model <model>', "the customer's model: other models' cases are left out")
    .option('--json', 'print the full result as JSON')
    .action(async (words: string[], o: { k: number; category?: Category; brand?: string; model?: string; json?: boolean }) => {
      const query = words.join(' ');
      const result = await withKnowledge(context, {}, (knowledge) => knowledge.search(query, { k: o.k, category: o.category, brand: o.brand, model: o.model }));
      if (result.status === 'empty_query') throw new ValidationError('kb_empty_query', 'The question is empty: give some words, an error code or a model / 请输入问题');
      if (o.json) return printJson(result);
      if (result.truncated) console.error('note: the question was very long; only its start was searched');
      if (result.status === 'no_answer') {
        console.log('No matching case in the knowledge base. / 知识库中没有匹配的案例。');
        return;
      }
      printTable(
        ['#', 'id', 'score', 'kind', 'title'],
        result.results.map((h, i) => [String(i + 1), h.id, h.score.toFixed(3), h.kind, truncate(`${h.title.zh} / ${h.title.en}`, 70)]),
      );
      const top = result.results[0]!;
      console.log(`\n${describe(top.entry)}`);
      if (result.curatedAnswer) console.log(`\ncurated answer (${result.curatedAnswer.id}): ${curatedText(result.curatedAnswer.entry)}`);
    });

  kb.command('lint')
    .description('check knowledge files for unsafe advice, missing safety notes and missing provenance / 知识库安全与来源检查')
    .argument('[dir]', 'folder of knowledge files (default: the shipped sample knowledge base)')
    .option('--json', 'print the full report as JSON')
    .option('--strict', 'fail on warnings too (missing sourceKind or review date)')
    .action(async (dir: string | undefined, o: { json?: boolean; strict?: boolean }) => {
      const [{ lintKnowledgeFolder }, { SAMPLE_KNOWLEDGE_DIR }] = await Promise.all([import('../knowledge/lint/lint-knowledge'), import('../knowledge/knowledge-base')]);
      const target = dir ?? SAMPLE_KNOWLEDGE_DIR;
      const report = lintKnowledgeFolder(target);
      if (o.json) printJson(report);
      else printLintReport(report);
      // Exit 2, "invalid input": the knowledge files are the input and they are not fit to answer
      // customers with. 7 stays the eval's own signal, so a script can tell the two apart.
      const failing = report.errors + (o.strict ? report.warnings : 0);
      if (failing) {
        throw new ValidationError('kb_lint_failed', `${failing} problem(s) in ${target} (${report.errors} error(s), ${report.warnings} warning(s)) / 知识库检查未通过`);
      }
    });

  kb.command('stats')
    .description('what the knowledge base holds and where / 知识库概况')
    .option('--json', 'print as JSON')
    .action(async (o: { json?: boolean }) => {
      const s = await withKnowledge(context, {}, async (knowledge) => knowledge.stats());
      if (o.json) return printJson(s);
      console.log(`entries        ${s.entries} (fault cases ${s.byKind.fault}, policies ${s.byKind.policy}, curated answers ${s.byKind.qa})`);
      console.log(`error codes    ${s.errorCodes}`);
      console.log(`source files   ${s.files}`);
      console.log(`store          ${s.storeFile}`);
      console.log(`index          ${s.index.file ?? '-'} (${s.index.vectors} vectors, ${s.index.dimensions} dimensions, ${s.index.embedderId})`);
      printTable(
        ['category', 'entries'],
        Object.entries(s.byCategory).map(([c, n]) => [c, String(n)]),
      );
    });
}

/** Ingests `dir`, showing a progress bar on stderr per phase (reading, embedding). */
function ingestWithProgress(knowledge: KnowledgeBase, dir: string, replace: boolean | undefined): Promise<IngestReport> {
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: ' {phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let phase = '';
  return knowledge
    .ingest(dir, {
      replace,
      onProgress: (p) => {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, 0, { phase: p.phase === 'read' ? 'reading  ' : 'embedding' });
        }
        bar.update(p.done);
      },
    })
    .finally(() => phase && bar.stop());
}

function printIngestReport(r: IngestReport): void {
  console.log(`${r.dir}: ${r.files} file(s); added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, removed ${r.removed}; embedded ${r.embedded}`);
  for (const issue of r.issues) {
    const where = [issue.file + (issue.line ? `:${issue.line}` : ''), issue.entryId && `entry ${issue.entryId}`, issue.field].filter(Boolean).join(' ');
    console.error(`  ${where}: ${issue.reason}`);
  }
}

/** Findings per entry, errors first; a rule's warnings past a handful are summarised, not listed. */
function printLintReport(r: LintReport): void {
  const where = (f: LintFinding) => [f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '', f.entryId ?? '', f.field].filter(Boolean).join(' ');
  const line = (f: LintFinding) => `${f.severity === 'error' ? 'ERROR' : 'warn '} ${f.rule.padEnd(13)} ${where(f)}\n        ${f.message.en} / ${f.message.zh}`;
  const errors = r.findings.filter((f) => f.severity === 'error');
  for (const f of errors) console.log(line(f));
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  const groups = new Map<string, LintFinding[]>();
  for (const f of warnings) groups.set(`${f.rule} ${f.field}`, [...(groups.get(`${f.rule} ${f.field}`) ?? []), f]);
  const LIST_AT_MOST = 10;
  for (const [key, list] of groups) {
    if (list.length <= LIST_AT_MOST) list.forEach((f) => console.log(line(f)));
    else
      console.log(
        `warn  ${key}: ${list.length} entries, e.g. ${list
          .slice(0, 5)
          .map((f) => f.entryId)
          .join(', ')} … — ${list[0]!.message.en} / ${list[0]!.message.zh}`,
      );
  }
  const c = r.checked;
  console.log(
    `\n${r.dir}: ${c.entries} entries in ${r.files} file(s); ${r.errors} error(s), ${r.warnings} warning(s)` +
      `\n  unsafe advice: ${r.counts['unsafe-advice'].errors} in ${c.adviceTexts} customer-facing texts` +
      `\n  safety notes:  ${c.hazardCasesWithSafetyNote} of ${c.hazardCases} hazard cases have one in both languages` +
      `\n  provenance:    ${c.entriesWithProvenance} of ${c.entries} entries say where their facts come from and when they were reviewed` +
      (r.counts.schema.errors ? `\n  unreadable:    ${r.counts.schema.errors} problem(s) ingest would reject` : ''),
  );
}

function describe(entry: KnowledgeEntry): string {
  if (entry.kind === 'fault') {
    const lines = [`${entry.title.zh} / ${entry.title.en}`];
    if (entry.errorCodes.length) lines.push(`codes: ${entry.errorCodes.join(', ')}`);
    lines.push('steps / 步骤:', ...entry.steps.zh.map((s, i) => `  ${i + 1}. ${s}`));
    if (entry.safety.zh.length) lines.push(`safety / 安全: ${entry.safety.zh.join('；')}`);
    lines.push(`engineer visit / 需上门: ${entry.engineerVisit ? 'yes' : 'no'}`, `source: ${entry.source}`);
    return lines.join('\n');
  }
  if (entry.kind === 'policy') return `${entry.title.zh}\n${entry.body.zh}\n${entry.body.en}\nsource: ${entry.source}`;
  return `${entry.title.zh}\n${entry.answer.zh}\n${entry.answer.en}`;
}

function curatedText(entry: KnowledgeEntry): string {
  return entry.kind === 'qa' ? entry.answer.zh : '';
}

function intIn(value: string, flag: string, min: number, max: number): number {
  const parsed = z.coerce.number().int().min(min).max(max).safeParse(value);
  if (!parsed.success) throw new ValidationError('invalid_option', `${flag}: expected a whole number from ${min} to ${max}, got "${value}"`);
  return parsed.data;
}
