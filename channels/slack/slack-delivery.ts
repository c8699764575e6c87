/**
 * `SlackDelivery` delivers the Slack desk's copies of handoff items: the handoff post (its ts becomes the conversation's
 * thread), relayed customer messages into that thread, changes of hands (a thread line plus a
 * redraw of the post), overdue re-announcements and private notes to one agent.
 *
 * Each post is marked started before the call and confirmed with Slack's ts after it, and
 * carries its outbox id as message metadata: a resend after a crash returns the recorded ts,
 * or finds the post whose answer was lost, instead of posting twice.
 */
import fs from 'node:fs/promises';
import type { z } from 'zod';
import { customerMessageSchema, deliveryParkedSchema, handoffRequestedSchema, handoffStatusSchema } from '../../bot/handoff-payloads';
import { redact } from '../../bot/redaction';
import type { Clock } from '../../kernel/clock';
import { isAppError, ValidationError } from '../../kernel/errors';
import type { OutboxItem } from '../../tickets/outbox';
import type { TicketStore } from '../../tickets/ticket-store';
import type { DeskPosts } from './desk-posts';
import { agentNoticeSchema, announcementSchema, SLACK_DESK, slackOverdueSchema, type Announcement } from './desk-payloads';
import { announcementBlocks, customerMessage, overdueNotice, statusLine, type Rendered } from './handoff-blocks';
import type { HandoffThreads } from './handoff-threads';
import type { SlackApi } from './slack-api';

export interface SlackDeliveryDeps {
  api: SlackApi;
  posts: DeskPosts;
  threads: HandoffThreads;
  tickets: TicketStore;
  clock: Clock;
  /** The agents' channel (C0123...). */
  channelId: string;
  timeZone: string;
}

export class SlackDelivery {
  constructor(private readonly deps: SlackDeliveryDeps) {}

  /** The relay's `deliver`: returns Slack's ts of what was posted. */
  async deliver(item: OutboxItem): Promise<string | undefined> {
    switch (item.kind) {
      case 'handoff.requested':
        return this.handoff(item);
      case 'customer.message':
        return this.customerMessage(item);
      case 'handoff.status':
        return this.status(item);
      case 'handoff.overdue':
        return this.overdue(item);
      case 'delivery.parked':
      case 'delivery.failed':
        return this.parked(item);
      case 'agent.notice': {
        const p = parse(agentNoticeSchema, item);
        return this.deps.api.postEphemeral(p.channelId, p.user, p.text, p.threadTs);
      }
      default:
        throw new ValidationError('unknown_desk_delivery', `The Slack desk does not know how to deliver "${item.kind}" (outbox item ${item.id})`);
    }
  }

  private async handoff(item: OutboxItem): Promise<string> {
    const p = parse(handoffRequestedSchema, item);
    const ticket = p.ticketNumber ? await this.deps.tickets.find(p.ticketNumber) : undefined;
    // Only fields without personal data: the contact phone, address and the restored symptom stay out.
    const announcement: Announcement = announcementSchema.parse({
      conversationId: p.conversationId,
      ticketNumber: p.ticketNumber,
      customerId: ticket?.customerId,
      channel: p.channel,
      category: ticket?.category,
      brand: ticket?.brand,
      model: ticket?.model,
      errorCode: ticket?.errorCode,
      warranty: ticket?.warrantyStatus ?? 'unknown',
      priority: ticket?.priority ?? p.priority ?? p.urgency,
      sentiment: ticket?.sentiment ?? p.sentiment,
      // A handoff with no ticket (a bare request for a person) brings its own clock.
      firstResponseDue: ticket?.firstResponseDue ?? p.firstResponseDue,
      reason: p.reason,
      intent: p.intent,
      summary: scrub(p.summary),
      lastMessages: p.lastMessages.map((m) => ({ role: m.role, text: scrub(m.text) })),
    });
    const ts = await this.postOnce(item, this.deps.channelId, undefined, announcementBlocks(announcement, { status: 'waiting' }, this.deps.timeZone));
    await this.deps.threads.record({
      conversationId: p.conversationId,
      ticketNumber: p.ticketNumber,
      desk: SLACK_DESK,
      channelId: this.deps.channelId,
      threadTs: ts,
      announcement,
      postedAt: this.deps.clock.now().toISOString(),
    });
    return ts;
  }

  private async customerMessage(item: OutboxItem): Promise<string> {
    const p = parse(customerMessageSchema, item);
    const thread = await this.deps.threads.latestFor(p.conversationId, SLACK_DESK);
    const rendered = customerMessage(scrub(p.text), p.attachments);
    if (thread) {
      const ts = await this.postOnce(item, thread.channelId, thread.threadTs, rendered);
      for (const [i, image] of (p.images ?? []).entries()) await this.uploadImage(thread.channelId, thread.threadTs, image, i);
      return ts;
    }
    // No thread (its handoff post was parked as dead): say so in the channel rather than drop it.
    const orphan = { ...rendered, text: `对话 Conversation #${p.conversationId}${p.ticketNumber ? ` (${p.ticketNumber})` : ''}: ${rendered.text}` };
    return this.postOnce(item, this.deps.channelId, undefined, { text: orphan.text });
  }

