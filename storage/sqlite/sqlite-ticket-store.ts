/** `TicketStore` on SQLite: every change writes the row and its audit event together. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors';
import { assertTransition, OPEN_STATUSES } from '../../tickets/lifecycle';
import { deadlinesFor, type SlaPolicy } from '../../tickets/sla';
import {
  actorSchema,
  newTicketSchema,
  ticketPatchSchema,
  type NewTicket,
  type Ticket,
  type TicketEvent,
  type TicketFilter,
  type TicketPatch,
  type TicketStatus,
  type ValidNewTicket,
} from '../../tickets/ticket';
import { canonicalTicketNumber, dayKey, newTicketNumber } from '../../tickets/ticket-number';
import type { CreateOptions, CreateResult, CsatResult, TicketStore } from '../../tickets/ticket-store';
import type { SqliteDatabase, SqlValue } from './database';
import { dropUndefined, eventRow, TICKET_COLUMNS, ticketRow } from '../rows';

export interface TicketStoreSettings {
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
}

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

export class SqliteTicketStore implements TicketStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly settings: TicketStoreSettings,
  ) {}

  async create(raw: NewTicket, options: CreateOptions): Promise<CreateResult> {
    const input = parse(newTicketSchema, raw, 'ticket');
    const actor = parse(actorSchema, options.actor, 'actor');
    const key = options.idempotencyKey;
    const hash = key ? contentHash(input) : null;

    return this.db.transaction(async () => {
      const now = this.settings.clock.now();
      const nowIso = now.toISOString();
      const day = dayKey(now, this.settings.timeZone).replaceAll('-', '');
      const due = deadlinesFor(input.priority, now, this.settings.sla);
      const values = [
        input.customerId,
        input.conversationId ?? null,
        input.channel,
        input.type,
        input.priority,
        input.category ?? null,
        input.brand ?? null,
        input.model ?? null,
        input.serial ?? null,
        input.errorCode ?? null,
        input.symptom,
        input.purchaseDate ?? null,
        input.warrantyStatus,
        input.sentiment ?? null,
        input.intent ?? null,
        input.contactPhone ?? null,
        input.address ?? null,
        input.assignee ?? null,
        due.firstResponseDue.toISOString(),
        due.resolutionDue.toISOString(),
        due.nextUpdateDue.toISOString(),
        key ?? null,
        hash,
        actor,
        nowIso,
        nowIso,
      ];
      // The number is random (tickets/ticket-number.ts); the tickets_created trigger still counts
      // the day's tickets and writes the audit event in the same statement.
      let inserted: { id: number; number: string }[] | undefined;
      for (let attempt = 0; !inserted; attempt++) {
        try {
          inserted = await this.db.all<{ id: number; number: string }>(
            `INSERT INTO tickets (number, customer_id, conversation_id, channel, type, priority, status, category, brand, model,
               serial, error_code, symptom, purchase_date, warranty_status, sentiment, intent, contact_phone, address, assignee, first_response_due,
               resolution_due, next_update_due, idempotency_key, content_hash, created_by, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
             RETURNING id, number`,
            [newTicketNumber(day), ...values],
          );
        } catch (error) {
          // Two tickets of one day drew the same number (about once in two years at 10k tickets a day): draw again.
          if (attempt < 3 && /UNIQUE constraint failed: tickets\.number/.test(String((error as Error).message))) continue;
          throw error;
        }
      }
      const row = inserted[0];
      if (!row) return this.existingFor(key!, hash!);
      const ticket: Ticket = dropUndefined({
        id: row.id,
        number: row.number,
        customerId: input.customerId,
        conversationId: input.conversationId,
        channel: input.channel,
        type: input.type,
        priority: input.priority,
        status: 'new' as const,
        category: input.category,
        brand: input.brand,
        model: input.model,
        serial: input.serial,
        errorCode: input.errorCode,
        symptom: input.symptom,
        purchaseDate: input.purchaseDate,
        warrantyStatus: input.warrantyStatus,
        sentiment: input.sentiment,
        intent: input.intent,
        contactPhone: input.contactPhone,
        address: input.address,
        assignee: input.assignee,
        firstResponseDue: due.firstResponseDue.toISOString(),
        resolutionDue: due.resolutionDue.toISOString(),
        nextUpdateDue: due.nextUpdateDue.toISOString(),
        createdAt: nowIso,
        updatedAt: nowIso,
      });
      return { ticket, created: true };
    });
  }

  /** A create whose idempotency key is taken: the same content returns the first ticket. */
  private async existingFor(key: string, hash: string): Promise<CreateResult> {
    const existing = await this.db.get<{ id: number; content_hash: string }>('SELECT id, content_hash FROM tickets WHERE idempotency_key = ?', [key]);
    if (existing?.content_hash !== hash) {
      throw new ConflictError('idempotency_conflict', `Idempotency key "${key}" was already used for a different ticket / 该幂等键已用于另一张工单`);
    }
    return { ticket: await this.get(existing.id), created: false };
  }

  async find(ref: number | string): Promise<Ticket | undefined> {
    const byId = typeof ref === 'number' || /^\d+$/.test(ref);
    // A number as a person typed it (lower case, no dashes, O for 0) is looked up in its stored form.
    const number = byId ? undefined : (canonicalTicketNumber(String(ref)) ?? String(ref).trim().toUpperCase());
    const row = await this.db.get(`SELECT * FROM tickets WHERE ${byId ? 'id' : 'number'} = ?`, [byId ? Number(ref) : number!]);
    return row ? ticketRow.parse(row) : undefined;
  }

  async get(ref: number | string): Promise<Ticket> {
    const ticket = await this.find(ref);
    if (!ticket) throw new NotFoundError('ticket_not_found', `No ticket ${ref} / 找不到工单 ${ref}`);
    return ticket;
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map(() => '?').join(', ')})`);
      params.push(...filter.status);
    }
    if (filter.priority?.length) {
      where.push(`priority IN (${filter.priority.map(() => '?').join(', ')})`);
      params.push(...filter.priority);
    }
    if (filter.customerId !== undefined) {
      where.push('customer_id = ?');
      params.push(filter.customerId);
    }
    params.push(filter.limit ?? 200);
    const rows = await this.db.all(
      `SELECT * FROM tickets ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY priority, created_at, id LIMIT ?`,
      params,
    );
    return rows.map((r) => ticketRow.parse(r));
  }

  async update(ref: number | string, rawPatch: TicketPatch, rawActor: string): Promise<Ticket> {
    const patch = parse(ticketPatchSchema, rawPatch, 'update');
    const actor = parse(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.get(ref);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const sets: string[] = [];
      const params: SqlValue[] = [];
      for (const [field, column] of Object.entries(TICKET_COLUMNS) as [keyof typeof TICKET_COLUMNS, string][]) {
        const to = patch[field];
        if (to === undefined || before[field] === to) continue;
        changes[field] = { from: before[field] ?? null, to };
        sets.push(`${column} = ?`);
        params.push(to);
      }
      if (!sets.length) return before;
      if (patch.priority && patch.priority !== before.priority) {
        // A new urgency moves the clocks; they still run from when the ticket was filed.
        const due = deadlinesFor(patch.priority, new Date(before.createdAt), this.settings.sla);
        sets.push('first_response_due = ?', 'resolution_due = ?', 'next_update_due = ?');
        params.push(due.firstResponseDue.toISOString(), due.resolutionDue.toISOString(), due.nextUpdateDue.toISOString());
      }
      const nowIso = this.settings.clock.now().toISOString();
      await this.db.run(`UPDATE tickets SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`, [...params, nowIso, before.id]);
      await this.addEvent(before.id, actor, 'updated', { changes }, nowIso);
      return this.get(before.id);
    });
  }

  async changeStatus(ref: number | string, to: TicketStatus, rawActor: string, note?: string): Promise<Ticket> {
    const actor = parse(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.get(ref);
      assertTransition(before.status, to);
      const nowIso = this.settings.clock.now().toISOString();
      const sets = ['status = ?', 'updated_at = ?'];
      const params: SqlValue[] = [to, nowIso];
      if (before.status === 'new' && !before.firstRespondedAt) sets.push(`first_responded_at = '${nowIso}'`);
      if (to === 'resolved') sets.push(`resolved_at = '${nowIso}'`);
      if (to === 'closed') sets.push(`closed_at = '${nowIso}'`);
      if (to === 'open' && (before.status === 'resolved' || before.status === 'closed')) {
        sets.push('resolved_at = NULL', 'closed_at = NULL');
      }
      await this.db.run(`UPDATE tickets SET ${sets.join(', ')} WHERE id = ?`, [...params, before.id]);
      await this.addEvent(before.id, actor, 'status_changed', dropUndefined({ from: before.status, to, note }), nowIso);
      return this.get(before.id);
    });
  }

  async markResponded(ref: number | string, rawActor: string): Promise<Ticket> {
    const actor = parse(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.get(ref);
      if (before.firstRespondedAt) return before;
      const nowIso = this.settings.clock.now().toISOString();
      await this.db.run('UPDATE tickets SET first_responded_at = ?, updated_at = ? WHERE id = ?', [nowIso, nowIso, before.id]);
      await this.addEvent(before.id, actor, 'responded', {}, nowIso);
      return this.get(before.id);
    });
  }

  async addNote(ref: number | string, rawActor: string, text: string): Promise<TicketEvent> {
    const actor = parse(actorSchema, rawActor, 'actor');
    const note = parse(z.string().trim().min(1).max(4000), text, 'note');
    return this.db.transaction(async () => {
      const ticket = await this.get(ref);
      const id = await this.addEvent(ticket.id, actor, 'note', { text: note }, this.settings.clock.now().toISOString());
      return eventRow.parse(await this.db.get('SELECT * FROM ticket_events WHERE id = ?', [id]));
    });
  }

  async events(ref: number | string): Promise<TicketEvent[]> {
    const ticket = await this.get(ref);
    const rows = await this.db.all('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id', [ticket.id]);
    return rows.map((r) => eventRow.parse(r));
  }

  async overdue(now: Date): Promise<Ticket[]> {
    const at = now.toISOString();
    const rows = await this.db.all(
      `SELECT * FROM tickets WHERE status IN (${OPEN_LIST})
         AND ((first_responded_at IS NULL AND first_response_due < ?) OR resolution_due < ?)
       ORDER BY priority, resolution_due`,
      [at, at],
    );
    return rows.map((r) => ticketRow.parse(r));
  }

  async atRisk(now: Date): Promise<Ticket[]> {
    const at = now.toISOString();
    const fraction = this.settings.sla.atRiskFraction;
    // Inside the last `fraction` of a clock's span, and not yet past it.
    const rows = await this.db.all(
      `SELECT * FROM tickets WHERE status IN (${OPEN_LIST})
         AND NOT ((first_responded_at IS NULL AND first_response_due < ?1) OR resolution_due < ?1)
         AND (
           (first_responded_at IS NULL AND julianday(first_response_due) - julianday(?1)
              <= (julianday(first_response_due) - julianday(created_at)) * ?2)
           OR julianday(resolution_due) - julianday(?1) <= (julianday(resolution_due) - julianday(created_at)) * ?2
         )
       ORDER BY priority, resolution_due`,
      [at, fraction],
    );
    return rows.map((r) => ticketRow.parse(r));
  }

  async recordCsat(ref: number | string, rawScore: number, rawActor: string, comment?: string): Promise<CsatResult> {
    const score = parse(z.number().int().min(1).max(5), rawScore, 'score');
    const actor = parse(actorSchema, rawActor, 'actor');
    const text = comment === undefined ? undefined : parse(z.string().trim().max(2000), comment, 'comment') || undefined;
    return this.db.transaction(async () => {
      const ticket = await this.get(ref);
      const existing = await this.db.get('SELECT 1 FROM csat WHERE ticket_id = ?', [ticket.id]);
      if (existing) throw new ConflictError('csat_already_recorded', `Ticket ${ticket.number} already has a satisfaction score`);
      const at = this.settings.clock.now().toISOString();
      await this.db.run('INSERT INTO csat (ticket_id, score, comment, channel, at) VALUES (?, ?, ?, ?, ?)', [
        ticket.id,
        score,
        text ?? null,
        ticket.channel,
        at,
      ]);
      await this.addEvent(ticket.id, actor, 'csat', dropUndefined({ score, comment: text }), at);
      // The customer's answer closes a resolved ticket: the loop is complete.
      if (ticket.status === 'resolved') await this.changeStatus(ticket.id, 'closed', actor, 'closed by satisfaction survey');
      return dropUndefined({ ticketId: ticket.id, score, comment: text, channel: ticket.channel, at });
    });
  }

  private async addEvent(ticketId: number, actor: string, kind: TicketEvent['kind'], detail: object, at: string): Promise<number> {
    const { lastID } = await this.db.run('INSERT INTO ticket_events (ticket_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)', [
      ticketId,
      at,
      actor,
      kind,
      JSON.stringify(detail),
    ]);
    return lastID;
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
  throw new ValidationError(`invalid_${what}`, `Invalid ${what}: ${details}`, result.error);
}

function contentHash(input: ValidNewTicket): string {
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b))));
  return createHash('sha256').update(canonical).digest('hex');
}
