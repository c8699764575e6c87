/**
 * "算了" / "forget it" that drops the question and asks for a visit in the same breath ("you can't
 * tell me what the code means? never mind, just send someone") is a booking, not a cancel: the
 * repair form goes on with the facts given. A plain "never mind, no need for anyone" still cancels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const ASKS_CONTACT = /型号|手机号|电话|model|mobile|phone number|which number/i;
const CLOSED = /随时找我|any time|已取消|cancelled/i;

describe('never mind, then a visit', () => {
  it.each([
    ['zh', '美的洗碗机亮了个E31 一直响 这是什么故障', '查不到就算了 你们直接派个师傅来吧 型号WQP8 去年买的'],
    ['zh', '方太油烟机显示E9 是啥意思', '那算了 叫个师傅上门看看吧'],
    ['en', 'my Bosch dishwasher shows E31 and keeps beeping, what does that mean?', "oh forget it then, just send a technician. it's model SMS46, bought in 2024"],
    ['en', 'the Haier washer shows F8, what is that?', 'never mind, can you book an engineer to come and look'],
  ])('books the visit (%s: %s)', async (_lang, opening, reply) => {
    const c = world.customer(`never-mind-visit-${reply}`);
    await c.say(opening);
    const said = await c.say(reply);
    expect(said.text).toMatch(ASKS_CONTACT);
    expect(said.text).not.toMatch(CLOSED);
  });

  it.each([
    ['zh', '美的洗碗机亮了个E31 一直响 这是什么故障', '算了 不用派人了'],
    ['en', 'my Bosch dishwasher shows E31 and keeps beeping, what does that mean?', "never mind, I don't need a technician"],
  ])('a plain never mind still closes (%s)', async (_lang, opening, reply) => {
    const c = world.customer(`never-mind-close-${reply}`);
    await c.say(opening);
    const said = await c.say(reply);
    expect(said.text).not.toMatch(ASKS_CONTACT);
  });
});
