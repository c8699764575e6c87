/**
 * Facts (issue 16, session 10): a corrected display code replaces the old one everywhere — the
 * problem's words on the summary and the ticket, the answer given for it — and the change is said
 * back in one line, also when the correction comes while another question is open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCorrection } from '../../bot/understanding/slots';
import { swapCode } from '../../bot/engine/code-swap';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a code correction is read as one, with the new code as its value', () => {
  it.each([
    ['不是E1，是E7', 'E7'],
    ['代码不是E1是E7', 'E7'],
    ['哦 看错了 是F3', 'F3'],
    ['应该是E7不是E1', 'E7'],
    ['sorry I misread, it says F3 not F8', 'F3'],
    ["the code isn't F8 it's F3", 'F3'],
    ['the code is actually H5', 'H5'],
  ])('%s', (text, code) => {
    expect(extractCorrection(text)).toMatchObject({ slot: 'errorCode', value: code });
  });

  it('swaps the code only where it stands alone', () => {
    expect(swapCode('显示E1，不转', 'E1', 'E7')).toBe('显示E7，不转');
    expect(swapCode('显示E10，不转', 'E1', 'E7')).toBe('显示E10，不转');
    expect(swapCode('shows e-1 then stops', 'E1', 'E7')).toBe('shows E7 then stops');
  });
});

describe('after self-help for the old code, the new code is answered and filed', () => {
  it.each([
    ['zh', '烘干机显示E5，不加热了', '不是E5，是E9', /已按您说的改好：故障码 E9/, ['我要报修', '不知道', '去年', '13912345678', '武汉市洪山区珞喻路100号2栋502'], /E9/, /E5/],
    [
      'en',
      'my water purifier shows E2 and makes no water',
      "sorry I misread, it's E4 not E2",
      /Changed as you said: error code E4/,
      ['please book a repair', "don't know", 'last year', '13912345678', 'Flat 802, Tower 1, Riverside Garden, Minhang, Shanghai'],
      /E4/,
      /E2/,
    ],
  ])('%s', async (_lang, opener, fix, said, form, now, old) => {
    const c = world.customer(`code-fix-${opener}`);
    await c.say(opener);
    const reply = await c.say(fix);
    expect(reply.text).toMatch(said);
    let summary = reply;
    for (const line of form) summary = await c.say(line);
    const problem = summary.text.split('\n').find((l) => /问题：|Problem:/.test(l))!;
    expect(problem).toMatch(now);
    expect(problem).not.toMatch(old);
    await c.say(_lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.errorCode).toMatch(now);
    expect(ticket!.symptom).not.toMatch(old);
  });
});

describe('a code corrected while another question is open', () => {
  it.each([
    ['zh', ['壁挂炉显示F2，帮我报修', '不知道', '前年', '13812345678'], '代码看错了，是F4', /已按您说的改好：故障码 F4/, /地址/],
    ['en', ['my boiler shows F2, please book a repair', "don't know", '2022', '13812345678'], 'oops, I misread the code, it is F4', /Changed as you said: error code F4/, /address/],
  ])('%s: the change is said, and the open question is asked again', async (_lang, form, fix, said, question) => {
    const c = world.customer(`code-aside-${fix}`);
    for (const line of form) await c.say(line);
    const reply = await c.say(fix);
    expect(reply.text).toMatch(said);
    expect(reply.text).toMatch(question);
  });
});
