/**
 * `WecomHandoff`: the `Handoff` port onto WeCom's own people (kf/service_state/trans), for
 * conversations that came in through 微信客服. When the product hands such a conversation over,
 * WeCom moves it to its queue for people (state 2) or to one named servicer (state 3), who then
 * answers in the WeCom app; when the desk resolves it, the WeCom session is ended (state 4). Handoffs
 * from other channels are not WeCom's and are passed by.
 */
import type { Handoff } from '../../bot/handoff';
import { handoffRequestedSchema, handoffStatusSchema } from '../../bot/handoff-payloads';
import { ValidationError } from '../../kernel/errors';
import type { OutboxItem } from '../../tickets/outbox';
import type { z } from 'zod';
import { SERVICE_STATE, type WecomApi } from './wecom-api';
import type { WecomState } from './wecom-state';

/** The desk's name: the outbox destination of its copies. */
export const WECOM_DESK = 'wecom-desk';

export type WecomHandoffTarget = { to: 'queue' } | { to: 'servicer'; servicerUserId: string };

export interface WecomHandoffOptions {
  api: WecomApi;
  state: WecomState;
  target: WecomHandoffTarget;
  /** The conversation's channel and customer (the core names conversations by id only). */
  conversation(id: number): Promise<{ channel: string; customerRef: string }>;
}

export class WecomHandoff implements Handoff {
  readonly name = WECOM_DESK;

  constructor(private readonly options: WecomHandoffOptions) {}

  async deliver(item: OutboxItem): Promise<string | undefined> {
    switch (item.kind) {
      case 'handoff.requested': {
        const payload = readPayload(handoffRequestedSchema, item);
        const customer = await this.wecomCustomer(payload.conversationId);
        if (!customer) return undefined;
        const { target } = this.options;
        await this.options.api.transferServiceState({
          ...customer,
          state: target.to === 'servicer' ? SERVICE_STATE.person : SERVICE_STATE.queue,
          servicerUserId: target.to === 'servicer' ? target.servicerUserId : undefined,
        });
        return `state:${target.to}`;
      }
      case 'handoff.status': {
        const payload = readPayload(handoffStatusSchema, item);
        if (payload.status !== 'resolved') return undefined;
        const customer = await this.wecomCustomer(payload.conversationId);
        if (!customer) return undefined;
        await this.options.api.transferServiceState({ ...customer, state: SERVICE_STATE.ended });
        return 'state:ended';
      }
      // The customer's later words reach WeCom's servicer in WeCom itself; a message parked for the
      // customer, or a picture that could not go, is news for our own desks. Nothing to relay.
      case 'customer.message':
      case 'handoff.overdue':
      case 'delivery.parked':
      case 'delivery.failed':
        return undefined;
      default:
        throw new ValidationError('wecom_desk_unknown_item', `The WeCom desk cannot deliver ${item.kind}`);
    }
  }

  private async wecomCustomer(conversationId: number): Promise<{ openKfId: string; externalUserId: string } | undefined> {
    const conversation = await this.options.conversation(conversationId);
    if (conversation.channel !== 'wecom') return undefined;
    const window = await this.options.state.window(conversation.customerRef);
    if (!window) return undefined;
    return { openKfId: window.openKfId, externalUserId: conversation.customerRef };
  }
}

/**
 * An item this desk cannot read is refused as a ValidationError, like every desk's: the relay gives
 * it up at once for a person to see, instead of retrying a payload that will never parse.
 */
function readPayload<T extends z.ZodType>(schema: T, item: OutboxItem): z.output<T> {
  const parsed = schema.safeParse(item.payload);
  if (!parsed.success) throw new ValidationError('bad_desk_payload', `Outbox item ${item.id} (${item.kind}) is not a valid WeCom desk payload`, parsed.error);
  return parsed.data;
}
