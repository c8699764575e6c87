/** `aftersales tickets ...`: list, show, create and move tickets from the terminal. */
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { formatDuration } from '../kernel/duration';
import { ValidationError } from '../kernel/errors';
import { slaStanding, type SlaPolicy } from '../tickets/sla';
import { PRIORITIES, TICKET_STATUSES, TICKET_TYPES, type Ticket, type TicketPatch } from '../tickets/ticket';
import { slaPolicyFrom } from '../app/desk';
import type { CliContext } from './context';
import { printJson, printTable, truncate } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

function listOf<T extends string>(values: readonly T[], flag: string) {
  return (text: string): T[] => {
    const items = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((i) => !values.includes(i as T));
    if (bad.length || !items.length) {
      throw new ValidationError('invalid_option', `${flag}: "${bad.join(',') || text}" is not one of ${values.join(', ')}`);
    }
    return items as T[];
  };
}

export function withSla(ticket: Ticket, now: Date, policy: SlaPolicy) {
  return { ...ticket, sla: slaStanding(ticket, now, policy) };
}

const SLA_LABEL = { met: 'met', ok: 'ok', at_risk: 'AT RISK', breached: 'BREACHED' } as const;

export function registerTicketCommands(program: Command, context: CliContext): void {
  const tickets = program.command('tickets').description(COMMAND_SUMMARIES.tickets.summary);

  tickets
    .command('list')
    .description('list tickets, most urgent first / 列出工单')
    .option('--status <list>', `comma-separated: ${TICKET_STATUSES.join(', ')}`, listOf(TICKET_STATUSES, '--status'))
    .option('--priority <list>', 'comma-separated: P1, P2, P3, P4', listOf(PRIORITIES, '--priority'))
    .option('--overdue', 'only open tickets past a first-response or resolution deadline / 仅超时')
    .option('--at-risk', 'only open tickets close to a deadline / 即将超时')
    .option('--limit <n>', 'at most this many', (v) => positiveInt(v, '--limit'), 200)
    .option('--json', 'print as JSON')
    .action(async (o: { status?: Ticket['status'][]; priority?: Ticket['priority'][]; overdue?: boolean; atRisk?: boolean; limit: number; json?: boolean }) => {
      const now = context.clock().now();
      const policy = slaPolicyFrom(context.config());
      const rows = await context.withDesk(async ({ tickets }) => {
        let found = o.overdue ? await tickets.overdue(now) : o.atRisk ? await tickets.atRisk(now) : await tickets.list({ status: o.status, priority: o.priority, limit: o.limit });
        if (o.overdue || o.atRisk) {
          found = found.filter((t) => (!o.status || o.status.includes(t.status)) && (!o.priority || o.priority.includes(t.priority)));
        }
        return found.slice(0, o.limit).map((t) => withSla(t, now, policy));
      });
      if (o.json) return printJson(rows);
      printTicketTable(rows);
    });

  tickets
    .command('show')
    .description('one ticket with its full history / 查看工单及其历史')
    .argument('<ticket>', 'ticket number (AS-20261124-0001) or id')
    .option('--json', 'print as JSON')
    .action(async (ref: string, o: { json?: boolean }) => {
      const now = context.clock().now();
      const policy = slaPolicyFrom(context.config());
      const { ticket, events } = await context.withDesk(async ({ tickets }) => ({ ticket: await tickets.get(ref), events: await tickets.events(ref) }));
      const view = withSla(ticket, now, policy);
      if (o.json) return printJson({ ...view, events });
      const fields: [string, string | number | null | undefined][] = [
        ['number', ticket.number],
        ['status', ticket.status],
        ['priority', ticket.priority],
        ['type', ticket.type],
        ['channel', ticket.channel],
        ['product', [ticket.category, ticket.brand, ticket.model].filter(Boolean).join(' ') || undefined],
        ['serial', ticket.serial],
        ['error code', ticket.errorCode],
        ['symptom', ticket.symptom],
        ['purchased', ticket.purchaseDate],
        ['warranty', ticket.warrantyStatus],
        ['sentiment', ticket.sentiment],
        ['assignee', ticket.assignee],
        ['first response due', `${ticket.firstResponseDue} (${SLA_LABEL[view.sla.firstResponse]})`],
        ['resolution due', `${ticket.resolutionDue} (${SLA_LABEL[view.sla.resolution]})`],
        ['created', ticket.createdAt],
      ];
      for (const [name, value] of fields) if (value !== undefined && value !== null) console.log(`${name.padEnd(20)} ${value}`);
      console.log('\nhistory / 历史:');
      for (const e of events) console.log(`  ${e.at}  ${e.actor.padEnd(12)} ${e.kind.padEnd(15)} ${JSON.stringify(e.detail)}`);
    });

  tickets
    .command('create')
    .description('file a ticket by hand (as an agent on the phone would) / 手工建单')
    .requiredOption('--symptom <text>', 'what the customer describes / 故障描述')
    .addOption(new Option('--type <type>', 'request type').choices(TICKET_TYPES).default('repair_request'))
    .addOption(new Option('--priority <P>', 'urgency tier').choices(PRIORITIES).default('P3'))
    .option('--phone <number>', "customer's mobile number (links the customer across channels)")
    .option('--name <name>', "customer's name")
    .option('--category <name>', 'product category, e.g. air_conditioner')
    .option('--brand <name>')
    .option('--model <model>')
    .option('--serial <serial>')
    .option('--error-code <code>')
    .option('--purchased <YYYY-MM-DD>', 'purchase date')
    .option('--idempotency-key <key>', 'retrying with the same key never files twice')
    .option('--actor <name>', 'who is filing', 'cli')
    .option('--json', 'print as JSON')
    .action(async (o: Record<string, string | undefined> & { json?: boolean }) => {
      const result = await context.withDesk(async ({ tickets, customers }) => {
        let customer = await customers.resolve({ channel: 'cli', externalId: o.phone ?? o.name ?? 'walk-in' }, { displayName: o.name });
        if (o.phone) customer = await customers.attachPhone(customer.id, o.phone, o.actor!, { verified: true });
        return tickets.create(
          {
            customerId: customer.id,
            channel: 'cli',
            type: o.type as Ticket['type'],
            priority: o.priority as Ticket['priority'],
            symptom: o.symptom!,
            category: o.category,
            brand: o.brand,
            model: o.model,
            serial: o.serial,
            errorCode: o.errorCode,
            purchaseDate: o.purchased,
          },
          { actor: o.actor!, idempotencyKey: o.idempotencyKey },
        );
      });
      if (o.json) return printJson(result);
      console.log(`${result.created ? 'Filed' : 'Already filed'} ${result.ticket.number} (${result.ticket.priority}); first response due ${result.ticket.firstResponseDue}`);
    });

  tickets
    .command('update')
    .description('change a ticket: status (through the allowed lifecycle), priority, assignee / 更新工单')
    .argument('<ticket>', 'ticket number or id')
    .addOption(new Option('--status <status>', 'new status').choices(TICKET_STATUSES))
    .addOption(new Option('--priority <P>', 'new urgency tier (moves the SLA clocks)').choices(PRIORITIES))
    .option('--assignee <name>')
    .option('--note <text>', 'a note for the history (also explains a status change)')
    .option('--responded', 'record the first response to the customer')
    .option('--actor <name>', 'who is making the change', 'cli')
    .option('--json', 'print as JSON')
    .action(async (ref: string, o: { status?: Ticket['status']; priority?: Ticket['priority']; assignee?: string; note?: string; responded?: boolean; actor: string; json?: boolean }) => {
      if (!o.status && !o.priority && !o.assignee && !o.note && !o.responded) {
        throw new ValidationError('nothing_to_update', 'Nothing to change: give --status, --priority, --assignee, --note or --responded');
      }
      const ticket = await context.withDesk(({ tickets, unitOfWork }) =>
        // One transaction: a refused status change leaves the other fields untouched too.
        unitOfWork(async () => {
          const patch: TicketPatch = {};
          if (o.priority) patch.priority = o.priority;
          if (o.assignee) patch.assignee = o.assignee;
          const current = await tickets.get(ref);
          if (Object.keys(patch).length) await tickets.update(current.id, patch, o.actor);
          if (o.responded) await tickets.markResponded(current.id, o.actor);
          if (o.status) await tickets.changeStatus(current.id, o.status, o.actor, o.note);
          else if (o.note) await tickets.addNote(current.id, o.actor, o.note);
          return tickets.get(current.id);
        }),
      );
      if (o.json) return printJson(withSla(ticket, context.clock().now(), slaPolicyFrom(context.config())));
      console.log(`${ticket.number}: ${ticket.status}, ${ticket.priority}${ticket.assignee ? `, assigned to ${ticket.assignee}` : ''}`);
    });
}

function positiveInt(value: string, flag: string): number {
  const parsed = z.coerce.number().int().positive().safeParse(value);
  if (!parsed.success) throw new ValidationError('invalid_option', `${flag}: expected a positive whole number, got "${value}"`);
  return parsed.data;
}

/** The desk view people read: one line a ticket, SLA standing and the next deadline. */
export function printTicketTable(rows: ReturnType<typeof withSla>[]): void {
  if (!rows.length) return console.log('No tickets match. / 没有符合条件的工单。');
  printTable(
    ['number', 'status', 'pri', 'type', 'product', 'symptom', 'SLA', 'next deadline'],
    rows.map((t) => [
      t.number,
      t.status,
      t.priority,
      t.type,
      truncate([t.category, t.brand, t.model].filter(Boolean).join(' ') || '-', 24),
      truncate(t.symptom, 30),
      SLA_LABEL[t.sla.overall],
      t.sla.msToNextDeadline === undefined ? '-' : t.sla.msToNextDeadline < 0 ? `${formatDuration(-t.sla.msToNextDeadline)} ago` : `in ${formatDuration(t.sla.msToNextDeadline)}`,
    ]),
  );
}
