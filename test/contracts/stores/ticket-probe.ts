/** What the customer and call contracts need of tickets: file one, see whose it is and what was logged. */
export interface TicketProbe {
  file(customerId: number, contactPhone?: string): Promise<{ id: number; number: string }>;
  ownerOf(ticketId: number): Promise<number>;
  lastEvent(ticketId: number): Promise<{ kind: string; detail: Record<string, unknown> } | undefined>;
}
