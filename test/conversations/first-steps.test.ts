/**
 * The first thing a technician would say for the everyday "it does nothing" faults: batteries for a
 * remote, the water tap for a washer that will not fill, plug/door/child lock for a dishwasher or
 * dryer that will not start, plug and breaker for a fridge that is completely dead. The step comes
 * first in the reply, in both languages. Wordings are our own, several per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const chat = (...lines: string[]): Promise<string[]> => world.customer(`first-steps-${++n}`).sayAll(...lines);

/** The first numbered step of a reply. */
const firstStep = (reply: string): string => /^1\. (.*)$/m.exec(reply)?.[1] ?? '';

describe('the most obvious first step comes first', () => {
  it.each([
    ['zh', '空调遥控器按什么都没反应', /电池/],
    ['zh', '空调遥控器不好使了，按了没用', /电池/],
    ['en', 'the aircon remote stopped working', /batter/i],
    ['en', 'my air conditioner ignores the remote, nothing happens when I press it', /batter/i],
    ['zh', '洗衣机不进水，水龙头那边好像没动静', /水龙头/],
    ['zh', '洗衣机启动以后桶里一直不上水', /水龙头/],
    ['en', "the washing machine won't take in any water", /tap/i],
    ['en', 'my washer is not filling with water', /tap/i],
    ['zh', '洗碗机按了开始一点反应都没有', /插头|插座/],
    ['en', "the dishwasher won't start when I press the button", /plug|socket/i],
    ['zh', '干衣机按了启动不转', /插头|插座/],
    ['en', "my tumble dryer won't start", /plug|socket/i],
    ['zh', '冰箱一点反应都没有，灯也不亮了', /插头|插座/],
    ['en', 'the fridge is totally dead, no light and no display', /plug|socket/i],
  ])('%s: %s', async (_lang, line, step) => {
    const [reply] = await chat(line);
    expect(firstStep(reply ?? '')).toMatch(step);
  });

  it.each([
    ['zh', '洗碗机按了开始一点反应都没有', /关紧[\s\S]*童锁/],
    ['en', "my tumble dryer won't start", /door[\s\S]*child lock/i],
  ])('the door and child lock are among the steps (%s)', async (_lang, line, steps) => {
    const [reply] = await chat(line);
    expect(reply).toMatch(steps);
  });
});
