/** The `CustomerDirectory` port: one customer record behind every channel identity. */
import { z } from 'zod';
import { ValidationError } from '../kernel/errors';

export interface Customer {
  id: number;
  displayName?: string;
  phone?: string;
  createdAt: string;
}

export interface ChannelIdentity {
  channel: string;
  externalId: string;
}

/** What every directory accepts as an identity, checked at its edge. */
export const channelIdentitySchema = z.object({ channel: z.string().trim().min(1).max(40), externalId: z.string().trim().min(1).max(200) });

/** Who is behind an identity, and whether this contact created them. */
export interface ResolvedIdentity {
  customer: Customer;
  /** The record was created by this call: nothing (conversations, tickets, calls) is theirs yet. */
  firstContact: boolean;
}

export interface CustomerDirectory {
  /** Finds the customer behind an identity, creating one on first contact. */
  resolve(identity: ChannelIdentity, profile?: { displayName?: string }): Promise<Customer>;
  /** `resolve`, also saying whether the customer was created just now (so a turn skips reading what they cannot have yet). */
  identify(identity: ChannelIdentity, profile?: { displayName?: string }): Promise<ResolvedIdentity>;
  get(id: number): Promise<Customer>;
  identities(customerId: number): Promise<ChannelIdentity[]>;
  findByPhone(phone: string): Promise<Customer | undefined>;
  /**
   * Records the customer's phone. When another record already holds that number and both claims
   * are `verified` (caller ID on a call, an agent, or proven with a ticket filed under it), the two
   * are the same person: this record's identities, conversations and tickets move to the older
   * one, which is returned. A number merely typed into a chat never merges records: anyone can
   * type anyone's number, and a merge would show them that person's tickets. For the same reason
   * a typed number gives way to a verified claim on it instead of absorbing it.
   */
  attachPhone(customerId: number, phone: string, actor: string, options?: { verified?: boolean }): Promise<Customer>;
  /** Explicitly links an identity to a customer (an agent's or a verified link). */
  link(customerId: number, identity: ChannelIdentity, actor: string): Promise<void>;
}

/** An identity checked at a directory's edge, or a clear error. */
export function parseChannelIdentity(raw: ChannelIdentity): ChannelIdentity {
  const result = channelIdentitySchema.safeParse(raw);
  if (!result.success) throw new ValidationError('invalid_identity', `Invalid channel identity: ${result.error.issues[0]?.message}`);
  return result.data;
}
