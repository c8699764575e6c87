/**
 * Danger said in dialect or by how the water went (task e9), and a guest's complaint passed on by
 * the host. 一哈 is south-western 一下: "麻了一哈" is a shock. Water that "漫出来…淌了一地" next to a
 * socket is water on electrics. A B&B host or landlord saying their guest or lodger complained
 * wants the fault repaired: that is not the host's own complaint, so no complaint handoff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a shock or water near power said in plain or dialect words is P1 with a person', () => {
  it.each([
    ['zh', '电热水器洗到一半 手摸水龙头麻了一哈'],
    ['zh', '洗衣机那个外壳 我碰了下 电了一哈'],
    ['zh', '洗碗机底下水漫出来了 地上淌了一地 插排就在边上'],
    ['en', 'the washer overflowed, water has spread across the floor and the power strip is sitting in it'],
  ])('(%s) %s', async (_lang, line) => {
    const ref = `e9-danger-${line}`;
    const said = await world.customer(ref).say(line);
    expect(said.text).toMatch(/总电闸|空气开关|breaker/i);
    expect(said.tools).toContain('handOff');
    const tickets = await world.customer(ref).tickets();
    expect(tickets[0]?.priority).toBe('P1');
  });

  it('"what now" in dialect after the safety advice gets the next step, not "no reliable information"', async () => {
    const c = world.customer('e9-next-zh');
    await c.say('热水器洗澡的时候水里有电 麻了一哈');
    const next = await c.say('人没得事 闸也拉了 现在咋个办');
    expect(next.text).not.toMatch(/没有确切的资料|没法确认/);
    expect(next.text).toMatch(/师傅|工程师|客服|上门|检查/);
  });
});

describe("a guest's or lodger's complaint passed on by the host is a repair, not the host's complaint", () => {
  it.each([
    ['zh', '我开民宿的 有间房空调不制冷了 住客投诉了 能尽快派人修吗'],
    ['en', 'I run a B&B and the AC in one room stopped cooling, the guests complained, can you send someone soon?'],
  ])('(%s) %s', async (_lang, line) => {
    const said = await world.customer(`e9-guest-${line}`).say(line);
    expect(said.tools).not.toContain('handOff');
    expect(said.text).not.toMatch(/正式投诉|formal complaint/i);
  });
});
