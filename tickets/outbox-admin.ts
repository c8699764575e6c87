/**
 * The `OutboxAdmin` port: what an operator does with deliveries that did not go out: see them (per
 * destination, for /healthz, and one by one, for `aftersales outbox list`), send one again, or give
 * it up.
 *
 * "Stuck" means any delivery that is neither delivered nor plainly queued: given up as dead by
 * the relay, in any other state a channel parks one in (a WeChat reply waiting for the customer to
 * write first), or still pending after failed attempts. A dropped delivery keeps its row (and so
 * its history) with `dropped_at` set, so nobody can later wonder whether the customer got it.
 */
export type StuckKind = 'dead' | 'retrying' | 'parked';

export interface StuckDelivery {
  id: number;
  destination: string;
  kind: string;
  /** dead: the relay gave up; retrying: pending after failed attempts; parked: held by its channel. */
  state: StuckKind;
  attempts: number;
  lastError?: string;
  createdAt: string;
  nextAttemptAt: string;
  payload: unknown;
}

export interface DestinationCounts {
  pending: number;
  retrying: number;
  dead: number;
  parked: number;
}

export interface OutboxAdmin {
  /** Undelivered items per destination: queued, failing and retrying, given up, parked. */
  countsByDestination(): Promise<Record<string, DestinationCounts>>;
  list(filter?: { destination?: string; states?: StuckKind[]; limit?: number }): Promise<StuckDelivery[]>;
  /** Sends a stuck delivery again at the relay's next look (a dropped one too, if asked by id). Never a delivered one. */
  retry(id: number): Promise<StuckDelivery>;
  /** Gives a delivery up for good: the relay never sends it; the row stays, marked dropped. Never a delivered one. */
  drop(id: number): Promise<StuckDelivery>;
}

/** Parked: held until the customer writes again (WeChat's 48-hour and 5-message rules), not given up. */
export function stuckStateOf(status: string, waitsFor?: string | null): StuckKind {
  if (status === 'dead') return waitsFor ? 'parked' : 'dead';
  if (status === 'pending') return 'retrying';
  return 'parked';
}

/** Adds one (destination, status) group of undelivered items to the per-destination counts. */
export function countStuck(counts: Record<string, DestinationCounts>, group: { destination: string; status: string; retrying: boolean; waitsFor: string | null; n: number }): void {
  const c = (counts[group.destination] ??= { pending: 0, retrying: 0, dead: 0, parked: 0 });
  if (group.status === 'pending') c[group.retrying ? 'retrying' : 'pending'] += group.n;
  else c[stuckStateOf(group.status, group.waitsFor) === 'dead' ? 'dead' : 'parked'] += group.n;
}
