/**
 * `CustomerDirectory` on PostgreSQL, for several instances on one database. Two instances meeting
 * the same new identity at once make one customer: the identity's primary key decides (INSERT …
 * ON CONFLICT DO NOTHING waits for the other's commit), and the loser drops the customer row it
 * made and answers with the winner's. Phone changes lock the number (nobody may hold it yet) and
 * the customers they read, so two claims on one number never both pass the check.
 */
import type { Clock } from '../../kernel/clock';
import { NotFoundError } from '../../kernel/errors';
import { parseMobile } from '../../bot/text/phone-numbers';
import { parseChannelIdentity, type ChannelIdentity, type Customer, type CustomerDirectory, type ResolvedIdentity } from '../../tickets/customer-directory';
import { customerRow, directoryPhone } from '../customer-rows';
import { decidePhoneClaim } from '../../tickets/phone-claim';
import { lockUntilCommit } from './advisory-lock';
import type { PgDatabase } from './pg-database';

const CUSTOMER = 'SELECT id, display_name, phone, created_at, merged_into, phone_verified FROM customers';

export class PostgresCustomerDirectory implements CustomerDirectory {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  async resolve(raw: ChannelIdentity, profile: { displayName?: string } = {}): Promise<Customer> {
    return (await this.identify(raw, profile)).customer;
  }

  async identify(raw: ChannelIdentity, profile: { displayName?: string } = {}): Promise<ResolvedIdentity> {
    const identity = parseChannelIdentity(raw);
    // Nearly every turn finds its sender: one read, no transaction.
    const known = await this.findByIdentity(identity);
    if (known) return { customer: known, firstContact: false };
    return this.db.transaction(async () => {
      const now = this.clock.now().toISOString();
      const displayName = profile.displayName?.slice(0, 120) ?? null;
      const created = await this.db.get<{ id: number }>('INSERT INTO customers (display_name, created_at) VALUES ($1, $2) RETURNING id', [displayName, now]);
      const id = created!.id;
      const linked = await this.db.run(
        `INSERT INTO customer_identities (channel, external_id, customer_id, linked_at, linked_by) VALUES ($1, $2, $3, $4, 'first-contact')
         ON CONFLICT (channel, external_id) DO NOTHING`,
        [identity.channel, identity.externalId, id, now],
      );
      if (linked.changes === 0) {
        // Another instance created this customer first and has committed: theirs is the one.
        await this.db.run('DELETE FROM customers WHERE id = $1', [id]);
        const winner = await this.findByIdentity(identity);
        if (!winner) throw new Error(`Identity ${identity.channel}:${identity.externalId} conflicted but cannot be read`);
        return { customer: winner, firstContact: false };
      }
      return { customer: customerRow.parse({ id, display_name: displayName, phone: null, created_at: now }), firstContact: true };
    });
  }

  private async findByIdentity(identity: ChannelIdentity): Promise<Customer | undefined> {
    const row = await this.db.get<{ id: number; merged_into: number | null }>(
      `SELECT c.id, c.display_name, c.phone, c.created_at, c.merged_into FROM customer_identities i JOIN customers c ON c.id = i.customer_id
       WHERE i.channel = $1 AND i.external_id = $2`,
      [identity.channel, identity.externalId],
    );
    if (!row) return undefined;
    return row.merged_into ? this.get(row.merged_into) : customerRow.parse(row);
  }

