/** `aftersales analyze "text"`: what the offline understanding makes of one customer message. */
import type { Command } from 'commander';
import { z } from 'zod';
import { redact } from '../bot/redaction';
import { understand, type Understanding } from '../bot/understanding';
import { ValidationError } from '../kernel/errors';
import { dayKey } from '../tickets/ticket-number';
import type { CliContext } from './context';
import { printJson } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

const isoDay = z.iso.date();

function formatSlots(slots: Understanding['slots']): string[] {
  return Object.entries(slots).map(([name, value]) => {
    const date = name === 'purchaseDate' && value && typeof value === 'object' ? (value as NonNullable<Understanding['slots']['purchaseDate']>) : undefined;
    const shown = date ? `${date.value} (${date.precision}, ${date.earliest}..${date.latest}${date.ambiguous ? ', day/month ambiguous' : ''}, "${date.text}")` : String(value);
    return `  ${name.padEnd(18)} ${shown}`;
  });
}

export function registerAnalyzeCommands(program: Command, context: CliContext): void {
  program
    .command('analyze')
    .description(COMMAND_SUMMARIES.analyze.summary)
    .argument('<text>', 'the message, in quotes')
    .option('--json', 'print as JSON')
    .option('--today <YYYY-MM-DD>', "the customer's date, for relative dates and seasons (default: today in AFTERSALES_TIMEZONE)")
    .option('--prior-contacts <n>', 'earlier contacts about the same problem', (v) => {
      const n = z.coerce.number().int().min(0).safeParse(v);
      if (!n.success) throw new ValidationError('invalid_option', `--prior-contacts: expected a whole number, got "${v}"`);
      return n.data;
    })
    .action((text: string, o: { json?: boolean; today?: string; priorContacts?: number }) => {
      if (o.today !== undefined && !isoDay.safeParse(o.today).success) {
        throw new ValidationError('invalid_option', `--today: expected a date as YYYY-MM-DD, got "${o.today}"`);
      }
      const today = o.today ?? dayKey(context.clock().now(), context.config().timeZone);
      const result = understand(text, { today, priorContacts: o.priorContacts });
      const redactedText = redact(text).text;
      if (o.json) return printJson({ ...result, today, redactedText });
      const u = result.urgency;
      const lines = [
        `language   ${result.language} (reply in ${result.replyLanguage})`,
        `intent     ${result.intent}${result.secondaryIntents.length ? ` (also: ${result.secondaryIntents.join(', ')})` : ''}`,
        `sentiment  ${result.sentiment.score} ${result.sentiment.label}, anger ${result.sentiment.anger}${result.sentiment.cues.length ? ` [${result.sentiment.cues.join(' ')}]` : ''}`,
        `urgency    ${u.priority}${u.safety ? ` SAFETY (${u.hazards.join(', ')})` : ''}`,
        ...u.reasons.map((r) => `  - ${r.code}: ${r.message}${r.evidence.length ? ` [${r.evidence.join(', ')}]` : ''}`),
        'slots',
        ...(Object.keys(result.slots).length ? formatSlots(result.slots) : ['  (none)']),
      ];
      if (u.safetyAdvice) lines.push('safety advice', `  ${result.replyLanguage === 'zh' ? u.safetyAdvice.zh : u.safetyAdvice.en}`);
      lines.push(`redacted   ${redactedText}`);
      console.log(lines.join('\n'));
    });
}
