import { describe, expect, it } from 'vitest';
import { inboundMessageSchema } from '../../bot/messages';
import { inbound } from '../../testing/desk';

// What a ConversationStore promises is checked on every implementation by
// test/contracts/stores/conversation-store.contract.ts (test/storage/conversation-store.test.ts).
describe('inbound messages', () => {
  it('refuses malformed messages with the field named', () => {
    expect(() => inboundMessageSchema.parse(inbound('', 'x'))).toThrow(/needs text or an attachment/);
    expect(() => inboundMessageSchema.parse(inbound('x'.repeat(50_001), 'x'))).toThrow(/longer than 50000/);
    expect(() => inboundMessageSchema.parse({ ...inbound('hi', 'x'), receivedAt: 'yesterday' })).toThrow();
    expect(() => inboundMessageSchema.parse({ ...inbound('hi', 'x'), channel: 'fax' })).toThrow();
  });
});
