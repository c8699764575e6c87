/**
 * `TicketStore` on SQLite: every change writes the row and its audit event together. The rules
 * (numbering, status times, SLA clocks, closing on a score) are decided in tickets/; this only
 * persists what they decide.
 */
import { ConflictError, NotFoundError } from '../../kernel/errors';
import { closeOnCsat, parseCsat } from '../../tickets/csat';
import { contentHash, fileTicket, MAX_NUMBER_DRAWS, type TicketFiling } from '../../tickets/filing';
import { applyStatusChange, OPEN_STATUSES, type StatusChangeOptions } from '../../tickets/lifecycle';
import { byUrgency, isAtRisk, isOverdue } from '../../tickets/sla';
import { actorSchema, newTicketSchema, type NewTicket, type Ticket, type TicketEvent, type TicketFilter, type TicketPatch, type TicketStatus } from '../../tickets/ticket';
import { applyFirstResponse, applyPatch, parseInput, parsePatch, type NewTicketEvent, type TicketChange } from '../../tickets/ticket-changes';
import { canonicalTicketNumber } from '../../tickets/ticket-number';
import type { CreateOptions, CreateResult, CsatResult, TicketStore, TicketStoreSettings } from '../../tickets/ticket-store';
import { z } from 'zod';
import type { SqliteDatabase, SqlValue } from './database';
import { eventRow, ticketColumns, ticketRow } from '../rows';

export type { TicketStoreSettings } from '../../tickets/ticket-store';

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

