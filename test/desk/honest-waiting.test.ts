/**
 * Honest waiting, through the whole offline assistant (real SQLite, the shipped knowledge base,
 * the offline brain): at a handoff the customer hears the real wait when someone has the desk
 * open, and otherwise when someone will contact them, inside business hours, with a phone number
 * asked for; while waiting, danger, status, the wait itself and plain knowledge-base questions
 * are still answered, and anything else gets a short word that never repeats itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WEB_DESK } from '../../agent-desk/web-desk-handoff';
import { withoutHastyPromise } from '../../bot/honest-wait';
import { openWorld, type World } from '../../testing/world';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const deskItems = async (): Promise<Record<string, unknown>[]> =>
  (await world!.assistant.desk.outbox.due(WEB_DESK, new Date('2100-01-01'), 500)).map((i) => ({ kind: i.kind, ...(i.payload as Record<string, unknown>) }));
const online = (name = 'li', id = 1) => world!.assistant.presence.connect({ id, name, role: 'agent' });

describe('a handoff with nobody at the desk', () => {
  it('says so, promises a time inside business hours, asks for a number, and keeps answering what it can', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z')); // 10:00 in China
    const wang = w.customer('honest-none');
    const handed = await wang.say('烤箱门关不严，我要转人工');
    expect(handed.mode).toBe('handoff_requested');
    const number = handed.ticket!.number;
    expect(handed.text).toContain('此刻没有空闲的客服');
    expect(handed.text).toContain(`工单 ${number}`);
    expect(handed.text).toMatch(/客服会在 11月25日 10:00 前联系您/); // the ticket's first-response deadline, inside 8:00-20:00
    expect(handed.text).toMatch(/方便留一个手机号吗/);
    expect(handed.text).not.toMatch(/马上|立即|立刻/);

    // The number asked for goes on the ticket; it is said back masked.
    const phone = await wang.say('13912345678');
    expect(phone.text).toMatch(/139\*\*\*\*5678.*工单/);
    expect(phone.text).not.toContain('13912345678');
    expect((await w.assistant.desk.tickets.get(number)).contactPhone).toBe('13912345678');

    // A new danger report still gets its safety advice at once, and reaches the desk as urgent.
    const sparks = await wang.say('热水器在冒火花！');
    expect(sparks.text).toMatch(/安全提示|断电|电闸|关闭/);
    expect(sparks.text).toMatch(/紧急/);
    expect((await deskItems()).some((i) => i.kind === 'customer.message' && i.urgent === true && String(i.text).includes('冒火花'))).toBe(true);
    expect((await w.assistant.desk.tickets.get(number)).priority).toBe('P1'); // up the desk's queue

    // A status question gets the ticket's status; a question about the wait gets the truth.
    const status = await wang.say('我的工单到哪一步了');
    expect(status.text).toContain(`工单 ${number}`);
    expect(status.text).toMatch(/最迟 .+ 前会有人联系您/);
    const wait = await wang.say('还要等多久？');
    // The danger made it P1: a one-hour first response from when it was filed.
    expect(wait.text).toMatch(/此刻没有空闲的客服.*最迟 11月24日 11:00 前会有人联系您/);

    // A plain question the knowledge base answers is answered, and still passed on.
    const fee = await wang.say('上门维修收费吗？');
    expect(fee.text).toMatch(/依据|保修期/); // (answered for the product named with the request, when there is one)
    expect(fee.text).toMatch(/转给人工客服/);

    // Anything else: a short word, never the same as the one before.
    const acks = [];
    for (const text of ['好的', '嗯', '行吧', '知道了']) acks.push((await wang.say(text)).text);
    for (let i = 1; i < acks.length; i++) expect(acks[i]).not.toBe(acks[i - 1]);
    for (const ack of acks) expect(ack).toMatch(/人工客服/);
    // Every message reached the desk.
    expect((await deskItems()).filter((i) => i.kind === 'customer.message')).toHaveLength(9);
  });

  it('outside business hours says when people work and promises a time inside them, even with someone online', async () => {
    const w = (world = await openWorld({}, '2026-11-24T14:00:00Z')); // 22:00 in China
    const leave = online();
    const said = await w.customer('honest-night').say('I want to talk to a person');
    expect(said.text).toMatch(/Our agents work 8:00–20:00 China time/);
    // The deadline (22:00 tomorrow) is outside business hours: the last closing time before it, never after the SLA.
    expect(said.text).toMatch(/someone will contact you by 25 Nov, 20:00/);
    expect(said.text).toMatch(/Could you leave a phone number/);
    expect(said.text).not.toMatch(/right away|immediately/i);
    leave();
  });
});

describe('a handoff with someone at the desk', () => {
  it('gives the expected wait from the queue ahead and how long pickups have taken', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const leave = online();
    // Nobody ahead and no history yet: a few minutes, not "马上".
    const first = await w.customer('honest-1').say('洗衣机不排水 转人工');
    expect(first.text).toMatch(/现在有 1 位客服在线，预计约 4 分钟内会有客服在这里回复您（工单号 AS-/);
    expect(first.text).not.toMatch(/马上/);
    // Two waiting ahead, one person: three rounds.
    await w.customer('honest-2').say('转人工');
    const third = await w.customer('honest-3').say('转人工');
    expect(third.text).toMatch(/您前面还有 2 位客户在等，预计约 12 分钟内/);

    // Pickups take one minute from now on: with nobody ahead, "马上" is the truth.
    for (const turn of [first, third]) {
      await w.assistant.handoffs.takeOver(turn.conversationId, 'web-desk:li');
      await w.assistant.handoffs.resolve(turn.conversationId, 'web-desk:li');
    }
    const second = (await w.assistant.desk.handoffQueue.waiting())[0]!;
    await w.assistant.handoffs.returnToBot(second.conversationId, 'agent:web-desk:li', 'agent');
    const quick = await w.customer('honest-4').say('转人工');
    w.clock.advance(60_000);
    await w.assistant.handoffs.takeOver(quick.conversationId, 'web-desk:li');
    await w.assistant.handoffs.resolve(quick.conversationId, 'web-desk:li');
    const typical = (await w.assistant.desk.handoffQueue.recentPickups(new Date(0), 20)).sort((a, b) => a - b);
    const median = typical[Math.floor(typical.length / 2)]!;
    expect(median).toBeLessThanOrEqual(2 * 60_000);
    const now = await w.customer('honest-5').say('转人工');
    // (A bare request for a person files no ticket: no number is named.)
    expect(now.text).toMatch(/现在有客服在线，马上会在这里回复您。/);
    expect(now.text).not.toMatch(/工单号 AS-/);
    leave();
  });

  it('keeps out of a conversation a person is answering, but for danger', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const leave = online();
    const zhao = w.customer('honest-agent');
    const handed = await zhao.say('转人工');
    await w.assistant.handoffs.takeOver(handed.conversationId, 'web-desk:li');
    expect((await zhao.say('好的，我等您消息')).replies).toEqual([]);
    const smoke = await zhao.say('插座冒烟了');
    expect(smoke.text).toMatch(/断电|电闸|空气开关/);
    leave();
  });
});

describe('no hasty promise from a brain', () => {
  it('drops sentences promising a person at once, and keeps the rest', () => {
    expect(withoutHastyPromise('马上为您转接人工客服。请描述一下问题。')).toBe('请描述一下问题。');
    expect(withoutHastyPromise("I'll connect you to an agent right away. Please keep your receipt.")).toBe('Please keep your receipt.');
    expect(withoutHastyPromise('请立即关闭燃气阀门。')).toBe('请立即关闭燃气阀门。');
  });
});
