/**
 * `TicketStore` on PostgreSQL, for several instances on one database. The rules come from tickets/
 * like the SQLite store's; what differs is how a change stays right when instances write at once:
 * - filing is one statement (row and audit event in data-modifying CTEs), the number
 *   and idempotency key held by unique constraints with ON CONFLICT, never a caught error, since a
 *   failed statement would abort the whole transaction;
 * - every read-then-write locks the ticket row first (SELECT … FOR UPDATE), so two agents moving
 *   one ticket, or two scores for it, are applied one after the other against what the other wrote.
 */
import { z } from 'zod';
import { ConflictError, NotFoundError, StorageError } from '../../kernel/errors';
import { closeOnCsat, parseCsat } from '../../tickets/csat';
import { contentHash, fileTicket, MAX_NUMBER_DRAWS } from '../../tickets/filing';
import { applyStatusChange, OPEN_STATUSES, type StatusChangeOptions } from '../../tickets/lifecycle';
import { byUrgency, isAtRisk, isOverdue } from '../../tickets/sla';
import { actorSchema, newTicketSchema, type NewTicket, type Ticket, type TicketEvent, type TicketFilter, type TicketPatch, type TicketStatus } from '../../tickets/ticket';
import { applyFirstResponse, applyPatch, parseInput, parsePatch, type NewTicketEvent, type TicketChange } from '../../tickets/ticket-changes';
import { canonicalTicketNumber } from '../../tickets/ticket-number';
import type { CreateOptions, CreateResult, CsatResult, TicketStore, TicketStoreSettings } from '../../tickets/ticket-store';
import { eventRow, ticketColumns, ticketRow } from '../rows';
import type { PgDatabase, PgValue } from './pg-database';

/** Events with their jsonb detail as text, the form the shared row schema parses. */
const EVENT_COLUMNS = 'id, ticket_id, at, actor, kind, detail::text AS detail';

