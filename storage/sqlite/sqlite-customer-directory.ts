/** `CustomerDirectory` on SQLite: identities per channel, linked into one customer by phone or by hand. */
import type { Clock } from '../../kernel/clock';
import { NotFoundError } from '../../kernel/errors';
import { parseMobile } from '../../bot/text/phone-numbers';
import { parseChannelIdentity, type ChannelIdentity, type Customer, type CustomerDirectory, type ResolvedIdentity } from '../../tickets/customer-directory';
import type { SqliteDatabase } from './database';
import { customerRow, directoryPhone } from '../customer-rows';
import { decidePhoneClaim } from '../../tickets/phone-claim';

/** Mainland mobile numbers in any common written form, stored as the bare 11 digits. */
export const normalisePhone = parseMobile;

export class SqliteCustomerDirectory implements CustomerDirectory {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  async resolve(raw: ChannelIdentity, profile: { displayName?: string } = {}): Promise<Customer> {
    return (await this.identify(raw, profile)).customer;
  }

  async identify(raw: ChannelIdentity, profile: { displayName?: string } = {}): Promise<ResolvedIdentity> {
    const identity = parseChannelIdentity(raw);
    // Every turn resolves its sender and nearly always finds them: that read needs no write lock.
    const known = await this.findByIdentity(identity);
    if (known) return { customer: known, firstContact: false };
    // Read outside a transaction, that answer may be stale by the time we hold the write lock.
    const mayHaveRaced = !this.db.holdsWriteLock;
    return this.db.transaction(async () => {
      const raced = mayHaveRaced ? await this.findByIdentity(identity) : undefined;
      if (raced) return { customer: raced, firstContact: false };
      const now = this.clock.now().toISOString();
      const displayName = profile.displayName?.slice(0, 120);
      const { lastID } = await this.db.run('INSERT INTO customers (display_name, created_at) VALUES (?, ?)', [displayName ?? null, now]);
      await this.db.run('INSERT INTO customer_identities (channel, external_id, customer_id, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)', [
        identity.channel,
        identity.externalId,
        lastID,
        now,
        'first-contact',
      ]);
      return { customer: customerRow.parse({ id: lastID, display_name: displayName ?? null, phone: null, created_at: now }), firstContact: true };
    });
  }

  private async findByIdentity(identity: ChannelIdentity): Promise<Customer | undefined> {
    const row = await this.db.get<Record<string, unknown>>('SELECT c.* FROM customer_identities i JOIN customers c ON c.id = i.customer_id WHERE i.channel = ? AND i.external_id = ?', [
      identity.channel,
      identity.externalId,
    ]);
    if (!row) return undefined;
    const merged = row.merged_into as number | null;
    return merged ? this.get(merged) : customerRow.parse(row);
  }

  async get(id: number): Promise<Customer> {
    const row = await this.db.get('SELECT * FROM customers WHERE id = ?', [id]);
    if (!row) throw new NotFoundError('customer_not_found', `No customer ${id}`);
    const customer = customerRow.parse(row);
    const merged = (row as { merged_into: number | null }).merged_into;
    return merged ? this.get(merged) : customer;
  }

  async identities(customerId: number): Promise<ChannelIdentity[]> {
    const rows = await this.db.all<{ channel: string; external_id: string }>('SELECT channel, external_id FROM customer_identities WHERE customer_id = ? ORDER BY linked_at', [customerId]);
    return rows.map((r) => ({ channel: r.channel, externalId: r.external_id }));
  }

  async findByPhone(phone: string): Promise<Customer | undefined> {
    const normalised = normalisePhone(phone);
    if (!normalised) return undefined;
    const row = await this.db.get('SELECT * FROM customers WHERE phone = ?', [normalised]);
    return row ? this.get(customerRow.parse(row).id) : undefined;
  }

  async attachPhone(customerId: number, phone: string, actor: string, options: { verified?: boolean } = {}): Promise<Customer> {
    const normalised = directoryPhone(phone);
    const verified = options.verified === true;
    return this.db.transaction(async () => {
      const self = await this.get(customerId);
      const row = await this.db.get<{ id: number; phone_verified: number }>('SELECT id, phone_verified FROM customers WHERE phone = ?', [normalised]);
      const holder = row && { id: (await this.get(row.id)).id, verified: row.phone_verified === 1 };
      switch (decidePhoneClaim(self.id, holder, verified)) {
        case 'record':
          await this.db.run('UPDATE customers SET phone = ?, phone_verified = max(phone_verified, ?) WHERE id = ?', [normalised, verified ? 1 : 0, self.id]);
          return this.get(self.id);
        case 'keep-apart':
          return self;
        case 'take-from-typed':
          await this.db.run('UPDATE customers SET phone = NULL, phone_verified = 0 WHERE id = ?', [holder!.id]);
          await this.db.run('UPDATE customers SET phone = ?, phone_verified = 1 WHERE id = ?', [normalised, self.id]);
          await this.moveTickets(holder!.id, self.id, actor, 'phone number proven by its owner', normalised);
          return this.get(self.id);
        case 'merge':
          await this.mergeInto(self.id, holder!.id, actor);
          return this.get(holder!.id);
      }
    });
  }

  async link(customerId: number, raw: ChannelIdentity, actor: string): Promise<void> {
    const identity = parseChannelIdentity(raw);
    return this.db.transaction(async () => {
      const target = await this.get(customerId);
      const existing = await this.db.get<{ customer_id: number }>('SELECT customer_id FROM customer_identities WHERE channel = ? AND external_id = ?', [identity.channel, identity.externalId]);
      if (existing && existing.customer_id !== target.id) {
        await this.mergeInto(existing.customer_id, target.id, actor);
        return;
      }
      if (!existing) {
        await this.db.run('INSERT INTO customer_identities (channel, external_id, customer_id, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)', [
          identity.channel,
          identity.externalId,
          target.id,
          this.clock.now().toISOString(),
          actor,
        ]);
      }
    });
  }

  private async mergeInto(fromId: number, toId: number, actor: string): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.db.run('UPDATE customer_identities SET customer_id = ?, linked_at = ?, linked_by = ? WHERE customer_id = ?', [toId, now, actor, fromId]);
    await this.db.run('UPDATE conversations SET customer_id = ? WHERE customer_id = ?', [toId, fromId]);
    await this.db.run('UPDATE calls SET customer_id = ? WHERE customer_id = ?', [toId, fromId]);
    await this.moveTickets(fromId, toId, actor, 'customer records merged');
    await this.db.run('UPDATE customers SET merged_into = ?, phone = NULL WHERE id = ?', [toId, fromId]);
  }

  /** Moves tickets (all, or those filed with one contact phone) to another customer, each with an audit event. */
  private async moveTickets(fromId: number, toId: number, actor: string, reason: string, contactPhone?: string): Promise<void> {
    const which = contactPhone === undefined ? 'customer_id = ?' : 'customer_id = ? AND contact_phone = ?';
    const params = contactPhone === undefined ? [fromId] : [fromId, contactPhone];
    const moved = await this.db.all<{ id: number }>(`SELECT id FROM tickets WHERE ${which}`, params);
    await this.db.run(`UPDATE tickets SET customer_id = ? WHERE ${which}`, [toId, ...params]);
    const now = this.clock.now().toISOString();
    for (const { id } of moved) {
      await this.db.run('INSERT INTO ticket_events (ticket_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)', [
        id,
        now,
        actor,
        'updated',
        JSON.stringify({ changes: { customerId: { from: fromId, to: toId } }, reason }),
      ]);
    }
  }
}
