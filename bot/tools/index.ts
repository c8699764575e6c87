/** The six tools both brains share, bound to their outside-world ports. */
import type { CustomerDirectory } from '../../tickets/customer-directory';
import type { TicketStore } from '../../tickets/ticket-store';
import type { KnowledgeSearch } from '../knowledge-search';
import type { WarrantyCheck } from '../warranty-check';
import { createTicketTool } from './create-ticket';
import { handOffTool } from './hand-off';
import { searchKnowledgeTool } from './search-knowledge';
import { ticketStatusTool } from './ticket-status';
import type { Tool } from './tool';
import { updateTicketTool } from './update-ticket';
import { verifyWarrantyTool } from './verify-warranty';

export interface ToolPorts {
  tickets: TicketStore;
  customers: CustomerDirectory;
  knowledge: KnowledgeSearch;
  warranty: WarrantyCheck;
}

export function createTools(ports: ToolPorts): Tool[] {
  return [
    searchKnowledgeTool(ports.knowledge),
    verifyWarrantyTool(ports.warranty),
    createTicketTool(ports.tickets, ports.customers, ports.warranty),
    updateTicketTool(ports.tickets),
    ticketStatusTool(ports.tickets, ports.customers),
    handOffTool(ports.tickets),
  ] as Tool[];
}
