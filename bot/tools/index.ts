/** The tools both brains share, bound to their outside-world ports. */
import type { CustomerDirectory } from '../../tickets/customer-directory';
import type { TicketAccess } from '../../tickets/ticket-access';
import type { SmsSender } from '../sms-sender';
import type { AbuseGuard } from './abuse-limits';
import type { TicketStore } from '../../tickets/ticket-store';
import type { SlaPolicy } from '../../tickets/sla';
import type { KnowledgeSearch } from '../knowledge-search';
import type { WarrantyCheck } from '../../warranty/warranty-check';
import { createTicketTool, type FilingPorts } from './create-ticket';
import { daysSincePurchaseTool } from './days-since-purchase';
import { handOffTool } from './hand-off';
import { searchKnowledgeTool } from './search-knowledge';
import { ticketStatusTool } from './ticket-status';
import { ticketsByPhoneTool } from './tickets-by-phone';
import type { Tool } from './tool';
import { updateTicketTool } from './update-ticket';
import { verifyWarrantyTool } from './verify-warranty';

export interface ToolPorts {
  tickets: TicketStore;
  customers: CustomerDirectory;
  knowledge: KnowledgeSearch;
  warranty: WarrantyCheck;
  /**
   * Ownership and abuse limits. Without them (some tests, the evals' bare harness) a ticket is
   * only ever its own customer's and nothing is counted.
   */
  access?: TicketAccess;
  guard?: AbuseGuard;
  sms?: SmsSender;
  /** Sends a new ticket's secret link to the phone on it (bot/ticket-links.ts). */
  links?: FilingPorts['links'];
  onError?: (error: unknown) => void;
  /** The SLA tiers tickets are filed with: a handoff with no ticket gets its first-response clock from them (default DEFAULT_SLA). */
  sla?: SlaPolicy;
}

export function createTools(ports: ToolPorts): Tool[] {
  const { guard } = ports;
  return [
    searchKnowledgeTool(ports.knowledge),
    verifyWarrantyTool(ports.warranty),
    daysSincePurchaseTool(),
    createTicketTool(ports.tickets, ports.customers, ports.warranty, { guard, links: ports.links, access: ports.access }),
    updateTicketTool(ports.tickets, ports.access),
    ticketStatusTool({ tickets: ports.tickets, access: ports.access, guard, sms: ports.sms, onError: ports.onError }),
    handOffTool(ports.tickets, { guard, access: ports.access, customers: ports.customers, sla: ports.sla }),
    ticketsByPhoneTool({ tickets: ports.tickets, access: ports.access, guard, sms: ports.sms, onError: ports.onError }),
  ] as Tool[];
}