  async get(id: number): Promise<Customer> {
    const row = await this.db.get<{ merged_into: number | null }>(`${CUSTOMER} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('customer_not_found', `No customer ${id}`);
    return row.merged_into ? this.get(row.merged_into) : customerRow.parse(row);
  }

  async identities(customerId: number): Promise<ChannelIdentity[]> {
    // Oldest link first; there is no rowid here, so links made in one clock tick are ordered by their key.
    const rows = await this.db.all<{ channel: string; external_id: string }>('SELECT channel, external_id FROM customer_identities WHERE customer_id = $1 ORDER BY linked_at, channel, external_id', [
      customerId,
    ]);
    return rows.map((r) => ({ channel: r.channel, externalId: r.external_id }));
  }

  async findByPhone(phone: string): Promise<Customer | undefined> {
    const normalised = parseMobile(phone);
    if (!normalised) return undefined;
    const row = await this.db.get<{ id: number }>('SELECT id FROM customers WHERE phone = $1', [normalised]);
    return row ? this.get(row.id) : undefined;
  }

  async attachPhone(customerId: number, phone: string, actor: string, options: { verified?: boolean } = {}): Promise<Customer> {
    const normalised = directoryPhone(phone);
    const verified = options.verified === true;
    return this.db.transaction(async () => {
      // The number may be nobody's yet, so there is no row to lock: lock the number itself.
      await lockUntilCommit(this.db, `phone:${normalised}`);
      const self = await this.get(customerId);
      const row = await this.db.get<{ id: number; phone_verified: number }>('SELECT id, phone_verified FROM customers WHERE phone = $1 FOR UPDATE', [normalised]);
      const holder = row && { id: (await this.get(row.id)).id, verified: row.phone_verified === 1 };
      switch (decidePhoneClaim(self.id, holder, verified)) {
        case 'record':
          await this.db.run('UPDATE customers SET phone = $1, phone_verified = greatest(phone_verified, $2) WHERE id = $3', [normalised, verified ? 1 : 0, self.id]);
          return this.get(self.id);
        case 'keep-apart':
          return self;
        case 'take-from-typed':
          await this.db.run('UPDATE customers SET phone = NULL, phone_verified = 0 WHERE id = $1', [holder!.id]);
          await this.db.run('UPDATE customers SET phone = $1, phone_verified = 1 WHERE id = $2', [normalised, self.id]);
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
      const now = this.clock.now().toISOString();
      // Linked here unless someone has it; either way its row is then ours to read, locked.
      await this.db.run(
        `INSERT INTO customer_identities (channel, external_id, customer_id, linked_at, linked_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (channel, external_id) DO NOTHING`,
        [identity.channel, identity.externalId, target.id, now, actor],
      );
      const existing = await this.db.get<{ customer_id: number }>('SELECT customer_id FROM customer_identities WHERE channel = $1 AND external_id = $2 FOR UPDATE', [
        identity.channel,
        identity.externalId,
      ]);
      if (existing && existing.customer_id !== target.id) await this.mergeInto(existing.customer_id, target.id, actor);
    });
  }

  private async mergeInto(fromId: number, toId: number, actor: string): Promise<void> {
    const now = this.clock.now().toISOString();
    // Both records locked, in id order so two merges of the same pair cannot deadlock.
    await this.db.all('SELECT id FROM customers WHERE id IN ($1, $2) ORDER BY id FOR UPDATE', [fromId, toId]);
    await this.db.run('UPDATE customer_identities SET customer_id = $1, linked_at = $2, linked_by = $3 WHERE customer_id = $4', [toId, now, actor, fromId]);
    await this.db.run('UPDATE conversations SET customer_id = $1 WHERE customer_id = $2', [toId, fromId]);
    await this.db.run('UPDATE calls SET customer_id = $1 WHERE customer_id = $2', [toId, fromId]);
    await this.moveTickets(fromId, toId, actor, 'customer records merged');
    await this.db.run('UPDATE customers SET merged_into = $1, phone = NULL WHERE id = $2', [toId, fromId]);
  }

  /** Moves tickets (all, or those filed with one contact phone) to another customer, each with an audit event. */
  private async moveTickets(fromId: number, toId: number, actor: string, reason: string, contactPhone?: string): Promise<void> {
    const which = contactPhone === undefined ? 'customer_id = $2' : 'customer_id = $2 AND contact_phone = $3';
    const params = contactPhone === undefined ? [fromId] : [fromId, contactPhone];
    // One statement moves them and names them, so a ticket filed meanwhile is either moved and logged or neither.
    const moved = await this.db.all<{ id: number }>(`UPDATE tickets SET customer_id = $1 WHERE ${which} RETURNING id`, [toId, ...params]);
    const now = this.clock.now().toISOString();
    const detail = JSON.stringify({ changes: { customerId: { from: fromId, to: toId } }, reason });
    for (const { id } of [...moved].sort((a, b) => a.id - b.id)) {
      await this.db.run(`INSERT INTO ticket_events (ticket_id, at, actor, kind, detail) VALUES ($1, $2, $3, 'updated', $4::jsonb)`, [id, now, actor, detail]);
    }
  }
}
