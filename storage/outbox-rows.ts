/**
 * Row schemas of the outbox, shared by the SQLite and PostgreSQL stores (PostgreSQL selects
 * `payload::text` so both hand the same JSON text to the same parser).
 */
import { z } from 'zod';
import type { OutboxItem } from '../tickets/outbox';
import { stuckStateOf, type StuckDelivery } from '../tickets/outbox-admin';
import { dropUndefined } from './rows';

const sentParts = z.array(z.string());

export const outboxRow = z
  .object({
    id: z.number(),
    destination: z.string(),
    kind: z.string(),
    payload: z.string(),
    dedup_key: z.string().nullable(),
    status: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number(),
    next_attempt_at: z.string(),
    last_error: z.string().nullable(),
    external_ref: z.string().nullable(),
    lane: z.string().nullable(),
    waits_for: z.enum(['customer']).nullable(),
    sent_parts: z.string().nullable().optional(),
  })
  .transform((r): OutboxItem =>
    dropUndefined({
      id: r.id,
      destination: r.destination,
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      dedupKey: r.dedup_key ?? undefined,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error ?? undefined,
      externalRef: r.external_ref ?? undefined,
      lane: r.lane ?? undefined,
      waitsFor: r.waits_for ?? undefined,
      sentParts: r.sent_parts ? sentParts.parse(JSON.parse(r.sent_parts)) : undefined,
    }),
  );

export const stuckRow = z
  .object({
    id: z.number(),
    destination: z.string(),
    kind: z.string(),
    status: z.string(),
    attempts: z.number(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    next_attempt_at: z.string(),
    payload: z.string(),
    waits_for: z.string().nullable().optional(),
  })
  .transform((r): StuckDelivery => ({
    id: r.id,
    destination: r.destination,
    kind: r.kind,
    state: stuckStateOf(r.status, r.waits_for),
    attempts: r.attempts,
    ...(r.last_error ? { lastError: r.last_error } : {}),
    createdAt: r.created_at,
    nextAttemptAt: r.next_attempt_at,
    payload: safeJson(r.payload),
  }));

/** One (destination, status) group of undelivered items; `retrying` is 0 or 1. */
export const stuckCountRow = z
  .object({ destination: z.string(), status: z.string(), retrying: z.number(), waits_for: z.string().nullable(), n: z.number() })
  .transform((r) => ({ destination: r.destination, status: r.status, retrying: r.retrying === 1, waitsFor: r.waits_for, n: r.n }));

/** Not delivered, not dropped, and either failed before or not in the relay's plain queue. */
export const STUCK_WHERE = `status <> 'delivered' AND dropped_at IS NULL AND (status <> 'pending' OR attempts > 0)`;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
