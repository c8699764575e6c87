/**
 * Task x3, kind 2: "did that fix it?" answered with a bare acknowledgement ("嗯", "ok") or a lone
 * "?" is no "fixed". The case stays open and the question comes again in plainer words with its
 * two answers; only a clear yes closes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const CLOSED = /能用就好|glad it's working/i;
const PLAIN_ZH = /能正常用了吗[^。]*“好了”或“还不行”/;
const PLAIN_EN = /working properly now\?[^.]*"fixed" or "still not working"/i;

describe('a bare acknowledgement to "did that fix it?" is not "fixed"', () => {
  it.each([
    ['zh', '烘干机转了一个小时衣服还是湿的', '嗯嗯'],
    ['zh', '微波炉转盘不转了', '行吧'],
    ['zh', '冰箱冷藏室不凉', '好的'],
    ['zh', '洗碗机底下积水排不掉', '哦'],
  ])('"%s": the question comes again, plainer, and the case stays open', async (_lang, fault, ack) => {
    const c = world.customer(`x3-ack-${fault}-${ack}`);
    const answer = await c.say(fault);
    expect(answer.text).toMatch(/好了吗/);
    const said = await c.say(ack);
    expect(said.text).not.toMatch(CLOSED);
    expect(said.text).toMatch(PLAIN_ZH);
    // Still open: "no" now books the visit with the fault known.
    const no = await c.say('还是不行');
    expect(no.text).toMatch(/预约|上门|型号/);
  });

  it.each([
    ['en', 'my tumble dryer runs but the clothes stay damp', 'okay'],
    ['en', "the microwave plate won't turn", 'hmm'],
    ['en', 'the fridge section is not cold enough', 'alright.'],
    ['en', "my dishwasher won't drain", 'got it'],
  ])('"%s": the question comes again, plainer, and the case stays open', async (_lang, fault, ack) => {
    const c = world.customer(`x3-ack-${fault}-${ack}`);
    const answer = await c.say(fault);
    expect(answer.text).toMatch(/did that fix it/i);
    const said = await c.say(ack);
    expect(said.text).not.toMatch(CLOSED);
    expect(said.text).toMatch(PLAIN_EN);
    const no = await c.say('no, same as before');
    expect(no.text).toMatch(/book|engineer|model/i);
  });

  it.each([
    ['zh', '洗衣机甩干的时候不转', '？？'],
    ['zh', '洗衣机甩干的时候不转', '什么意思'],
    ['en', "the washer won't spin the water out", '?'],
    ['en', "the washer won't spin the water out", 'what do you mean'],
  ])('a lone "?" (%s, %s) says the question was not clear: asked again plainly, no search answer', async (lang, fault, puzzled) => {
    const c = world.customer(`x3-puzzled-${lang}-${puzzled}`);
    await c.say(fault);
    const said = await c.say(puzzled);
    expect(said.text).toMatch(lang === 'zh' ? /没说清楚/ : /wasn't clear/i);
    expect(said.text).toMatch(lang === 'zh' ? PLAIN_ZH : PLAIN_EN);
    expect(said.text).not.toMatch(CLOSED);
    expect(said.tools).not.toContain('searchKnowledge');
    const yes = await c.say(lang === 'zh' ? '好了，能转了' : 'yes, that sorted it');
    expect(yes.text).toMatch(CLOSED);
  });

  it.each([
    ['zh', '冰箱冷藏室不凉', '是的，好了'],
    ['en', 'the fridge section is not cold enough', 'yes'],
  ])('a clear yes (%s) still closes the case', async (lang, fault, yes) => {
    const c = world.customer(`x3-yes-${lang}`);
    await c.say(fault);
    const said = await c.say(yes);
    expect(said.text).toMatch(CLOSED);
  });
});
