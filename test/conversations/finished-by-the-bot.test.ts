/**
 * Conversations a good desk finishes itself (issue 16): normal behaviour feared as danger, a problem
 * the customer solved, a customer who only wants a person. No handoff where nothing needs a person,
 * and never a repair ticket with no problem in it. Real danger stays P1 with a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('an outdoor unit steaming while heating, feared to explode, is defrosting', () => {
  it.each([
    ['zh', '海信空调开着暖风 外机一直冒白汽 里面也停风了 是不是要爆炸了', /化霜/],
    ['en', 'The outdoor unit of my heat pump keeps steaming while it heats and the fan inside stopped. Is it going to explode?', /defrost/i],
  ])('(%s) %s', async (_lang, line, defrost) => {
    const c = world.customer(`e4-defrost-${line}`);
    const said = await c.say(line);
    expect(said.text).toMatch(defrost);
    expect(said.text).not.toMatch(/爆裂|总电闸|转给人工|没有确切|breaker|passed this to our staff|reliable answer/i);
    expect(said.tools).not.toContain('handOff');
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '空调制热 外机冒烟还有股糊味 是不是要炸了'],
    ['en', 'The heat pump outside is smoking and smells of burning plastic while heating, is it going to explode?'],
  ])('smoke that smells of burning stays a danger (%s) %s', async (_lang, line) => {
    const c = world.customer(`e4-realsmoke-${line}`);
    const said = await c.say(line);
    expect(said.tools).toContain('handOff');
    expect((await c.tickets())[0]?.priority).toBe('P1');
  });
});

describe('a laptop held at 80% by a battery-care setting the customer switched off is solved', () => {
  it.each([
    ['zh', '华硕笔记本插着电 电量卡在80%就不往上走了 显示已接通电源未充电', '原来是电脑管家里开了养护模式 那个模式关掉以后能充满了'],
    ['en', 'My Asus laptop sits at 80% on the charger and shows plugged in, not charging', "Sorted, the battery manager app had a charge limit on. Turned it off and it's charging to 100 now"],
  ])('(%s) %s / %s', async (_lang, problem, solved) => {
    const c = world.customer(`e4-laptop-${problem}`);
    await c.say(problem);
    const said = await c.say(solved);
    expect(said.text).toMatch(/太好了|能用就好|glad|great/i);
    expect(said.text).not.toMatch(/没能解决|登记|型号|转给人工|register|model|passing you to a person/i);
    expect(said.tools).not.toContain('handOff');
    expect(await c.tickets()).toHaveLength(0);
  });

  it('asking for a manager is still asking for a person', async () => {
    const said = await world.customer('e4-manager-person').say('This is useless, put your manager on');
    expect(said.tools).toContain('handOff');
  });
});
