/**
 * Switching off or unplugging told as a step already taken ("断了电过了二十分钟再开，还是E4",
 * "pulled the plug, waited, plugged it back in - no change") is what became of the steps, not a
 * question about unplugging safely: no "to be safe, with dry hands…" paragraph for it
 * (bot/engine/safety-question.ts). Asking whether or how to unplug still gets the safety rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const SAFETY_PARAGRAPH = /安全起见|手是干的|To be safe|hands are dry/i;

describe('a power step already taken, while a person is awaited', () => {
  it.each([
    ['zh', '热水器显示E4', '转人工', '断电等了半小时，还是显示E4'],
    ['zh', '洗碗机显示E24', '我要找人工客服', '拔掉插头十几分钟再插上，也不行'],
    ['zh', '烤箱显示F3', '转人工', '关掉电闸重新合上，代码还在'],
    ['en', 'my oven shows F3', 'talk to a human', 'I switched off at the wall for a quarter of an hour, F3 is still there'],
    ['en', 'the dishwasher shows E24', 'I want a real person', 'turned off the breaker for ten minutes and it still shows the code'],
    ['en', 'my dryer shows E5', 'agent please', 'did a power off and on again, no difference'],
  ])('gets no plug-safety paragraph (%s)', async (_lang, fault, human, tried) => {
    const c = world.customer(`step-taken-${tried}`);
    const [, handed] = await c.sayAll(fault, human);
    expect(handed).toMatch(/人工|person|agent/i);
    const said = await c.say(tried);
    expect(said.text).not.toMatch(SAFETY_PARAGRAPH);
  });

  it.each([
    ['zh', '热水器显示E4', '转人工', '需要先断电吗'],
    ['zh', '洗碗机显示E24', '转人工', '拔掉插头再插上可以吗'],
    ['en', 'my oven shows F3', 'talk to a human', 'should I unplug it in the meantime?'],
  ])('asking whether to unplug still gets the safety rules (%s)', async (_lang, fault, human, asked) => {
    const c = world.customer(`step-asked-${asked}`);
    await c.sayAll(fault, human);
    const said = await c.say(asked);
    expect(said.text).toMatch(SAFETY_PARAGRAPH);
  });
});

describe('a power step already taken, during troubleshooting', () => {
  it.each([
    ['zh', '洗碗机显示E24', '断电半小时再开机还是E24，怎么回事？'],
    ['en', 'my dishwasher shows E24', 'unplugged it for half an hour, still E24, why?'],
  ])('is still not working, never the plug-safety paragraph (%s)', async (_lang, fault, tried) => {
    const c = world.customer(`step-taken-fault-${tried}`);
    await c.say(fault);
    const said = await c.say(tried);
    expect(said.text).not.toMatch(SAFETY_PARAGRAPH);
  });
});
