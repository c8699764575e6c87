/**
 * A danger the customer already ended (issue 16): sparks in a microwave stopped and unplugged, or a
 * burning smell and a little smoke with the power cut at the wall and no flames, get the steps that
 * still apply, the usual cause and a repair offer from the bot: no priority person, no ticket. A
 * hob's new ignition battery that makes it light ("换了电池能打着了") is not a fire. Real
 * emergencies stay priority handoffs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a danger already made safe', () => {
  it.each([
    ['zh', '微波炉热菜时里面闪了几下火花，我马上按了暂停把电源拔了，没有着火', /金属|云母/],
    ['zh', '电烤箱刚才有点焦糊味还冒了些烟，我已经把电源关掉了，没看到明火', /断电|拔掉插头/],
    ['en', 'the microwave flashed with sparks while warming soup, I pressed stop and unplugged it, there was no fire', /metal|mica/i],
    ['en', 'my toaster oven gave off a burning smell and some smoke, I switched it off at the wall and there were no flames', /unplugged/i],
    // "nothing caught fire": a negation by "nothing", with the verb before the fire.
    ['en', 'sparks flew inside the microwave so I hit stop and pulled the plug, nothing caught fire', /metal|mica/i],
  ])('%s: %s', async (lang, line, steps) => {
    const c = world.customer(`made-safe-${line}`);
    const said = await c.say(line);
    expect(said.mode).toBe('bot');
    expect(said.text).toMatch(steps);
    expect(said.text).toMatch(lang === 'zh' ? /不要再用|先不要/ : /do not use/i);
    expect(said.text).not.toMatch(lang === 'zh' ? /插头或插座打火花/ : /sparks at the plug/i);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '燃气灶一直哒哒响就是打不起火', '阀门是开的', '换了两节新电池以后着了'],
    ['en', 'the gas hob keeps clicking but will not light', 'the valve is open', 'new batteries in the igniter and it lit'],
  ])('a hob that lights after new batteries: %s', async (_lang, ...lines) => {
    const c = world.customer(`hob-lit-${lines[0]}`);
    for (const line of lines) expect((await c.say(line)).mode).toBe('bot');
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '微波炉打火花，我关了电源，可里面还在冒烟'],
    ['zh', '干衣机冒烟了，我拔了插头，但是里面有火苗'],
    ['zh', '插座冒火花，我把电闸拉了'],
    ['zh', '燃气灶冒烟了，我把阀门关了'],
    ['en', 'the dryer was smoking and I unplugged it but it is still smoking'],
    ['en', 'I switched the heater off at the wall but I can see flames at the back'],
    ['en', 'smell of gas in the kitchen, I turned the hob off'],
  ])('stays a danger: %s: %s', async (_lang, line) => {
    const c = world.customer(`made-safe-danger-${line}`);
    const said = await c.say(line);
    expect(said.mode).toBe('handoff_requested');
    expect((await c.tickets())[0]?.priority).toBe('P1');
  });
});
