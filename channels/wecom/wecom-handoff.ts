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
        const payload = handoffRequestedSchema.parse(item.payload);
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
        const payload = handoffStatusSchema.parse(item.payload);
        if (payload.status !== 'resolved') return undefined;
        const customer = await this.wecomCustomer(payload.conversationId);
        if (!customer) return undefined;
        await this.options.api.transferServiceState({ ...customer, state: SERVICE_STATE.ended });
        return 'state:ended';
      }
      // A message parked for the customer is news for our own desks; WeCom's people see the chat itself.
      case 'customer.message':
      case 'handoff.overdue':
      case 'delivery.parked':
        // The customer's later words reach WeCom's servicer in WeCom itself; nothing to relay.
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
