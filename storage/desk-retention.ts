/**
 * The `DeskRetention` port: what RETENTION_* deletes from the desk database (app/retention.ts runs
 * it). What goes and what stays is the same on every store, and the contract suite
 * (test/contracts/stores/retention.contract.ts) holds both to it:
 * - Messages older than the cutoff are deleted, with the copies sent through the outbox once they
 *   are delivered or dropped (pending and parked ones still have to go out), and a conversation
 *   not touched since loses what its brain and receipt reading kept (slots such as phone and
 *   address, receipt fields); its mode, ticket and counters stay.
 * - A ticket closed before the personal-data cutoff loses its contact phone and address; what it
 *   was about (product, fault, dates, priority) stays for the reports.
 * The audit trail (ticket_events) is append-only by design and is not touched.
 * It lives beside the stores, not in app/, because the stores implement it and app imports them.
 */
export interface RetentionCutoffs {
  /** Messages (and delivered copies of them) written before this go. */
  messagesBefore: Date;
  /** Tickets closed before this lose their phone and address; absent: kept. */
  personalDataBefore?: Date;
}

export interface DatabaseRetentionReport {
  messages: number;
  deliveries: number;
  conversationsCleared: number;
  ticketsCleared: number;
}

export interface DeskRetention {
  /** Deletes what is older than the cutoffs in one transaction, and counts what went. */
  prune(cutoffs: RetentionCutoffs): Promise<DatabaseRetentionReport>;
}
