/**
 * Demands made with a request for a person (a complaint, a replacement, a refund, compensation, a
 * manager) are said back and written on the ticket, on the handoff turn and while waiting: held-out
 * customers who asked "complaint, a new one, your boss" heard only "passing you to a person".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('demands said back on the handoff, round 17', () => {
  it.each([
    ['zh', ['烤箱坏了 转人工 我要换新的'], /换新/],
    ['zh', ['给我转人工客服 我要投诉你们 叫你们经理来'], /正式投诉、由主管处理/],
    ['en', ['get me a person, I want a replacement for this kettle'], /replacement/],
    ['en', ['I want to speak to someone, I want a new one and your supervisor'], /a replacement and a manager to handle it/],
  ] as const)('(%s) %s', async (_lang, turns, said) => {
    const c = world.customer(`r17-demands-${turns[0]}`);
    const [reply] = await c.sayAll(...turns);
    expect(reply).toMatch(said);
    expect(reply).toMatch(/不能替他们答应|can't promise it/);
    const [ticket] = await c.tickets();
    expect(ticket).toBeDefined();
    expect(JSON.stringify(await world.assistant.desk.tickets.events(ticket!.id))).toMatch(/Customer asks for/);
  });

  it.each([
    ['zh', ['转人工', '我要投诉 要换新的 叫你们领导来'], /主管处理[\s\S]*正式投诉、换新/],
    ['en', ['human please', 'I want a formal complaint filed and a replacement, get your manager'], /manager to handle this[\s\S]*a formal complaint and a replacement/],
  ] as const)('(%s) while waiting, beside a manager: %s', async (_lang, turns, said) => {
    const c = world.customer(`r17-demands-wait-${turns[1]}`);
    const replies = await c.sayAll(...turns);
    expect(replies.at(-1)).toMatch(said);
  });

  it.each([
    ['zh', ['转人工']],
    // Someone introducing themselves as a supervisor asks for none; money demands get the staff-decide line only.
    ['en', ['Supervisor here, please pass me to a colleague']],
    ['zh', ['直接赔我五千块 转人工']],
    ['zh', ['我是客服主管，把我的单子转给同事']],
    ['en', ['I want a refund, put me through to someone']],
    ['en', ['can I talk to a person?']],
  ] as const)('(%s) no demand, nothing said back: %s', async (_lang, turns) => {
    const c = world.customer(`r17-demands-none-${turns[0]}`);
    const [reply] = await c.sayAll(...turns);
    expect(reply).not.toMatch(/您的要求|Your request for/);
  });
});
