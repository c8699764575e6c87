/**
 * "抱歉给您添麻烦了" / "I'm sorry for the trouble" belongs to frustration, a repeat failure or our own
 * failure; a calm fault report or a day that does not suit gets none. Never two apologies in one reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const STOCK_APOLOGY = /抱歉给您添麻烦了|sorry for the trouble/i;

describe('no apology for a calm message', () => {
  it.each([
    ['zh', '我家洗衣机漏水'],
    ['zh', '冰箱冷冻室不结冰了'],
    ['zh', '空调开机一会儿就不制冷了'],
    ['en', 'my washer leaks'],
    ['en', 'the kettle does not switch off when it boils'],
    ['en', 'my dryer stopped working'],
  ])('a fault report (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`calm-fault-${line}`).say(line);
    expect(said.text).not.toMatch(STOCK_APOLOGY);
  });

  it.each([
    ['zh', '师傅约的周三上门，周三不行，能换到周五吗'],
    ['zh', '明天的上门我那天没空，想改个时间'],
    ['zh', '下午不方便，上午可以吗'],
    ['en', "the engineer is booked for Wednesday but Wednesday doesn't work for me, can we move it?"],
    ['en', "I can't do Friday, can the visit be moved to Monday?"],
    ['en', 'mornings are no good for me, is an afternoon visit possible?'],
  ])('a day that does not suit (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`calm-day-${line}`).say(line);
    expect(said.text).not.toMatch(STOCK_APOLOGY);
  });
});

describe('an apology for real frustration, once', () => {
  it.each([
    ['zh', '烦死了，冰箱一直嗡嗡响'],
    ['zh', '真无语，这台空调又漏水了'],
    ['zh', '洗衣机修过一次了，又坏了'],
    ['en', 'this is so frustrating, the tv keeps rebooting'],
    ['en', "I'm fed up, the dryer broke down again"],
    ['en', 'the dishwasher broke for the third time'],
  ])('frustrated or let down (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`upset-${line}`).say(line);
    expect(said.text).toMatch(/抱歉|sorry/i);
  });

  it.each([
    ['zh', '冰箱冷藏室不凉了', '试了还是不行，好烦'],
    ['en', 'my fridge is not cooling', 'still not working, so annoying'],
  ])('self-help that failed apologises in its own words only (%s)', async (_lang, fault, failed) => {
    const c = world.customer(`one-apology-${fault}`);
    await c.say(fault);
    const said = await c.say(failed);
    expect(said.text.match(/抱歉|sorry/gi) ?? []).toHaveLength(1);
  });
});
