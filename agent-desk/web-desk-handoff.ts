/**
 * `WebDeskHandoff`: the `Handoff` port on the built-in desk at /desk. The desk reads the
 * conversations with people straight from the database, so delivering an item only has to tell
 * the open desk pages what changed; an item is delivered even when nobody has the desk open
 * (it is in the queue when someone does).
 */
import type { Handoff } from '../bot/handoff';
import { customerMessageSchema, deliveryFailedSchema, deliveryParkedSchema, handoffOverdueSchema, handoffRequestedSchema, handoffStatusSchema } from '../bot/handoff-payloads';
import { ValidationError } from '../kernel/errors';
import type { OutboxItem } from '../tickets/outbox';
import type { DeskLive } from './desk-live';

/** The built-in desk's name: the outbox destination of its copies. */
export const WEB_DESK = 'web-desk';

const SCHEMAS = {
  'handoff.requested': handoffRequestedSchema,
  'customer.message': customerMessageSchema,
  'handoff.status': handoffStatusSchema,
  'handoff.overdue': handoffOverdueSchema,
  'delivery.parked': deliveryParkedSchema,
  'delivery.failed': deliveryFailedSchema,
} as const;

export class WebDeskHandoff implements Handoff {
  readonly name = WEB_DESK;

  constructor(private readonly live: DeskLive) {}

  async deliver(item: OutboxItem): Promise<string | undefined> {
    const schema = SCHEMAS[item.kind as keyof typeof SCHEMAS];
    if (!schema) throw new ValidationError('unknown_desk_delivery', `The built-in desk does not know "${item.kind}" (outbox item ${item.id})`);
    const parsed = schema.safeParse(item.payload);
    if (!parsed.success) throw new ValidationError('bad_desk_payload', `Outbox item ${item.id} (${item.kind}) is not a valid desk payload`, parsed.error);
    this.live.publish({ kind: 'queue' });
    return `live:${this.live.publish({ kind: 'conversation', conversationId: parsed.data.conversationId })}`;
  }
}
