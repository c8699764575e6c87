/**
 * How a channel's relay delivers what the outbox holds for its customers: a message (text, with
 * its ticket and quick replies) or a picture that follows one (bot/outbound-image.ts). Pictures
 * the platform will not take are given up and the desks are told why; the text they followed has
 * already gone.
 */
import { ValidationError } from '../kernel/errors';
import type { DeliveryProgress } from './channel';
import type { OutboxItem } from '../tickets/outbox';
import { outboundMessageSchema, type OutboundMessage } from './messages';
import { IMAGE_ITEM_KIND, NOT_SENT_REASONS, outboundImageSchema, type NotSentReason, type OutboundImage } from './outbound-image';

export interface CustomerSender {
  /** `progress` records each platform message of a delivery in several parts, so a retry skips those sent. */
  send(message: OutboundMessage, progress?: DeliveryProgress): Promise<{ externalRef?: string }>;
  /** Throws an UpstreamError (retryable or not) when the platform refuses, a ValidationError when it never will. */
  sendImage(image: OutboundImage): Promise<{ externalRef?: string }>;
}

/** The relay's `deliver` for a `customer:*` destination. A malformed item is refused for good (parked, not retried). */
export function deliverCustomerItem(sender: CustomerSender): (item: OutboxItem, progress?: DeliveryProgress) => Promise<string | undefined> {
  return async (item, progress) => {
    if (item.kind === IMAGE_ITEM_KIND) {
      const parsed = outboundImageSchema.safeParse(item.payload);
      if (!parsed.success) throw new ValidationError('invalid_outbox_item', `Outbox item ${item.id} is not a picture for a customer`, parsed.error);
      return (await sender.sendImage(parsed.data)).externalRef;
    }
    const parsed = outboundMessageSchema.safeParse(item.payload);
    if (!parsed.success) throw new ValidationError('invalid_outbox_item', `Outbox item ${item.id} is not an outbound message`, parsed.error);
    return (await sender.send(parsed.data, progress)).externalRef;
  };
}

/** What the desks are told when a picture is given up: the platform's or our own reason. */
export function refusalReason(error: unknown): NotSentReason {
  const detail = String((error as Error)?.message ?? error).slice(0, 300);
  return { zh: `${NOT_SENT_REASONS.refused.zh}：${detail}`, en: `${NOT_SENT_REASONS.refused.en}: ${detail}` };
}

/** The relay's `onGivenUp`: a picture given up is announced to the desks (other items need no word here). */
export interface PictureGivenUp {
  imageNotSent(conversationId: number, reason: NotSentReason): Promise<void>;
}

export function announceImageGivenUp(handoffs: PictureGivenUp | undefined) {
  return async (item: OutboxItem, error: unknown): Promise<void> => {
    if (item.kind !== IMAGE_ITEM_KIND || !handoffs) return;
    const parsed = outboundImageSchema.safeParse(item.payload);
    if (parsed.success) await handoffs.imageNotSent(parsed.data.conversationId, refusalReason(error));
  };
}

/**
 * What a desk notice about a waiting customer item says of it: whose, who wrote it, and its
 * start (a picture is "[图片 / picture]"). Undefined for an item that is not a customer message.
 */
export function waitingItemSummary(item: OutboxItem): { conversationId: number; kind: OutboundMessage['kind']; excerpt: string } | undefined {
  if (item.kind === IMAGE_ITEM_KIND) {
    const image = outboundImageSchema.safeParse(item.payload);
    return image.success ? { conversationId: image.data.conversationId, kind: image.data.kind, excerpt: '[图片 / picture]' } : undefined;
  }
  const message = outboundMessageSchema.safeParse(item.payload);
  return message.success ? { conversationId: message.data.conversationId, kind: message.data.kind, excerpt: message.data.text.slice(0, 120) } : undefined;
}