export class SqliteTicketStore implements TicketStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly settings: TicketStoreSettings,
  ) {}

  async create(raw: NewTicket, options: CreateOptions): Promise<CreateResult> {
    const input = parseInput(newTicketSchema, raw, 'ticket');
    const actor = parseInput(actorSchema, options.actor, 'actor');
    const key = options.idempotencyKey;
    const hash = key ? contentHash(input) : null;

    return this.db.transaction(async () => {
      const now = this.settings.clock.now();
      let filing: TicketFiling | undefined;
      let inserted: { lastID: number; changes: number } | undefined;
      for (let draw = 1; !inserted; draw++) {
        filing = fileTicket(input, now, this.settings, this.settings.drawNumber);
        const { columns, values } = ticketColumns(filing.ticket);
        try {
          // run, not RETURNING: the new row's id is the statement's lastID, and no row comes back to read.
          inserted = await this.db.run(
            `INSERT INTO tickets (${columns.join(', ')}, idempotency_key, content_hash, created_by)
             VALUES (${columns.map(() => '?').join(', ')}, ?, ?, ?)
             ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING`,
            [...values, key ?? null, hash, actor],
          );
        } catch (error) {
          // Two tickets of one day drew the same number (about once in two years at 10k tickets a day): draw again.
          if (draw < MAX_NUMBER_DRAWS && /UNIQUE constraint failed: tickets\.number/.test(String((error as Error).message))) continue;
          throw error;
        }
      }
      if (!inserted.changes) return this.existingFor(key!, hash!);
      const row = { id: inserted.lastID };
      await this.addEvent(row.id, actor, filing!.event, filing!.ticket.createdAt);
      return { ticket: { id: row.id, ...filing!.ticket }, created: true };
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
    const rows = await this.db.all(`SELECT * FROM tickets ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY priority, created_at, id LIMIT ?`, params);
    return rows.map((r) => ticketRow.parse(r));
  }

  async openByPhone(phone: string, limit: number): Promise<Ticket[]> {
    const rows = await this.db.all(`SELECT * FROM tickets WHERE contact_phone = ? AND status IN (${OPEN_LIST}) ORDER BY created_at DESC, id DESC LIMIT ?`, [phone, limit]);
    return rows.map((r) => ticketRow.parse(r));
  }

  async update(ref: number | string, rawPatch: TicketPatch, rawActor: string): Promise<Ticket> {
    const patch = parsePatch(rawPatch);
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.get(ref);
      return this.persist(before, applyPatch(before, patch, this.settings.clock.now(), this.settings.sla), actor);
    });
  }

  async changeStatus(ref: number | string, to: TicketStatus, rawActor: string, note?: string, options?: StatusChangeOptions): Promise<Ticket> {
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.get(ref);
      return this.persist(before, applyStatusChange(before, to, this.settings.clock.now(), note, options), actor);
    });
  }

  async markResponded(ref: number | string, rawActor: string): Promise<Ticket> {
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const before = await this.get(ref);
      return this.persist(before, applyFirstResponse(before, this.settings.clock.now()), actor);
    });
  }

  /** Writes what a rule decided: the fields and the audit event, inside the caller's transaction. */
  private async persist(before: Ticket, change: TicketChange | undefined, actor: string): Promise<Ticket> {
    if (!change) return before;
    const { columns, values } = ticketColumns(change.fields);
    const at = change.fields.updatedAt ?? this.settings.clock.now().toISOString();
    await this.db.run(`UPDATE tickets SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...values, before.id]);
    await this.addEvent(before.id, actor, change.event, at);
    return this.get(before.id);
  }

  async addNote(ref: number | string, rawActor: string, text: string): Promise<TicketEvent> {
    const actor = parseInput(actorSchema, rawActor, 'actor');
    const note = parseInput(z.string().trim().min(1).max(4000), text, 'note');
    return this.db.transaction(async () => {
      const ticket = await this.get(ref);
      const id = await this.addEvent(ticket.id, actor, { kind: 'note', detail: { text: note } }, this.settings.clock.now().toISOString());
      return eventRow.parse(await this.db.get('SELECT * FROM ticket_events WHERE id = ?', [id]));
    });
  }

  async events(ref: number | string): Promise<TicketEvent[]> {
    const ticket = await this.get(ref);
    const rows = await this.db.all('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id', [ticket.id]);
    return rows.map((r) => eventRow.parse(r));
  }

  async overdue(now: Date): Promise<Ticket[]> {
    return (await this.openTickets()).filter((t) => isOverdue(t, now)).sort(byUrgency);
  }

  async atRisk(now: Date): Promise<Ticket[]> {
    return (await this.openTickets()).filter((t) => isAtRisk(t, now, this.settings.sla)).sort(byUrgency);
  }

  /** The tickets whose clocks still run; which of them are late or at risk is tickets/sla.ts's call. */
  private async openTickets(): Promise<Ticket[]> {
    const rows = await this.db.all(`SELECT * FROM tickets WHERE status IN (${OPEN_LIST})`);
    return rows.map((r) => ticketRow.parse(r));
  }

  async recordCsat(ref: number | string, rawScore: number, rawActor: string, comment?: string): Promise<CsatResult> {
    const answer = parseCsat(rawScore, comment);
    const actor = parseInput(actorSchema, rawActor, 'actor');
    return this.db.transaction(async () => {
      const ticket = await this.get(ref);
      const at = this.settings.clock.now().toISOString();
      // The first answer counts: a second one inserts nothing and is a conflict.
      const { changes } = await this.db.run('INSERT INTO csat (ticket_id, score, comment, channel, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING', [
        ticket.id,
        answer.score,
        answer.comment ?? null,
        ticket.channel,
        at,
      ]);
      if (!changes) throw new ConflictError('csat_already_recorded', `Ticket ${ticket.number} already has a satisfaction score / 该工单已有满意度评分`);
      await this.addEvent(ticket.id, actor, { kind: 'csat', detail: { ...answer } }, at);
      const close = closeOnCsat(ticket);
      if (close) await this.changeStatus(ticket.id, close.to, actor, close.note);
      return { ticketId: ticket.id, ...answer, channel: ticket.channel, at };
    });
  }

  private async addEvent(ticketId: number, actor: string, event: NewTicketEvent, at: string): Promise<number> {
    const { lastID } = await this.db.run('INSERT INTO ticket_events (ticket_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)', [ticketId, at, actor, event.kind, JSON.stringify(event.detail)]);
    return lastID;
  }
}
