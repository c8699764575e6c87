/**
 * Ticket spam (issue 18): one anonymous message per fresh chat used to file a ticket and post to
 * the desk every time (about 150 a minute from one address). A ticket from a chat's very first
 * message is allowed only a few times an hour per chat and per address, handoffs to the desk are
 * limited per address, and the counts live in the database, so a restart does not reset them.
 * A conversation that has talked before files as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssistant, type Assistant } from '../../app/assistant';
import { loadConfig } from '../../app/config';
import type { TurnResult } from '../../bot/pipeline';
import { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { FixedClock } from '../../kernel/clock';
import { tempDir } from '../../testing/temp-dir';
import { sqliteOf } from '../../testing/desk';

describe('tickets and handoffs from a stream of anonymous chats', () => {
  const temp = tempDir('spam-');
  const clock = new FixedClock('2026-11-24T02:00:00Z');
  const env = { AFTERSALES_DATA_DIR: temp.dir, TICKETS_FIRST_MESSAGE_PER_HOUR: '3', HANDOFFS_PER_IP_PER_HOUR: '5' };
  let assistant: Assistant;
  let n = 0;

  beforeAll(async () => {
    assistant = await openAssistant(loadConfig(env), { clock, sms: new LogSmsSender(() => undefined) });
  });
  afterAll(async () => {
    await assistant?.close();
    temp.cleanup();
  });

  const say = (session: string, text: string, ip = '203.0.113.50'): Promise<TurnResult> => {
    clock.advance(1_000);
    return assistant.bot.handle({ channel: 'web', channelMessageId: `m-${++n}`, customerRef: session, text, receivedAt: clock.now().toISOString(), client: { ip } });
  };
  const count = async (sql: string) => (await sqliteOf(assistant.desk).db.get<{ n: number }>(sql))!.n;

  const COMPLAINT = '我要投诉，你们的安装师傅把我家地板划坏了，一直没人处理';
  const tickets = () => count('SELECT count(*) AS n FROM tickets');
  // Each test writes from its own address and counts what it adds, so the tests hold in any order
  // (vitest shuffles them): the limits are per address and per chat.

  it('files only a few tickets from first messages of fresh chats on one address', async () => {
    const before = await tickets();
    for (let i = 0; i < 8; i++) await say(`fresh-${i}`, COMPLAINT, '203.0.113.50');
    expect((await tickets()) - before).toBe(3);
  });

  it('still files for a chat that has talked before (a confirmed repair)', async () => {
    // The address has used its first-message tickets already.
    for (let i = 0; i < 4; i++) await say(`busy-${i}`, COMPLAINT, '203.0.113.51');
    const before = await tickets();
    for (const text of ['我要报修，美的洗衣机不排水', 'MG80V330WDX', '去年3月买的', '13800001111', '上海市浦东新区世纪大道100号', '是']) await say('engaged-1', text, '203.0.113.51');
    expect((await tickets()) - before).toBe(1);
  });

  it('hands off to the desk only a few times an hour from one address, and another address is unaffected', async () => {
    const before = await count("SELECT count(*) AS n FROM outbox WHERE kind = 'handoff.requested'");
    const replies: TurnResult[] = [];
    for (let i = 0; i < 9; i++) {
      const session = `human-${i}`;
      await say(session, '你好', '203.0.113.60');
      replies.push(await say(session, '转人工', '203.0.113.60'));
    }
    const handoffs = (await count("SELECT count(*) AS n FROM outbox WHERE kind = 'handoff.requested'")) - before;
    expect(handoffs).toBe(5);
    expect(replies.filter((r) => r.mode === 'handoff_requested')).toHaveLength(5);
    // A refused handoff still answers the customer.
    expect(replies.at(-1)!.replies[0]!.text.length).toBeGreaterThan(0);
    // ...and honestly: it never says the message was passed to a person.
    expect(replies.at(-1)!.replies[0]!.text).toMatch(/没能为您转到人工/);
    expect(replies.at(-1)!.replies[0]!.text).not.toMatch(/已(转|交)给|转接人工客服，请稍候|热线/);
    const elsewhere = await say('other-ip', '转人工', '198.51.100.20');
    expect(elsewhere.mode).toBe('handoff_requested');
  });

  it('still hands a danger report from that address to a person, with a ticket, up to a higher ceiling', async () => {
    // An address that has used its ordinary allowance (a building or a mobile network shares one);
    // used up here, so this test does not lean on the one above (tests run shuffled).
    for (let i = 0; i < 6; i++) await say(`shared-ip-human-${i}`, '转人工', '203.0.113.62');
    const danger = await say('gas-on-shared-ip', '厨房里好大一股煤气味，怎么办', '203.0.113.62');
    expect(danger.mode).toBe('handoff_requested');
    expect(danger.ticket?.priority).toBe('P1');
    expect(danger.replies[0]!.text).toMatch(/关闭|开窗|不要/);
    // The ceiling for danger: three times the ordinary allowance (5), so 15 in all from one address.
    const more: TurnResult[] = [];
    for (let i = 0; i < 12; i++) more.push(await say(`gas-flood-${i}`, '有很重的燃气味', '203.0.113.61'));
    const reached = more.filter((r) => r.mode === 'handoff_requested').length;
    expect(reached).toBe(12);
    for (let i = 12; i < 18; i++) more.push(await say(`gas-flood-${i}`, '有很重的燃气味', '203.0.113.61'));
    expect(more.filter((r) => r.mode === 'handoff_requested').length).toBe(15);
    // Refused or not, every danger report gets its safety advice.
    expect(more.at(-1)!.replies[0]!.text).toMatch(/关闭|开窗|不要/);
  });

  it('keeps the counts across a restart', async () => {
    const before = await tickets();
    for (let i = 0; i < 4; i++) await say(`pre-restart-${i}`, COMPLAINT, '203.0.113.70');
    expect((await tickets()) - before).toBe(3);
    await assistant.close();
    assistant = await openAssistant(loadConfig(env), { clock, sms: new LogSmsSender(() => undefined) });
    await say('after-restart', COMPLAINT, '203.0.113.70');
    expect((await tickets()) - before).toBe(3);
  });

  it('lets the same message file again an hour later', async () => {
    for (let i = 0; i < 4; i++) await say(`this-hour-${i}`, COMPLAINT, '203.0.113.80');
    const before = await tickets();
    await say('still-this-hour', COMPLAINT, '203.0.113.80');
    expect(await tickets()).toBe(before);
    clock.advance(61 * 60_000);
    await say('next-hour', COMPLAINT, '203.0.113.80');
    expect(await tickets()).toBe(before + 1);
  });
});
