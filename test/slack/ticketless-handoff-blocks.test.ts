/**
 * The Slack desk's posts for a handoff with no ticket (a bare request for a person): the post says
 * there is no ticket and shows the handoff's own first-response clock; the overdue alarm names the
 * conversation instead of a ticket.
 */
import { describe, expect, it } from 'vitest';
import { announcementBlocks, overdueNotice } from '../../channels/slack/handoff-blocks';
import { announcementSchema } from '../../channels/slack/desk-payloads';

describe('a handoff with no ticket in Slack', () => {
  it('is posted with "no ticket" and its own clock', () => {
    const announcement = announcementSchema.parse({
      conversationId: 41,
      channel: 'web',
      priority: 'P4',
      firstResponseDue: '2026-11-25T02:00:00.000Z',
      reason: 'customer_request',
      summary: 'Customer asked for a person',
      lastMessages: [{ role: 'customer', text: 'a human please' }],
    });
    const drawn = announcementBlocks(announcement, { status: 'waiting' }, 'Asia/Shanghai');
    const shown = JSON.stringify(drawn.blocks);
    expect(shown).toContain('No ticket');
    expect(shown).not.toMatch(/First response due\*\\n—/);
    expect(drawn.text).toContain('No ticket');
  });

  it('is flagged overdue by its conversation', () => {
    const notice = overdueNotice(undefined, 41, '2026-11-25T02:00:00.000Z', 'Asia/Shanghai');
    expect(notice.text).toContain('#41');
    expect(notice.text).toContain('No ticket');
    expect(notice.text).not.toContain('undefined');
  });
});
