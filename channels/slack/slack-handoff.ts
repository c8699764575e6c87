/**
 * `SlackHandoff`: the `Handoff` port on Slack. Handoffs become posts in the agents' channel,
 * the customer's later messages and changes of hands go into the post's thread; agents answer
 * in that thread and with the post's buttons (SlackInteractions turns those into `HandoffDesk`
 * calls). Delivery itself is SlackDelivery's, behind the outbox.
 */
import type { Handoff } from '../../bot/handoff';
import type { OutboxItem } from '../../tickets/outbox';
import { SLACK_DESK } from './desk-payloads';
import type { SlackDelivery } from './slack-delivery';

export class SlackHandoff implements Handoff {
  readonly name = SLACK_DESK;

  constructor(private readonly delivery: SlackDelivery) {}

  deliver(item: OutboxItem): Promise<string | undefined> {
    return this.delivery.deliver(item);
  }
}
