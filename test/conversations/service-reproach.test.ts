/**
 * Anger at how we serve ("这算什么售后啊", "is this how you treat customers?") gets a short apology
 * and the concrete next step already in motion — the ticket and when, or the question the job
 * waits on — never a knowledge paragraph or "no reliable information".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const LOOKED_UP = /三包|压缩机|保修期|没有确切|no reliable|reliable answer|three guarantees|compressor|依据|Based on our/i;

describe('a reproach of our service is apologised for, with the next step', () => {
  it.each([
    ['zh', ['油烟机吸力很小，我试过了还是不行', '还是不行'], '你们就这种服务态度？', /抱歉/, /型号|铭牌|什么时候买|手机号|地址/],
    ['zh', ['冰箱冷藏室不凉了'], '这算什么售后啊！', /抱歉/, /解决了吗|好了吗|预约维修|上门/],
    ['en', ['my dishwasher leaves the plates dirty', 'still not working'], 'is this really how you treat your customers?', /sorry/i, /model|when did you buy|mobile|address|engineer visit/i],
    ['en', ['my fridge is not cooling'], 'what sort of support is this, honestly', /sorry/i, /fix|repair|engineer/i],
  ])('in the middle of a job (%s: %s)', async (_lang, before, line, sorry, next) => {
    const c = world.customer(`w2-reproach-job-${line}`);
    for (const l of before) await c.say(l);
    const said = await c.say(line);
    expect(said.text).toMatch(sorry);
    expect(said.text).toMatch(next);
    expect(said.text).not.toMatch(LOOKED_UP);
    expect(said.text.length).toBeLessThan(320);
  });

  it.each([
    ['zh', '热水器不出热水了 帮我报修', ['不知道', '13912345678', '去年3月', '闵行区樱桃路8号', '对'], '有你们这样做售后的吗', /抱歉/, /工单[\s\S]*前/],
    [
      'en',
      'my oven will not heat up, please book a repair',
      ['no idea', '13912345678', 'March last year', '8 Cherry Lane, Minhang, Shanghai', 'yes'],
      'honestly, worst customer service ever',
      /sorry/i,
      /ticket[\s\S]*by /i,
    ],
  ])('after filing, the ticket and when someone calls (%s)', async (_lang, first, form, line, sorry, when) => {
    const c = world.customer(`w2-reproach-filed-${line}`);
    await c.say(first);
    for (const l of form) await c.say(l);
    expect(await c.tickets()).toHaveLength(1);
    const said = await c.say(line);
    expect(said.text).toMatch(sorry);
    expect(said.text).toMatch(when);
    expect(said.text).not.toMatch(LOOKED_UP);
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([
    ['zh', '你们就这个态度？到底什么时候能来修', /抱歉|工单|什么问题|型号|产品/],
    ['en', 'this is ridiculous, how much does a call-out cost?', /call-out fee/i],
  ])('a real question beside the anger is still answered (%s)', async (_lang, line, answer) => {
    const said = await world.customer(`w2-reproach-q-${line}`).say(line);
    expect(said.text).toMatch(answer);
  });
});
