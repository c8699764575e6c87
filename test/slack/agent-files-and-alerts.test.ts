/**
 * What an agent types in a handoff's thread, over signed requests to the real Bolt receiver: a
 * message with a file is never dropped (its text goes out, the agent is told about the file), and
 * in the alerts-only thread mode nothing reaches the customer without the explicit command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerDestination } from '../../bot/customer-deliveries';
import type { OutboundMessage } from '../../bot/messages';
import { AGENT, CHANNEL, openSlackWorld, type SlackWorld } from '../../testing/slack-world';

async function handedOff(world: SlackWorld, ref: string): Promise<{ conversationId: number; threadTs: string; ticketNumber: string }> {
  await world.customer('海尔冰箱不制冷了', ref);
  const escalated = await world.customer('转人工', ref);
  await world.drain();
  const threadTs = await world.threadOf(escalated.conversationId);
  expect((await world.click('takeOver', escalated.conversationId)).status).toBe(200);
  await world.drain();
  return { conversationId: escalated.conversationId, threadTs, ticketNumber: escalated.ticket!.number };
}

const toCustomer = async (world: SlackWorld): Promise<OutboundMessage[]> =>
  (await world.assistant.desk.outbox.due(customerDestination('web'), world.clock.now(), 100)).map((i) => i.payload as OutboundMessage).filter((m) => m.kind === 'agent');

/** Private notices to the agent, as posted in the thread. */
const noticesIn = (world: SlackWorld, threadTs: string) => world.slack.ephemerals.filter((e) => e.thread_ts === threadTs && e.user === AGENT).map((e) => e.text);

describe("an agent's message with a file", () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld();
  });
  afterAll(async () => world?.close());

  it('sends the text and tells the agent the file did not go', async () => {
    const { conversationId, threadTs } = await handedOff(world, 'web-file-1');
    const said = await world.agentSays('这是维修点地址的截图，请查收', threadTs, { subtype: 'file_share', files: [{ id: 'F01', name: 'map.png' }] });
    expect(said.status).toBe(200);
    expect((await toCustomer(world)).map((m) => m.text)).toContain('这是维修点地址的截图，请查收');
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/文字已发给客户，附件没有.*file was not sent/s);
    expect((await world.assistant.desk.conversations.history(conversationId, 50)).at(-1)).toMatchObject({ author: `agent:slack:${AGENT}` });
  });

  it('tells the agent when a file came with no text at all', async () => {
    const { threadTs } = await handedOff(world, 'web-file-2');
    const before = (await toCustomer(world)).length;
    expect((await world.agentSays('', threadTs, { subtype: 'file_share', files: [{ id: 'F02', name: 'invoice.pdf' }] })).status).toBe(200);
    expect((await toCustomer(world)).length).toBe(before);
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/附件没有发给客户.*file was not sent/s);
    expect(world.errors).toEqual([]);
  });
});

describe('the alerts-only thread mode (SLACK_THREAD_MODE=alerts)', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await openSlackWorld(undefined, { SLACK_THREAD_MODE: 'alerts' });
  });
  afterAll(async () => world?.close());

  it('keeps what the team types as notes, and sends only what is given with !reply or 回复：', async () => {
    const { threadTs, ticketNumber } = await handedOff(world, 'web-alerts-1');
    await world.agentSays('这个客户上周也报过，可能是压缩机', threadTs);
    await world.agentSays('<@U0OTHER> 你看下这个单子', threadTs);
    expect(await toCustomer(world)).toEqual([]);
    const notes = (await world.assistant.desk.tickets.events(ticketNumber)).filter((e) => e.kind === 'note');
    expect(notes.map((n) => JSON.stringify(n))).toEqual([expect.stringContaining('可能是压缩机'), expect.stringContaining('你看下这个单子')]);
    await world.drain();
    expect(noticesIn(world, threadTs).at(-1)).toMatch(/没有发给客户.*!reply/s);

    await world.agentSays('!reply 您好，师傅明天上午上门检查', threadTs);
    await world.agentSays('回复：请保持电话畅通', threadTs);
    expect((await toCustomer(world)).map((m) => m.text)).toEqual(['您好，师傅明天上午上门检查', '请保持电话畅通']);
    expect(world.errors).toEqual([]);
    expect(world.slack.posts(CHANNEL).length).toBeGreaterThan(0);
  });
});
