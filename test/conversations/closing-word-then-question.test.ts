/**
 * A closing word with a question or a request after it ("行吧 不过你还没说…", "ok cheers - still need
 * to know …"): the question or request is the turn. It is answered (or said who will answer it),
 * never met with "不客气" / "You're welcome!" / "glad it's working" / "有需要随时找我".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const CLOSED = /不客气|有需要随时找我|能用就好|You're welcome|Message me any time|glad it's working/i;

describe('a closing word with a question after it', () => {
  it.each([
    ['冰箱冷藏不凉了', '行吧 不过你还没说压缩机保不保', /压缩机/],
    ['冰箱冷藏不凉了', '好的谢谢，另外想了解下上门检测收费吗', /上门费|上门检测/],
    ['冰箱保修几年', '算了 那我想知道上门费多少', /上门费/],
    ['洗衣机不脱水了', '谢谢 我还想知道电机在不在保修范围', /电机/],
    ['冰箱冷藏不凉了', '谢谢 不过你还没说压缩机的保修', /压缩机/],
    ['冰箱冷藏不凉了', '好的谢谢 我想问下上门检测的收费标准', /上门费/],
    ['冰箱保修几年', '行吧 另外想了解一下压缩机的保修年限', /压缩机/],
  ])('"%s" then "%s" answers the question (zh)', async (first, line, answer) => {
    const c = world.customer(`w2-close-zh-${line}`);
    await c.say(first);
    const said = await c.say(line);
    expect(said.text).not.toMatch(CLOSED);
    expect(said.text).toMatch(answer);
  });

  it.each([
    ['my fridge is not cooling', 'ok cheers. still need to know the cost of a callout', /call-out fee/i],
    ['my fridge is not cooling', "thanks. you didn't mention whether the compressor is covered", /compressor/i],
    ['how long is the warranty on a fridge', 'alright. would like to know if the compressor is covered too', /compressor/i],
    ['how long is the warranty on a fridge', 'fine, though I still need to know if the call-out is free', /call-out/i],
  ])('"%s" then "%s" answers the question (en)', async (first, line, answer) => {
    const c = world.customer(`w2-close-en-${line}`);
    await c.say(first);
    const said = await c.say(line);
    expect(said.text).not.toMatch(CLOSED);
    expect(said.text).toMatch(answer);
  });

  it.each([
    ['zh', '洗衣机显示E9', '好的谢谢 那电机还在保修吗', /电机/],
    ['zh', '烘干机显示E7', '行 谢了 不过我想知道上门检测收不收费', /上门/],
    ['en', 'my washer shows E9', 'ok cheers - is the motor still under warranty?', /motor/i],
    ['en', 'my dryer shows E7', "alright thanks. you didn't say whether the call-out is charged", /call-out/i],
  ])('at the offer of a visit, the "ok" takes nothing up and the question is answered (%s: %s)', async (_lang, first, line, answer) => {
    const c = world.customer(`w2-close-offer-${line}`);
    await c.say(first);
    const said = await c.say(line);
    expect(said.text).not.toMatch(CLOSED);
    expect(said.text).not.toMatch(/型号|model number/i);
    expect(said.text).toMatch(answer);
  });

  it.each([
    ['zh', '冰箱冷藏不凉了', '谢谢 好了'],
    ['en', 'my fridge is not cooling', 'thanks, that fixed it'],
  ])('a thanks with nothing after it still closes (%s)', async (_lang, first, line) => {
    const c = world.customer(`w2-close-only-${line}`);
    await c.say(first);
    const said = await c.say(line);
    expect(said.text).toMatch(/能用就好|glad it's working/i);
  });
});
