/**
 * A washer-dryer or dryer that stays cold on the drying cycle: the drying checks come from the
 * knowledge base (lint filter, condenser, water, programme, vent hose), and "is there anything I can
 * check myself?" afterwards gets those checks again, never "I have no reliable answer".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_ANSWER = /没有确切的资料|no reliable|don't have reliable|have no reliable/i;

describe('drying faults get the self-checks', () => {
  it.each([
    ['en', 'our combo washer dryer finishes the dry programme and the towels are cold', /lint filter/i, /condenser|heat exchanger/i],
    ['en', 'the washer-dryer blows no warm air while drying', /lint filter/i, /condenser|heat exchanger/i],
    ['zh', '洗烘一体机烘干的时候一点热气都没有', /毛絮过滤网/, /冷凝器|热交换器/],
    ['zh', '滚筒洗衣机的烘干功能不发热了', /毛絮过滤网/, /冷凝器|热交换器/],
  ])('a washer-dryer that stays cold on the drying cycle gets the drying checks (%s)', async (_lang, line, filter, condenser) => {
    const said = await world.customer(`dry-first-${line}`).say(line);
    expect(said.text).toMatch(filter);
    expect(said.text).toMatch(condenser);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['en', 'washer dryer not warming up on the dry setting', 'ok, is there anything I could look at myself first?', /lint filter/i],
    ['en', 'my tumble dryer spins but never gets hot', 'what should I check first, the filter maybe?', /lint filter/i],
    ['zh', '洗烘一体机烘干不加热', '那我自己能先检查点什么吗？像滤网之类的', /毛絮过滤网/],
    ['zh', '干衣机一直吹凉风', '有没有我自己可以先排查的？', /毛絮过滤网/],
  ])('"anything I can check myself?" after a drying fault gets its checks (%s)', async (_lang, fault, ask, filter) => {
    const c = world.customer(`dry-ask-${fault}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).toMatch(filter);
    expect(said.text).not.toMatch(NO_ANSWER);
    expect(said.text).not.toMatch(/dr-|wm-|\bcase\b/);
  });

  it('the checks come again while a repair is being booked, and the booking goes on (en)', async () => {
    const c = world.customer('dry-ask-booking');
    await c.say('the dryer runs but stays cold');
    await c.say('no, still cold');
    const said = await c.say('before that, anything I can check myself, like a filter?');
    expect(said.text).toMatch(/lint filter/i);
    expect(said.text).not.toMatch(NO_ANSWER);
  });
});
