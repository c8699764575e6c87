/** `aftersales voice ingest DIR`: file a folder of finished-call transcripts, with a summary for people or scripts. */
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { CallOutcome } from '../bot/calls/call-intake';
import type { CallTranscript } from '../bot/calls/call-transcript';
import { QUALITY_CHECKS, type QualityCheckId } from '../bot/calls/quality-check';
import { listTranscriptFiles, readTranscriptFile } from '../channels/voice/read-folder';
import { formatOfName } from '../channels/voice/read-transcript';
import { TranscriptError } from '../channels/voice/transcript-error';
import { isAppError, ValidationError } from '../kernel/errors';
import { PRIORITIES, type Priority } from '../tickets/ticket';
import type { CliContext } from './context';
import { printJson, printTable, truncate } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

interface FiledRow {
  file: string;
  callId: string;
  customerId: number;
  customerPhone?: string;
  duplicate: boolean;
  ticket?: string;
  action?: 'created' | 'updated';
  urgency: Priority;
  safety: boolean;
  intent: string;
  lowest?: { line: number; score: number };
  qualityChecked: boolean;
  qualityFailed: QualityCheckId[];
  summary: string;
}

/** What `aftersales voice ingest --json` prints. */
export interface IngestReport {
  dir: string;
  files: number;
  filed: number;
  duplicates: number;
  failed: number;
  tickets: { created: number; updated: number };
  urgency: Record<Priority, number>;
  safety: number;
  quality: { checked: number; withFailures: number; byCheck: Record<QualityCheckId, number> };
  calls: FiledRow[];
  failures: { file: string; line: number; reason: string }[];
}

/** 138****5678: enough for a person to recognise, not enough to leak. */
function maskPhone(phone: string | undefined): string | undefined {
  return phone?.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');
}

function row(file: string, o: CallOutcome): FiledRow {
  const a = o.analysis;
  return {
    file,
    callId: o.callId,
    customerId: o.customerId,
    customerPhone: maskPhone(a.customerPhone),
    duplicate: o.duplicate,
    ticket: o.ticket?.number,
    action: o.ticket?.action,
    urgency: a.urgency.priority,
    safety: a.urgency.safety,
    intent: a.intent,
    lowest: a.lowest && { line: a.lowest.line, score: a.lowest.score },
    qualityChecked: a.quality.applicable,
    qualityFailed: a.quality.failed,
    summary: a.summary,
  };
}

