/**
 * A picture for the customer (an agent's photo or screenshot), queued as its own outbox item
 * right after the message it came with, in the same lane (the customer), so the relay sends it
 * after the text and a failed picture never holds the text back. The bytes stay in the uploads
 * folder; the item names the file.
 */
import { z } from 'zod';
import { CHANNELS, type ChannelName } from '../tickets/ticket';
import { attachmentSchema, type Attachment } from './messages';

/** Outbox kind of a picture for the customer (a message is `message`). */
export const IMAGE_ITEM_KIND = 'image';

export const outboundImageSchema = z.object({
  channel: z.enum(CHANNELS),
  /** The lane: the same customer as the message it follows. */
  customerRef: z.string().min(1),
  conversationId: z.number().int().positive(),
  kind: z.literal('agent'),
  image: attachmentSchema.extend({ kind: z.literal('image') }),
});
export type OutboundImage = z.infer<typeof outboundImageSchema>;

/** Why a picture did not reach the customer, in both languages, for the agent. */
export interface NotSentReason {
  zh: string;
  en: string;
}

/** The line the desks show: "图片未发送：… / Image not sent: …". */
export function imageNotSentNotice(reason: NotSentReason): string {
  return `图片未发送：${reason.zh} / Image not sent: ${reason.en}`;
}

export const NOT_SENT_REASONS = {
  voice: { zh: '客户通过电话联系，电话和短信无法发送图片，文字已照常发送。', en: 'the customer is on the phone; calls and SMS cannot carry pictures. The text was sent.' },
  noChannel: { zh: '客户所在的渠道无法接收图片，文字已照常发送。', en: "the customer's channel cannot receive pictures. The text was sent." },
  unverifiedAccount: {
    zh: '未认证的公众号只能被动回复文字，无法给客户发图片，文字已照常发送。',
    en: 'an unverified WeChat Official Account can only answer with text; the text was sent.',
  },
  refused: { zh: '客户所在的平台拒收了这张图片', en: "the customer's platform refused the picture" },
} as const satisfies Record<string, NotSentReason>;

/**
 * Whether pictures can reach a customer on this channel at all (known before sending): the phone
 * has no way to, and an unverified official account can only answer passively, with text.
 * Returns the reason when they cannot.
 */
export type ImageReach = (channel: ChannelName) => NotSentReason | undefined;

export function imageReach(options: { officialAccount?: 'verified' | 'unverified' } = {}): ImageReach {
  return (channel) => {
    switch (channel) {
      case 'web':
      case 'wechat':
      case 'wecom':
        return undefined;
      case 'wechat_oa':
        return options.officialAccount === 'unverified' ? NOT_SENT_REASONS.unverifiedAccount : undefined;
      case 'voice':
        return NOT_SENT_REASONS.voice;
      default:
        return NOT_SENT_REASONS.noChannel;
    }
  };
}

export function imagesOf(attachments: Attachment[] | undefined): (Attachment & { kind: 'image' })[] {
  return (attachments ?? []).filter((a): a is Attachment & { kind: 'image' } => a.kind === 'image');
}
