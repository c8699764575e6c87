/**
 * `aftersales outbox ...`: deliveries that did not go out (a WeChat contact gone, a Slack token
 * revoked, a reply WeChat refused). The relay retries by itself with backoff and then gives up;
 * these commands are what a person does after fixing the cause: see them, send them again, or
 * give one up for good (kept and marked, never deleted, so whether a customer got a message is
 * never a guess). The running server picks a retried item up at its next look (about a second).
 */
import type { Command } from 'commander';
import { redactForLog } from '../bot/redaction';
import { ValidationError } from '../kernel/errors';
import type { Desk } from '../storage/desk';
import type { OutboxAdmin, StuckDelivery, StuckKind } from '../tickets/outbox-admin';
import type { CliContext } from './context';
import { printJson, printTable, truncate } from './output';
import { COMMAND_SUMMARIES } from './command-summaries';

const STATES: StuckKind[] = ['dead', 'retrying', 'parked'];
const STATE_LABEL: Record<StuckKind, string> = { dead: '已放弃 dead', retrying: '重试中 retrying', parked: '暂存 parked' };

export function registerOutboxCommands(program: Command, context: CliContext): void {
  const outbox = program
    .command('outbox')
    .description(COMMAND_SUMMARIES.outbox.summary)
    .addHelpText(
      'after',
      `
States / 状态:
  dead      the relay gave up (a refused token, an unknown contact...) / 中继已放弃
  retrying  failed at least once, will be tried again by itself / 失败过，会自动重试
  parked    held by its channel until something happens (the customer writes first) / 渠道暂存`,
    );

  outbox
    .command('list')
    .description('undelivered messages, oldest first / 列出未送达的消息')
    .option('--destination <d>', 'only this destination, e.g. customer:wechat or slack / 只看某个去向')
    .option('--state <s>', `only these states, comma-separated: ${STATES.join(',')}`, parseStates)
    .option('--limit <n>', 'at most this many (default 200)', parseId)
    .option('--json', 'print as JSON (with each payload, personal data masked)')
    .action(async (o: { destination?: string; state?: StuckKind[]; limit?: number; json?: boolean }) => {
      const items = await context.withDesk((desk) => admin(desk, context).list({ destination: o.destination, states: o.state, limit: o.limit }));
      if (o.json) return printJson(items.map(forPeople));
      if (!items.length) return console.log('nothing undelivered / 没有未送达的消息');
      printTable(
        ['id 编号', 'destination 去向', 'kind 类型', 'state 状态', 'tries 次数', 'queued 入队', 'last error 最后错误', 'message 内容'],
        items.map((i) => [
          String(i.id),
          i.destination,
          i.kind,
          STATE_LABEL[i.state],
          String(i.attempts),
          i.createdAt.slice(0, 16).replace('T', ' '),
          truncate(i.lastError ?? '', 40),
          truncate(preview(i), 30),
        ]),
      );
      console.log(`\n${items.length} undelivered / 共 ${items.length} 条未送达。 retry: aftersales outbox retry ID   drop: aftersales outbox drop ID`);
    });

  outbox
    .command('retry')
    .description('send these deliveries again at the next look of the running server / 重发')
    .argument('[ids...]', 'delivery ids from `outbox list`', (v: string, prev: number[] = []) => [...prev, parseId(v)])
    .option('--all-dead', "every dead delivery (with --destination, only that one's) / 重发所有已放弃的")
    .option('--destination <d>', 'with --all-dead: only this destination')
    .option('--json', 'print as JSON')
    .action(async (ids: number[] | undefined, o: { allDead?: boolean; destination?: string; json?: boolean }) => {
      if (!ids?.length && !o.allDead) throw new ValidationError('invalid_arguments', 'give delivery ids, or --all-dead / 请给出编号，或用 --all-dead');
      if (ids?.length && o.allDead) throw new ValidationError('invalid_arguments', 'give ids or --all-dead, not both / 编号和 --all-dead 只能选一个');
      const done = await context.withDesk(async (desk) => {
        const outbox = admin(desk, context);
        const which = o.allDead ? (await outbox.list({ destination: o.destination, states: ['dead'], limit: 10_000 })).map((i) => i.id) : ids!;
        const out: StuckDelivery[] = [];
        for (const id of which) out.push(await outbox.retry(id));
        return out;
      });
      if (o.json) return printJson(done.map(forPeople));
      for (const i of done) console.log(`queued again / 已重新排队: #${i.id} ${i.destination} ${i.kind}`);
      if (!done.length) console.log('nothing to retry / 没有需要重发的');
    });

  outbox
    .command('drop')
    .description('give deliveries up for good: never sent, kept in the database marked dropped / 放弃投递')
    .argument('<ids...>', 'delivery ids from `outbox list`', (v: string, prev: number[] = []) => [...prev, parseId(v)])
    .option('--json', 'print as JSON')
    .action(async (ids: number[], o: { json?: boolean }) => {
      const done = await context.withDesk(async (desk) => {
        const outbox = admin(desk, context);
        const out: StuckDelivery[] = [];
        for (const id of ids) out.push(await outbox.drop(id));
        return out;
      });
      if (o.json) return printJson(done.map(forPeople));
      for (const i of done) console.log(`dropped, will not be sent / 已放弃，不再发送: #${i.id} ${i.destination} ${i.kind}`);
    });
}

function admin(desk: Desk, _context: CliContext): OutboxAdmin {
  return desk.outboxAdmin;
}

/** Payloads hold what customers and agents wrote: phones, ids and addresses are masked. */
function forPeople(item: StuckDelivery): StuckDelivery {
  return { ...item, payload: redactForLog(item.payload) };
}

function preview(item: StuckDelivery): string {
  const p = item.payload as { text?: unknown; summary?: unknown } | null;
  const text = typeof p?.text === 'string' ? p.text : typeof p?.summary === 'string' ? p.summary : '';
  return redactForLog(text.replace(/\s+/g, ' '));
}

function parseId(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new ValidationError('invalid_option', `"${v}" is not a delivery id (a whole number) / 不是有效编号`);
  return Number(v);
}

function parseStates(v: string): StuckKind[] {
  const states = v.split(',').map((s) => s.trim());
  const bad = states.filter((s) => !(STATES as string[]).includes(s));
  if (bad.length) throw new ValidationError('invalid_option', `--state: "${bad.join(',')}" is not one of ${STATES.join(', ')}`);
  return states as StuckKind[];
}
