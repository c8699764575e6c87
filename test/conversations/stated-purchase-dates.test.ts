/**
 * Purchase dates given as customers give them ("前年夏天吧", "last May", "去年11月") are taken
 * the first time they are said, restated in words, and decide the warranty as far as their
 * precision allows. The world's today is 2026-11-24.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('stated purchase dates in a conversation', () => {
  it('takes "前年夏天吧" as the answer, restates it in words, and files it as expired from the latest day', async () => {
    const wang = world.customer('zh-season');
    await wang.say('小天鹅洗衣机显示E21，不排水');
    await wang.say('试了还是不行');
    expect((await wang.say('TG100V88WMUIADY5')).text).toMatch(/什么时候买/);
    expect((await wang.say('前年夏天吧')).text).toMatch(/手机号/);
    await wang.say('139 1234 5678');
    const confirm = await wang.say('上海市浦东新区世纪大道100号1号楼202室');
    expect(confirm.text).toContain('购买时间：2024年夏天');
    const filed = await wang.say('是');
    expect(filed.tools).toEqual(['verifyWarranty', 'createTicket']);
    expect(filed.text).toContain('即使按最晚的2024年8月31日算');
    const [ticket] = await wang.tickets();
    // The desk keeps exact days only; the decision it records came from the whole summer.
    expect(ticket).toMatchObject({ warrantyStatus: 'expired' });
    expect(ticket!.purchaseDate).toBeUndefined();
  });

  it('takes "this past May" and decides in warranty from its first day', async () => {
    const amy = world.customer('en-month');
    await amy.say('my Midea washing machine shows E21 and will not drain');
    await amy.say("tried that, still doesn't work");
    expect((await amy.say('MG100V11D')).text).toMatch(/when did you buy it/i);
    expect((await amy.say('I think it was this past May')).text).toMatch(/mobile number/);
    await amy.say('13912345678');
    const confirm = await amy.say('Room 202, Building 1, 100 Century Avenue, Pudong, Shanghai');
    expect(confirm.text).toContain('Purchased: May 2026');
    const filed = await amy.say('yes');
    expect(filed.text).toContain('even counted from the earliest day, 1 May 2026');
    expect((await amy.tickets())[0]).toMatchObject({ warrantyStatus: 'unverified' });
  });

  it('cannot tell when the warranty may have ended within the month the customer gave, and asks for proof', async () => {
    const zhao = world.customer('zh-cannot-tell');
    const reply = await zhao.say('洗衣机去年11月买的，还在保修期吗');
    expect(reply.tools).toContain('verifyWarranty');
    expect(reply.text).toContain('您说的是2025年11月购买');
    expect(reply.text).toContain('保修期可能刚好在这期间到期');
    expect(reply.text).toContain('需要看购买凭证');
  });
});
