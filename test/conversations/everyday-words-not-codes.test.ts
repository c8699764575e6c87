/**
 * Capital words in a sentence about something else (a brand on the remote, a text message, a cable,
 * a PIN) are not codes on the display: the reply never explains them as an unknown code, and no
 * product is guessed from them (bot/understanding/slots/error-code.ts, everyday-acronyms.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const CODE_EXPLAINED = /what code|code \w+ means|代码资料|这个代码|「[A-Za-z]{2,5}」/i;

describe('everyday capital words are not display codes', () => {
  it.each([
    ['en', 'my television has sound but no picture', 'the label on the back says one name but the remote says TCL'],
    ['en', 'my phone keeps dropping calls', 'now it keeps saying SIM not detected'],
    ['en', 'the tv will not switch on properly', 'the screen shows the LG logo and then goes black'],
    ['zh', '电视开不了机', '开机只显示TCL几个字母，然后就黑屏了'],
    ['zh', '手机打不了电话', '一直提示SIM卡无效'],
    ['zh', '手机重启以后进不去', '弹出PIN码让我输，我不记得了'],
  ])('a brand or acronym said in passing is no code (%s: %s)', async (_lang, first, second) => {
    const c = world.customer(`v5-acronym-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).not.toMatch(CODE_EXPLAINED);
  });

  it.each([
    ['en', 'I got an SMS with a number in it, what is this about?'],
    ['en', 'got a PIN in a text message, do I give it to the engineer?'],
    ['zh', '弹出一条SMS说有人帮我报修了，是你们吗'],
  ])('no phone or other product is guessed from an acronym (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`v5-acronym-product-${line}`).say(line);
    expect(said.text).not.toMatch(CODE_EXPLAINED);
    expect(said.text).not.toMatch(/on this phone|这台手机|手机显示/i);
  });

  it.each([
    ['en', 'my dryer stops after ten minutes', 'the display says PF now'],
    ['zh', '烘干机转十分钟就停', '屏幕上显示PF'],
  ])('a code the display shows is still a code (%s)', async (_lang, first, second) => {
    const c = world.customer(`v5-real-code-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(/PF/);
  });
});
