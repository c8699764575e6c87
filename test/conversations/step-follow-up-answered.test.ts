/**
 * A follow-up about a step just given (where the flap is, what to catch the water in) is answered
 * from that step, once, and not called "no more detail than that" when the step says it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const DEFLECTED = /没有确切|没有资料|不想给您说错|no reliable|no more detailed|won't guess/i;

describe('a question about the drain step is answered from the step', () => {
  it.each([
    ['zh', '洗衣机水放不掉，一直积在桶里', '那个盖板具体在什么地方？需要用水桶接吗', /左下角或右下角/, /浅盆或托盘/],
    ['zh', '滚筒洗衣机不排水', '过滤器找不着啊，底下要垫点什么', /最下方/, /毛巾/],
    ['zh', '洗衣机排水不了', '小盖子在哪儿？会不会流一地水', /右下/, /托盘/],
    ['en', 'the washer finished but the water stays in the drum', 'where exactly is that flap? should I get a bucket?', /left or right corner/, /shallow bowl or tray/],
    ['en', "my washing machine won't drain", "I can't find the filter door, and what do I put under it?", /front bottom/, /towel/],
    ['en', 'washing machine not draining at all', 'where is this drain filter located? will a lot of water pour out?', /corner/, /tray/],
  ])('%s: %s / %s', async (_lang, fault, followUp, where, catchWith) => {
    const c = world.customer(`step-follow-${followUp}`);
    await c.say(fault);
    const said = await c.say(followUp);
    expect(said.text).toMatch(where);
    expect(said.text).toMatch(catchWith);
    expect(said.text).not.toMatch(DEFLECTED);
    // The step is quoted once, though two questions asked about it.
    expect(said.text.split(/最下方|front bottom/).length).toBe(2);
  });

  it('a how-to the step does not spell out is still honestly limited (en)', async () => {
    const c = world.customer('step-follow-limit');
    await c.say("my washing machine won't drain");
    const said = await c.say('what do you mean by step 3?');
    expect(said.text).toMatch(/floor drain/i);
  });
});
