/**
 * A first message that says only that a product is broken ("the telly has packed up", "洗衣机罢工了")
 * is asked what it does, never answered with one narrow case as if that were the fault; the details
 * the customer then gives are what is searched. Wordings are our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const chat = (...lines: string[]): Promise<string[]> => world.customer(`vague-details-${++n}`).sayAll(...lines);
const A_CASE = /这个情况一般是|This is usually/;
const ASKS_WHAT = /具体说说|what the [\w ]+ (?:is|are) doing/;

describe('a product said to be broken, nothing more', () => {
  it.each([
    ['zh', '家里电视机罢工了'],
    ['zh', '电视用不了了，怎么办'],
    ['zh', '我家冰箱不工作了'],
    ['zh', '洗衣机不能用了'],
    ['en', 'our TV has stopped working'],
    ['en', "my television doesn't work any more"],
    ['en', 'the washing machine quit on us'],
    ['en', 'my dishwasher has packed up'],
  ])('is asked what it does, not given a case (%s: %s)', async (_lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(A_CASE);
    expect(reply).toMatch(ASKS_WHAT);
  });

  it.each([
    ['zh', '电视机罢工了', '开机能听见声音，就是屏幕一片黑', /有声音没图像/],
    ['zh', '冰箱不工作了', '冷藏室里一点都不凉', /冷藏室不凉/],
    ['en', 'the TV has stopped working', 'I can hear it but the screen stays completely black', /sound but a black screen/],
    ['en', 'our fridge quit on us', 'the fridge section is not cold at all', /Fridge compartment not cold/],
  ])('the details given next find their own case (%s: %s)', async (_lang, first, details, title) => {
    const [, reply] = await chat(first, details);
    expect(reply).toMatch(A_CASE);
    expect(reply).toMatch(title);
    expect(reply).not.toMatch(/遥控器失灵|remote not working/i);
  });
});