export function registerVoiceCommands(program: Command, context: CliContext): void {
  const voice = program.command('voice').description(COMMAND_SUMMARIES.voice.summary);

  voice
    .command('ingest')
    .description('file every transcript in a folder (JSON, WebVTT, SRT, plain text): customer, ticket, urgency, quality check / 导入通话记录')
    .argument('<dir>', 'folder (or one file) of transcripts')
    .option('--json', 'print the report as JSON')
    .option('--format <name>', 'the files are this format: aliyun, tencent (speech-to-text exports), json, webvtt, srt, text (default: VOICE_TRANSCRIPT_FORMAT, else by extension and shape)')
    .option('--agent-speaker <id>', 'in a vendor export, the ChannelId/SpeakerId that is the agent (default: VOICE_AGENT_SPEAKER, else 0)')
    .action(async (dir: string, o: { json?: boolean; format?: string; agentSpeaker?: string }) => {
      const format = o.format ? formatOfName(o.format) : context.config().voice.transcriptFormat;
      if (o.format && !format) throw new ValidationError('voice_format_unknown', `--format "${o.format}" is not a format; use aliyun, tencent, json, webvtt, srt or text / 不支持的格式`);
      const speakers = { agent: o.agentSpeaker ?? context.config().voice.agentSpeaker };
      const files = listTranscriptFiles(dir);
      const report: IngestReport = {
        dir,
        files: files.length,
        filed: 0,
        duplicates: 0,
        failed: 0,
        tickets: { created: 0, updated: 0 },
        urgency: { P1: 0, P2: 0, P3: 0, P4: 0 },
        safety: 0,
        quality: { checked: 0, withFailures: 0, byCheck: Object.fromEntries(QUALITY_CHECKS.map((c) => [c, 0])) as Record<QualityCheckId, number> },
        calls: [],
        failures: [],
      };
      // Read everything first and file oldest first: a follow-up call then continues the ticket the first one opened.
      const calls: { file: string; call: CallTranscript }[] = [];
      for (const file of files) {
        try {
          calls.push({ file, call: readTranscriptFile(file, { format, speakers }) });
        } catch (error) {
          if (!(error instanceof TranscriptError)) throw error;
          report.failures.push({ file: error.file, line: error.line, reason: error.reason });
        }
      }
      calls.sort((a, b) => Date.parse(a.call.startedAt) - Date.parse(b.call.startedAt) || a.file.localeCompare(b.file));
      const bar = new cliProgress.SingleBar({ stream: process.stderr, format: ' calls [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
      bar.start(calls.length, 0, { file: '' });
      try {
        await context.withDesk(async (desk) => {
          const { createCallIntake } = await import('../app/calls');
          const intake = createCallIntake(context.config(), desk, context.clock());
          for (const { file, call } of calls) {
            bar.update({ file: truncate(path.basename(file), 40) });
            try {
              count(report, row(file, await intake.file(call)));
            } catch (error) {
              // A call the core refuses is reported and skipped; a database failure stops the run.
              if (!isAppError(error) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
              report.failures.push({ file, line: 1, reason: error.message });
            }
            bar.increment(1);
          }
        });
      } finally {
        bar.stop();
      }
      report.failed = report.failures.length;
      if (o.json) printJson(report);
      else printReport(report);
      for (const f of report.failures) process.stderr.write(`${f.file}:${f.line}: ${f.reason}\n`);
      if (report.failed) {
        throw new ValidationError(
          'voice_ingest_rejected',
          `${report.failed} transcript(s) could not be filed; the other ${report.files - report.failed} were / ${report.failed} 个文件有误，其余已导入`,
        );
      }
    });
}

function count(report: IngestReport, r: FiledRow): void {
  report.calls.push(r);
  if (r.duplicate) {
    report.duplicates++;
    return;
  }
  report.filed++;
  if (r.action) report.tickets[r.action]++;
  report.urgency[r.urgency]++;
  if (r.safety) report.safety++;
  if (r.qualityChecked) report.quality.checked++;
  if (r.qualityFailed.length) report.quality.withFailures++;
  for (const c of r.qualityFailed) report.quality.byCheck[c]++;
}

function printReport(r: IngestReport): void {
  if (r.calls.length) {
    printTable(
      ['file', 'call', 'customer', 'ticket', 'action', 'urgency', 'lowest', 'quality failed'],
      r.calls.map((c) => [
        truncate(path.basename(c.file), 34),
        truncate(c.callId, 22),
        c.customerPhone ?? `#${c.customerId}`,
        c.ticket ?? '-',
        c.duplicate ? 'already filed' : (c.action ?? '-'),
        `${c.urgency}${c.safety ? ' SAFETY' : ''}`,
        c.lowest ? `${c.lowest.score} @${c.lowest.line}` : '-',
        c.qualityFailed.join(', ') || '-',
      ]),
    );
    process.stdout.write('\n');
  }
  printTable(
    ['summary / 汇总', ''],
    [
      ['calls read / 通话', `${r.files} file(s): ${r.filed} filed, ${r.duplicates} already filed, ${r.failed} failed`],
      ['tickets / 工单', `${r.tickets.created} created, ${r.tickets.updated} updated`],
      ['urgency / 紧急程度', PRIORITIES.map((p) => `${p} ${r.urgency[p]}`).join('  ') + (r.safety ? `  (safety ${r.safety})` : '')],
      [
        'quality / 质检',
        `${r.quality.withFailures} of ${r.quality.checked} call(s) failed a check` +
          (r.quality.withFailures
            ? `: ${QUALITY_CHECKS.filter((c) => r.quality.byCheck[c])
                .map((c) => `${c} ${r.quality.byCheck[c]}`)
                .join(', ')}`
            : ''),
      ],
    ],
  );
}