  /** A message the customer's platform holds until they write again, or a picture it will not take: a line in the thread (or the channel). */
  private async parked(item: OutboxItem): Promise<string> {
    const p = parse(deliveryParkedSchema, item);
    const thread = await this.deps.threads.latestFor(p.conversationId, SLACK_DESK);
    const text = `⚠️ ${p.notice}${p.excerpt ? `\n> ${scrub(p.excerpt)}` : ''}`;
    if (thread) return this.postOnce(item, thread.channelId, thread.threadTs, { text });
    return this.postOnce(item, this.deps.channelId, undefined, { text: `对话 Conversation #${p.conversationId}: ${text}` });
  }

  /**
   * A customer's photo (a receipt, the fault) into the thread, so the agent sees it where they
   * work. One the server no longer keeps is said, not skipped: the agent knows one was sent.
   */
  private async uploadImage(channel: string, threadTs: string, image: { ref: string; mimeType?: string }, index: number): Promise<void> {
    let data: Buffer;
    try {
      data = await fs.readFile(image.ref);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await this.deps.api.post({ channel, threadTs, text: "客户发来的照片已不在服务器上（未保留）/ The customer's photo is no longer kept on the server." });
      return;
    }
    const ext = image.mimeType === 'image/png' ? 'png' : image.mimeType === 'image/webp' ? 'webp' : 'jpg';
    await this.deps.api.uploadFile({ channel, threadTs, data, filename: `customer-photo-${index + 1}.${ext}`, title: '客户照片 Customer photo' });
  }

  private async status(item: OutboxItem): Promise<string | undefined> {
    const p = parse(handoffStatusSchema, item);
    const thread = await this.deps.threads.latestFor(p.conversationId, SLACK_DESK);
    if (!thread) return undefined; // never announced: nothing in Slack to update
    const state = { status: p.status, by: p.by, reason: p.reason, ticketStaysOpen: p.ticketStaysOpen };
    const ts = await this.postOnce(item, thread.channelId, thread.threadTs, statusLine(state));
    const announcement = announcementSchema.safeParse(thread.announcement);
    if (announcement.success) {
      // Redrawing is idempotent, so a resend simply draws it again.
      const drawn = announcementBlocks(announcement.data, state, this.deps.timeZone);
      await this.deps.api.update(thread.channelId, thread.threadTs, drawn.text, drawn.blocks ?? []);
    }
    return ts;
  }

  /** Broadcast from the live thread of the handoff, with its buttons; a handoff never posted here has nothing to re-announce. */
  private async overdue(item: OutboxItem): Promise<string | undefined> {
    const p = parse(slackOverdueSchema, item);
    const thread = p.channelId && p.threadTs ? { channelId: p.channelId, threadTs: p.threadTs } : await this.deps.threads.latestFor(p.conversationId, SLACK_DESK);
    if (!thread) return undefined;
    return this.postOnce(item, thread.channelId, thread.threadTs, overdueNotice(p.ticketNumber, p.conversationId, p.firstResponseDue, this.deps.timeZone), true);
  }

  private async postOnce(item: OutboxItem, channel: string, threadTs: string | undefined, rendered: Rendered, broadcast = false): Promise<string> {
    const { api, posts, clock } = this.deps;
    const earlier = await posts.get(item.id);
    if (earlier?.ts) return earlier.ts;
    if (earlier) {
      const found = await this.findEarlier(channel, item.id, new Date(earlier.startedAt), threadTs);
      if (found) {
        await posts.confirm(item.id, channel, found, clock.now());
        return found;
      }
    } else {
      await posts.begin(item.id, clock.now());
    }
    const { ts } = await api.post({ channel, threadTs, broadcast, text: rendered.text, blocks: rendered.blocks, outboxId: item.id });
    await posts.confirm(item.id, channel, ts, clock.now());
    return ts;
  }

  /** A lookup Slack refuses for good (a missing scope) must not park the item: post, at worst twice. */
  private async findEarlier(channel: string, outboxId: number, since: Date, threadTs?: string): Promise<string | undefined> {
    try {
      return await this.deps.api.findOutboxPost(channel, outboxId, since, threadTs);
    } catch (error) {
      if (isAppError(error) && !error.retryable) return undefined;
      throw error;
    }
  }
}

/** Personal data was redacted when queued; a second pass costs little and guards every path. */
function scrub(text: string): string {
  return redact(text).text;
}

function parse<T extends z.ZodType>(schema: T, item: OutboxItem): z.output<T> {
  const parsed = schema.safeParse(item.payload);
  if (!parsed.success) {
    throw new ValidationError(
      'bad_desk_payload',
      `Outbox item ${item.id} (${item.kind}) is not a valid desk payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      parsed.error,
    );
  }
  return parsed.data;
}
