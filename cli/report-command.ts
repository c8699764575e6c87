/** `aftersales report`: the manager's service report for a period, as tables, JSON or CSV. */
import type { Command } from 'commander';
import { ValidationError } from '../kernel/errors';
import { reportCsv, reportLines } from '../reports/report-lines';
import { parsePeriod } from '../reports/report-period';
import { buildServiceReport } from '../reports/service-report';
import { slaPolicyFrom } from '../app/desk';
import type { CliContext } from './context';
import { printJson, printTable } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

const HELP = `
Period: --from and --to take a day (YYYY-MM-DD, midnight in AFTERSALES_TIMEZONE) or an ISO time
with its offset; the period is [from, to). Without --from: the 7 days before --to; without --to:
up to the end of today.

Figures (the same as /desk/reports):
  bot resolution           conversations that ended without a person and were not reopened
                           (no new contact from the customer, no ticket reopened) within 7 days
  first-contact resolution the same, with or without a person, not left waiting for one
  handoffs by reason       customer asked, danger, anger or complaint, missing knowledge,
                           stuck, policy needs a person, bot error (per conversation)
  response, handling time  tickets filed in the period: filing to first response, to resolution
                           (median and p90)
  SLA by tier              clocks met / met + breached; tickets about to breach, open now
  satisfaction             average, 1-5 distribution, surveys answered / surveys sent
  top faults               tickets by brand and model, with their error codes
  knowledge gaps           questions that found no good case, grouped, with example wordings
                           (personal data masked)

Examples:
  npx aftersales report --from 2026-11-01 --to 2026-12-01
  npx aftersales report --from 2026-11-01 --json > november.json
  npx aftersales report --from 2026-11-01 --to 2026-12-01 --csv > november.csv
`;

export function registerReportCommand(program: Command, context: CliContext): void {
  program
    .command('report')
    .description(COMMAND_SUMMARIES.report.summary)
    .option('--from <day>', 'first day (YYYY-MM-DD) or ISO time, inclusive')
    .option('--to <day>', 'day (YYYY-MM-DD) or ISO time the period ends before, exclusive')
    .option('--json', 'print the whole report as JSON')
    .option('--csv', 'print section,item,value,count,of lines as CSV')
    .addHelpText('after', HELP)
    .action(async (o: { from?: string; to?: string; json?: boolean; csv?: boolean }) => {
      if (o.json && o.csv) throw new ValidationError('invalid_option', 'Choose one of --json and --csv / 只能选一种输出格式');
      const config = context.config();
      const now = context.clock().now();
      const period = parsePeriod({ from: o.from, to: o.to }, config.timeZone, now);
      const rows = await context.withDesk((desk) => desk.reports.read(period));
      const report = buildServiceReport(rows, { period, now, sla: slaPolicyFrom(config) });
      if (o.json) return printJson(report);
      if (o.csv) return void process.stdout.write(reportCsv(report));
      process.stdout.write(`Service report / 服务报表  ${report.period.from} .. ${report.period.to} (${config.timeZone})\n`);
      const lines = reportLines(report);
      for (const section of [...new Set(lines.map((l) => l.section))]) {
        process.stdout.write(`\n${section}\n`);
        printTable(
          ['item / 项目', 'value / 数值', 'n', 'of / 共'],
          lines.filter((l) => l.section === section).map((l) => [l.item, l.value, l.count === undefined ? '' : String(l.count), l.of === undefined ? '' : String(l.of)]),
        );
      }
      if (!report.sla.atRisk.length) process.stdout.write(`\n${'About to breach / 即将超时'}\nnone / 无\n`);
    });
}
