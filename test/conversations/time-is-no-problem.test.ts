/**
 * An answer to the problem question that says when the customer is free ("明天上午家里有人",
 * "any morning next week suits me") is the preferred time, never the problem (bot/engine/not-a-problem.ts);
 * neither is a line of booking facts (model, phone, address) sent where the problem was asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ASKS_PROBLEM = /什么问题|一句话描述|what's the problem|in a few words|one line is enough/i;

describe('a time where the problem was asked', () => {
  it.each([
    ['zh', ['我要报修', '洗碗机', '明天上午家里有人', '洗完碗还是油乎乎的'], '明天上午', /油乎乎/],
    ['zh', ['帮我约个师傅', '电热水器', '随时都可以，你们定', '水一直不热'], undefined, /不热/],
    ['zh', ['预约维修', '冰箱', '周末两天都在家', '冷冻室的冰化了'], '周末', /冰化了/],
    ['zh', ['要报修', '油烟机', '下周一下午两点以后', '开最大档也抽不走烟'], '下周一下午', /抽不走烟/],
    ['en', ['I need a repair', 'the dryer', 'any morning next week suits me', 'the drum stopped turning'], undefined, /drum stopped turning/],
    ['en', ['book an engineer please', 'my oven', 'whenever suits you, I work from home', 'the fan rattles loudly'], undefined, /rattles/],
    ['en', ['can someone come and fix it', 'the fridge', 'Friday after lunch is good', 'the freezer is warm'], 'Friday', /freezer is warm/],
  ])('is the visit time, and the problem is asked again (%s)', async (lang, lines, time, fault) => {
    const c = world.customer(`time-no-problem-${lines[2]}`);
    const replies = await c.sayAll(...lines.slice(0, 3));
    const afterTime = replies.at(-1)!;
    // The problem is still wanted (never the model or the date as if the time had answered it).
    expect(afterTime).toMatch(ASKS_PROBLEM);
    if (time) expect(afterTime).toContain(time);
    await c.say(lines[3]!);
    let summary = '';
    for (const more of lang === 'zh' ? ['不知道', '不记得了', '13912345678', '苏州市姑苏区人民路8号'] : ["don't know", "can't remember", '13912345678', '8 Renmin Road, Suzhou']) {
      summary = (await c.say(more)).text;
      if (/跟您确认|Let me confirm/.test(summary)) break;
    }
    expect(summary).toMatch(/跟您确认|Let me confirm/);
    const problem = /(?:问题|Problem)[:：]\s*(.*)/.exec(summary)?.[1] ?? '';
    expect(problem).toMatch(fault);
    if (time) expect(problem).not.toContain(time);
  });

  it.each([
    ['zh', ['报修', '空调', '型号KFR-35，电话13912345678，地址苏州市姑苏区人民路8号']],
    ['en', ['I need a repair', 'the air conditioner', 'model KFR-35, phone 13912345678, address 8 Renmin Road, Suzhou']],
  ])('booking facts sent where the problem was asked are kept, and the problem is still asked (%s)', async (_lang, lines) => {
    const c = world.customer(`facts-no-problem-${lines[2]}`);
    const replies = await c.sayAll(...lines);
    expect(replies.at(-1)).toMatch(ASKS_PROBLEM);
    expect(replies.at(-1)).not.toMatch(/型号吗|model number\?/i);
  });
});
