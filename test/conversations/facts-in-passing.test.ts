/**
 * Facts (issue 16, session 10): what the customer says in passing is kept and never asked again —
 * a model written after the brand ("Bosch WAN28"), a noise named in the same breath as the
 * booking ("很吵 要报修").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractModel } from '../../bot/understanding/slots';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a code right after a brand is the model', () => {
  it.each([
    ['the dryer I got last year (Siemens WT45) stopped heating', 'WT45'],
    ['我家西门子 WM12 洗衣机漏水', 'WM12'],
    ['LG FV90 leaks from the door', 'FV90'],
  ])('%s', (text, model) => {
    expect(extractModel(text)).toBe(model);
  });

  it.each(['Bosch E15 on the display', '博世 E18'])('a display code after a brand is no model: %s', (text) => {
    expect(extractModel(text)).toBeUndefined();
  });
});

describe('said in passing, not asked again', () => {
  it('en: the model in brackets after the brand', async () => {
    const c = world.customer('passing-model-en');
    await c.say('hello, our dryer (Siemens WT45) stopped heating after we moved flat, please book a repair');
    const replies = [];
    for (const line of ['last year', '13912345678', 'Flat 4, 18 Huashan Road, Jingan, Shanghai']) replies.push((await c.say(line)).text);
    expect(replies.join('\n')).not.toMatch(/model number/i);
    expect(replies.at(-1)).toMatch(/WT45/);
  });

  it.each([
    ['zh', '空气净化器越来越吵了，帮我报修', /越来越吵/],
    ['zh', '抽湿机特别吵 要报修', /特别吵/],
  ])('%s: a noise named with the booking is the problem (%s)', async (_lang, opener, problem) => {
    const c = world.customer(`passing-noise-${opener}`);
    const first = await c.say(opener);
    expect(first.text).not.toMatch(/什么问题/);
    let summary = first;
    for (const line of ['不知道', '去年', '13912345678', '上海市徐汇区漕溪北路88号2栋1501']) summary = await c.say(line);
    expect(summary.text.split('\n').find((l) => l.startsWith('· 问题'))).toMatch(problem);
  });
});