export class PostgresTicketStore implements TicketStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly settings: TicketStoreSettings,
  ) {}

  async create(raw: NewTicket, options: CreateOptions): Promise<CreateResult> {
    const input = parseInput(newTicketSchema, raw, 'ticket');
    const actor = parseInput(actorSchema, options.actor, 'actor');
    const key = options.idempotencyKey;
    const hash = key ? contentHash(input) : null;

    // No BEGIN/COMMIT of its own: the filing is one statement, which PostgreSQL commits whole by
    // itself, so a create on its own is one round trip and one commit (inside a caller's unit of
    // work it joins that transaction, as every store query does). The fallback reads below need no
    // transaction either: ON CONFLICT has already waited for the other writer's commit.
    const now = this.settings.clock.now();
    for (let draw = 1; draw <= MAX_NUMBER_DRAWS; draw++) {
      const filing = fileTicket(input, now, this.settings, this.settings.drawNumber);
      const { columns, values } = ticketColumns(filing.ticket);
      const params: PgValue[] = [...values, key ?? null, hash, actor, JSON.stringify(filing.event.detail)];
      const n = values.length;
      // ON CONFLICT without a target covers both the idempotency key and the number: an instance
      // racing on the same key waits for the other's commit, then inserts nothing.
      const row = await this.db.get<{ id: number }>(
        `WITH filed AS (
             INSERT INTO tickets (${columns.join(', ')}, idempotency_key, content_hash, created_by)
             VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, $${n + 1}, $${n + 2}, $${n + 3})
             ON CONFLICT DO NOTHING
             RETURNING id, created_at, created_by
           ), audited AS (
             INSERT INTO ticket_events (ticket_id, at, actor, kind, detail)
             SELECT id, created_at, created_by, 'created', $${n + 4}::jsonb FROM filed
           )
           SELECT id FROM filed`,
        params,
      );
      if (row) return { ticket: { id: row.id, ...filing.ticket }, created: true };
      // Nothing inserted: the key is taken (the first ticket answers), or, rarely, the number was drawn twice.
      if (key) {
        const existing = await this.db.get<{ id: number; content_hash: string }>('SELECT id, content_hash FROM tickets WHERE idempotency_key = $1', [key]);
        if (existing) {
          if (existing.content_hash !== hash) {
            throw new ConflictError('idempotency_conflict', `Idempotency key "${key}" was already used for a different ticket / 该幂等键已用于另一张工单`);
          }
          return { ticket: await this.get(existing.id), created: false };
        }
      }
    }
    throw new StorageError('ticket_number_exhausted', `No free ticket number after ${MAX_NUMBER_DRAWS} draws / 连续 ${MAX_NUMBER_DRAWS} 次未取到空闲工单号`);
  }

  async find(ref: number | string): Promise<Ticket | undefined> {
    return this.read(ref, '');
  }

  async get(ref: number | string): Promise<Ticket> {
    return this.found(ref, await this.find(ref));
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const where: string[] = [];
    const params: PgValue[] = [];
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`status = ANY($${params.length}::text[])`);
    }
    if (filter.priority?.length) {
      params.push(filter.priority);
      where.push(`priority = ANY($${params.length}::text[])`);
    }
    if (filter.customerId !== undefined) {
      params.push(filter.customerId);
      where.push(`customer_id = $${params.length}`);
    }
    params.push(filter.limit ?? 200);
    const rows = await this.db.all(`SELECT * FROM tickets ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY priority, created_at, id LIMIT $${params.length}`, params);
    return rows.map((r) => ticketRow.parse(r));
  }

  async openByPhone(phone: string, limit: number): Promise<Ticket[]> {
    const rows = await this.db.all(`SELECT * FROM tickets WHERE contact_phone = $1 AND status = ANY($2::text[]) ORDER BY created_at DESC, id DESC LIMIT $3`, [phone, [...OPEN_STATUSES], limit]);
    return rows.map((r) => ticketRow.parse(r));
  }

  async update(ref: number | string, rawPatch: TicketPatch, rawActor: string): Promise<Ticket> {
    const patch = parsePatch(rawPatch);
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.lock(ref);
      return this.persist(before, applyPatch(before, patch, this.settings.clock.now(), this.settings.sla), actor);
    });
  }

  async changeStatus(ref: number | string, to: TicketStatus, rawActor: string, note?: string, options?: StatusChangeOptions): Promise<Ticket> {
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.lock(ref);
      return this.persist(before, applyStatusChange(before, to, this.settings.clock.now(), note, options), actor);
    });
  }

  async markResponded(ref: number | string, rawActor: string): Promise<Ticket> {
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.lock(ref);
      return this.persist(before, applyFirstResponse(before, this.settings.clock.now()), actor);
    });
  }

  async addNote(ref: number | string, rawActor: string, text: string): Promise<TicketEvent> {
    const actor = parseInput(actorSchema, rawActor, 'actor');
    const note = parseInput(z.string().trim().min(1).max(4000), text, 'note');
    return this.db.transaction(async () => {
      const ticket = await this.get(ref);
      return this.addEvent(ticket.id, actor, { kind: 'note', detail: { text: note } }, this.settings.clock.now().toISOString());
    });
  }

  async events(ref: number | string): Promise<TicketEvent[]> {
    const ticket = await this.get(ref);
    const rows = await this.db.all(`SELECT ${EVENT_COLUMNS} FROM ticket_events WHERE ticket_id = $1 ORDER BY id`, [ticket.id]);
    return rows.map((r) => eventRow.parse(r));
  }

  async overdue(now: Date): Promise<Ticket[]> {
    return (await this.openTickets()).filter((t) => isOverdue(t, now)).sort(byUrgency);
  }

  async atRisk(now: Date): Promise<Ticket[]> {
    return (await this.openTickets()).filter((t) => isAtRisk(t, now, this.settings.sla)).sort(byUrgency);
  }

  async recordCsat(ref: number | string, rawScore: number, rawActor: string, comment?: string): Promise<CsatResult> {
    const answer = parseCsat(rawScore, comment);
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      // Locked: a second score arriving at another instance waits here, then finds the first.
      const ticket = await this.lock(ref);
      const at = this.settings.clock.now().toISOString();
      const { changes } = await this.db.run('INSERT INTO csat (ticket_id, score, comment, channel, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (ticket_id) DO NOTHING', [
        ticket.id,
        answer.score,
        answer.comment ?? null,
        ticket.channel,
        at,
      ]);
      if (!changes) throw new ConflictError('csat_already_recorded', `Ticket ${ticket.number} already has a satisfaction score / 该工单已有满意度评分`);
      await this.addEvent(ticket.id, actor, { kind: 'csat', detail: { ...answer } }, at);
      const close = closeOnCsat(ticket);
      if (close) await this.persist(ticket, applyStatusChange(ticket, close.to, this.settings.clock.now(), close.note), actor);
      return { ticketId: ticket.id, ...answer, channel: ticket.channel, at };
    });
  }

  /** The ticket, locked until the transaction ends, so a change is decided on what is current. */
  private async lock(ref: number | string): Promise<Ticket> {
    return this.found(ref, await this.read(ref, 'FOR UPDATE'));
  }

  private async read(ref: number | string, suffix: '' | 'FOR UPDATE'): Promise<Ticket | undefined> {
    const byId = typeof ref === 'number' || /^\d+$/.test(ref);
    // Ids are PostgreSQL integers: a larger one names no ticket (and would abort the transaction as an error).
    if (byId && !(Number(ref) <= 2_147_483_647)) return undefined;
    // A number as a person typed it (lower case, no dashes, O for 0) is looked up in its stored form.
    const number = byId ? undefined : (canonicalTicketNumber(String(ref)) ?? String(ref).trim().toUpperCase());
    const row = await this.db.get(`SELECT * FROM tickets WHERE ${byId ? 'id' : 'number'} = $1 ${suffix}`, [byId ? Number(ref) : number!]);
    return row ? ticketRow.parse(row) : undefined;
  }

  private found(ref: number | string, ticket: Ticket | undefined): Ticket {
    if (!ticket) throw new NotFoundError('ticket_not_found', `No ticket ${ref} / 找不到工单 ${ref}`);
    return ticket;
  }

  /** Writes what a rule decided: the fields and the audit event, inside the caller's transaction. */
  private async persist(before: Ticket, change: TicketChange | undefined, actor: string): Promise<Ticket> {
    if (!change) return before;
    const { columns, values } = ticketColumns(change.fields);
    const at = change.fields.updatedAt ?? this.settings.clock.now().toISOString();
    const row = await this.db.get(`UPDATE tickets SET ${columns.map((c, i) => `${c} = $${i + 1}`).join(', ')} WHERE id = $${columns.length + 1} RETURNING *`, [...values, before.id]);
    await this.addEvent(before.id, actor, change.event, at);
    return ticketRow.parse(row);
  }

  /** The tickets whose clocks still run; which of them are late or at risk is tickets/sla.ts's call. */
  private async openTickets(): Promise<Ticket[]> {
    const rows = await this.db.all('SELECT * FROM tickets WHERE status = ANY($1::text[])', [[...OPEN_STATUSES]]);
    return rows.map((r) => ticketRow.parse(r));
  }

  private async addEvent(ticketId: number, actor: string, event: NewTicketEvent, at: string): Promise<TicketEvent> {
    const row = await this.db.get(`INSERT INTO ticket_events (ticket_id, at, actor, kind, detail) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING ${EVENT_COLUMNS}`, [
      ticketId,
      at,
      actor,
      event.kind,
      JSON.stringify(event.detail),
    ]);
    return eventRow.parse(row);
  }
}
