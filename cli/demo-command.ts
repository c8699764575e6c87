/**
 * `aftersales demo`: the main job on the embedded default, with no key, network or server.
 * Files the kind of tickets a morning at the desk brings (idempotently, so it can run again),
 * moves one through its lifecycle and prints the desk with its SLA clocks.
 */
import type { Command } from 'commander';
import type { NewTicket } from '../tickets/ticket';
import type { CliContext } from './context';
import { slaPolicyFrom } from '../app/desk';
import { printJson } from './output';
import { printTicketTable, withSla } from './ticket-commands';
import { COMMAND_SUMMARIES } from './command-summaries';

interface DemoCase {
  key: string;
  customer: { channel: 'web' | 'wechat' | 'voice'; id: string; name: string; phone?: string };
  ticket: Omit<NewTicket, 'customerId' | 'channel'>;
}

const CASES: DemoCase[] = [
  {
    key: 'demo-1',
    customer: { channel: 'wechat', id: 'wxid_demo_zhang', name: '张女士', phone: '13800138000' },
    ticket: {
      type: 'repair_request',
      priority: 'P2',
      category: 'air_conditioner',
      brand: 'Gree',
      model: 'KFR-35GW/NhGd1B',
      errorCode: 'E1',
      symptom: '空调开机十分钟后显示E1，不制冷',
      purchaseDate: '2025-06-18',
      warrantyStatus: 'in_warranty',
      sentiment: -0.4,
      intent: 'fault_report',
    },
  },
  {
    key: 'demo-2',
    customer: { channel: 'voice', id: '13912345678', name: 'Mr. Li', phone: '13912345678' },
    ticket: {
      type: 'complaint',
      priority: 'P1',
      category: 'water_heater',
      brand: 'Midea',
      model: 'F6021-X1',
      symptom: 'Water heater sparks at the plug and smells of burning; third call this week',
      warrantyStatus: 'unknown',
      sentiment: -0.9,
      intent: 'complaint',
    },
  },
  {
    key: 'demo-3',
    customer: { channel: 'web', id: 'web-demo-3', name: 'Wang' },
    ticket: {
      type: 'consultation',
      priority: 'P4',
      category: 'washing_machine',
      brand: 'Haier',
      model: 'XQG100-B12726',
      errorCode: 'F21',
      symptom: '洗衣机显示F21，排水很慢，想问怎么清理过滤器',
      warrantyStatus: 'unknown',
      sentiment: -0.1,
      intent: 'consultation',
    },
  },
  {
    key: 'demo-4',
    customer: { channel: 'web', id: 'web-demo-4', name: 'Chen' },
    ticket: {
      type: 'warranty_claim',
      priority: 'P3',
      category: 'refrigerator',
      brand: 'Haier',
      model: 'BCD-470WDPG',
      symptom: 'Fridge compartment not cold, freezer fine; bought 14 months ago',
      purchaseDate: '2025-09-20',
      warrantyStatus: 'unverified',
      sentiment: -0.3,
      intent: 'repair_request',
    },
  },
];

export function registerDemoCommand(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description(COMMAND_SUMMARIES.demo.summary)
    .option('--json', 'print the desk as JSON')
    .action(async (o: { json?: boolean }) => {
      const result = await context.withDesk(async ({ tickets, customers }) => {
        const filed = [];
        for (const c of CASES) {
          let customer = await customers.resolve({ channel: c.customer.channel, externalId: c.customer.id }, { displayName: c.customer.name });
          if (c.customer.phone) customer = await customers.attachPhone(customer.id, c.customer.phone, 'demo', { verified: true });
          const { ticket, created } = await tickets.create({ ...c.ticket, customerId: customer.id, channel: c.customer.channel }, { actor: 'bot', idempotencyKey: c.key });
          // The washing-machine question was answered by the knowledge base: an agent closes it out.
          if (created && c.key === 'demo-3') {
            await tickets.changeStatus(ticket.id, 'open', 'bot', 'self-help steps sent: clean the drain filter');
            await tickets.changeStatus(ticket.id, 'resolved', 'bot', 'customer confirmed it drains again');
            await tickets.recordCsat(ticket.id, 5, `customer:${customer.id}`, '很快解决了');
          }
          filed.push({ number: ticket.number, created });
        }
        const now = context.clock().now();
        return {
          filed,
          all: await tickets.list(),
          open: await tickets.list({ status: ['new', 'open', 'in_progress', 'waiting_customer'] }),
          atRisk: await tickets.atRisk(now),
          overdue: await tickets.overdue(now),
        };
      });
      if (o.json) return printJson(result);
      const made = result.filed.filter((f) => f.created).length;
      console.log(`Desk database: ${context.config().dbPath}`);
      console.log(made ? `Filed ${made} sample tickets / 已创建 ${made} 张示例工单.` : 'Sample tickets were already filed / 示例工单已存在.');
      console.log(`Open tickets: ${result.open.length}, at risk: ${result.atRisk.length}, overdue: ${result.overdue.length}\n`);
      const now = context.clock().now();
      printTicketTable(result.all.map((t) => withSla(t, now, slaPolicyFrom(context.config()))));
      console.log('\nNext: npx aftersales tickets show ' + result.filed[1]!.number + '   (or --help on any command)');
    });
}
