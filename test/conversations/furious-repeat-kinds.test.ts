/**
 * Task v2 (kind 3): a furious repeat contact ("the third time", "fixed twice and broken again",
 * with a manager asked for or a complaint threatened) is P1 and handed to a person on a complaint
 * ticket, however new the product; and a customer who has had repeated repairs and wants a new
 * unit or the money back hears the 三包 rule on two failed repairs, whatever words they use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a furious repeat contact', () => {
  it.each([
    ['zh', '油烟机才买了十来天，这都第四回了！让你们经理出来说话'],
    ['zh', '热水器前天刚装好，第三次了，叫你们管事的来'],
    ['zh', '空调修了两回又不制冷了，再这样我就打12315'],
    ['en', 'the oven is two weeks old and this is the third time it has died, get me your supervisor'],
    ['en', "the dryer was fixed twice and it's stopped again, I'm going to report you to consumer protection"],
    ['en', 'fourth time this month the hood has packed up, I want someone in charge, not a bot'],
  ])('is P1 and handed over on a complaint ticket (%s: %s)', async (_lang, line) => {
    const c = world.customer(`v2-furious-${line}`);
    const said = await c.say(line);
    expect(said.tools).toContain('handOff');
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.priority)).toContain('P1');
    expect(tickets.find((t) => t.priority === 'P1')?.type).toBe('complaint');
    expect(said.text).not.toMatch(/\bP[1-4]\b/);
  });

  it.each([
    ['zh', '热水器返修两次了还是不出热水，给我换台新的', /两次修理仍不能正常使用[^。]*换货或退货/],
    ['zh', '烤箱第二次维修了还是不加热，能不能直接退机', /两次修理仍不能正常使用[^。]*换货或退货/],
    ['en', "we've had two technicians out for the same leak and it still leaks, I want my money back", /after two repairs[^.]*exchange or return/i],
    ['en', 'three repairmen have been and the dishwasher still will not wash, I want a new one', /after two repairs[^.]*exchange or return/i],
  ])('repeated repairs and a demand for a new unit or money hear the two-repairs rule (%s: %s)', async (_lang, line, rule) => {
    const said = await world.customer(`v2-rule-${line}`).say(line);
    expect(said.text).toMatch(rule);
  });
});
