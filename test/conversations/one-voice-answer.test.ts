/**
 * Issue 16, kind 2: one reply, one voice. A return question told with a detail nothing answers got
 * "这个问题我自己答不了…我先把它记下来" and then, in the same reply, the returns rules from the
 * knowledge base. When the reply gives an answer, it does not also say the question cannot be
 * answered without naming what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const CANNOT = /答不了|没有确切的?资料|can't answer that|no reliable (?:answer|information)|don't have (?:a )?reliable/i;
const RETURNS_RULE = /无理由|门店|no-reason|in-store|store/i;

describe('an answered question is not also called unanswerable', () => {
  it.each([
    ['zh', '5号在宁波银泰的国美买的美的电烤箱 搬回家发现橱柜里塞不下 能退吗 东西没问题 包装都没拆'],
    ['en', 'I bought a Midea oven at the Gome store on the 5th, it does not fit in my cupboard, can I return it? nothing wrong with it and the box is unopened'],
  ])('%s', async (_lang, line) => {
    const said = await world.customer(`e11-voice-${line}`).say(line);
    expect(said.text).toMatch(RETURNS_RULE);
    expect(said.text).not.toMatch(CANNOT);
  });
});
