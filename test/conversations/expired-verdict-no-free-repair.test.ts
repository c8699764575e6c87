/**
 * A verdict of "out of warranty" on the customer's own date never speaks of free repair: the date
 * they gave decides unless a proof shows a later one. In warranty, the proof note stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('an expired verdict says nothing of free repair', () => {
  it.each([
    ['en', 'is the dishwasher still covered? we got it back in 2017'],
    ['en', 'my microwave quit heating, I bought it in June 2019, under warranty still?'],
    ['en', 'the TV was purchased on 3 May 2020, does the guarantee still apply'],
    ['zh', '洗碗机是2017年买的，还在保修期吗'],
    ['zh', '微波炉不加热了，2019年6月买的，还保修不'],
    ['zh', '电视是2020年5月3号买的，过保了没有'],
  ])('out of warranty by the date given (%s): %s', async (_lang, line) => {
    const said = await world.customer(`expired-${line}`).say(line);
    expect(said.text).toMatch(/expired|out of warranty|已过保修期|已于.*到期/);
    expect(said.text).not.toMatch(/before free repair|免费维修前/);
    expect(said.text).toMatch(/later date|日期更晚/);
  });

  it.each([
    ['en', 'is my fridge still in warranty? bought it last month', /needed before free repair/],
    ['zh', '冰箱上个月买的，还在保修吗', /免费维修前需出示有效凭证/],
  ])('in warranty by the date given keeps the proof note (%s)', async (_lang, line, note) => {
    const said = await world.customer(`within-${line}`).say(line);
    expect(said.text).toMatch(note);
  });
});
