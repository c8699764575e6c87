/**
 * A product or brand the customer corrects replaces the first one everywhere: the fault matched
 * next, the repair summary (its product and its problem line), the ticket; and the reply says the
 * change back briefly. The correction may come in the message that named the wrong one, a turn
 * later after self-help, or at the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a product taken back in the message that named it', () => {
  it.each([
    ['zh', '家里的微波炉不加热了，哦不是微波炉，是烤箱不加热', /烤箱/, /微波炉/],
    ['zh', '我的冰箱不冷了 等等 不是冰箱 是冰柜', /冰柜/, /另外/],
    ['en', "my Panasonic microwave won't heat anything, actually scratch that, it's the Panasonic rice cooker that won't heat", /rice cooker/i, /microwave|And the/i],
    ['en', "the fridge in the kitchen is leaking, hang on, not the fridge, it's the dishwasher that's leaking", /dishwasher/i, /fridge|And the/i],
  ])('is one problem, of the product meant, said back (%s: %s)', async (_lang, line, meant, slip) => {
    const said = await world.customer(`pc-same-${line}`).say(line);
    expect(said.text).toMatch(/^(?:记下了|Got it)[:：].*$/m);
    expect(said.text.match(/^(?:记下了|Got it)[:：].*$/m)![0]).toMatch(meant);
    expect(said.text.match(/^(?:记下了|Got it)[:：].*$/m)![0]).not.toMatch(slip);
    // Never a second problem for the product taken back.
    expect(said.text).not.toMatch(/另外，.{1,6}的问题|And the /);
  });

  it('a brand taken back the same way is the brand meant (en)', async () => {
    const said = await world.customer('pc-same-brand-en').say('my Bosch dishwasher, sorry, Siemens dishwasher, shows E15');
    expect(said.text).toMatch(/Got it: brand Siemens/);
    expect(said.text).not.toMatch(/Bosch/);
  });

  it('a brand taken back the same way is the brand meant (zh)', async () => {
    const said = await world.customer('pc-same-brand-zh').say('格力空调 哦不对 美的空调 不制冷');
    expect(said.text).toMatch(/记下了：品牌 美的/);
    expect(said.text).not.toMatch(/格力/);
  });

  it('two products each with a fault are still two problems', async () => {
    const said = await world.customer('pc-two').say('空调不制冷，冰箱也不冷了');
    expect(said.text).toMatch(/另外，冰箱的问题/);
    expect(said.text).not.toMatch(/记下了/);
  });
});

describe('a product corrected after self-help', () => {
  it('is looked up again for the product meant, and the problem names it (zh)', async () => {
    const c = world.customer('pc-later-zh');
    await c.say('热水器打不着火');
    const said = await c.say('搞错了，不是热水器，是燃气灶打不着火');
    expect(said.text).toMatch(/改好：产品 燃气灶/);
    expect(said.text).toMatch(/燃气灶打不着火/);
    expect(said.text).not.toMatch(/热水器/);
  });

  it('is looked up again for the product meant, and the problem names it (zh, told before the slip)', async () => {
    const c = world.customer('pc-later-zh-2');
    await c.say('洗碗机漏水');
    const said = await c.say('不好意思我搞混了，漏水的是洗衣机，不是洗碗机');
    expect(said.text).toMatch(/改好：产品 洗衣机；问题 洗衣机漏水/);
  });

  it('is looked up again for the product meant, and the problem names it (en)', async () => {
    const c = world.customer('pc-later-en');
    await c.say('my Philips TV has no sound');
    const said = await c.say("actually forget about the TV, it's my Philips earbuds that won't charge");
    expect(said.text).toMatch(/Changed as you said: product earbuds/);
    expect(said.text).toMatch(/charg/i);
    expect(said.text).not.toMatch(/TV/);
  });
});

describe('a product or brand corrected at the summary', () => {
  it('changes the product and the problem line, and the ticket (en)', async () => {
    const c = world.customer('pc-confirm-en');
    for (const t of ['my air purifier is making a rattling noise, please send a technician', 'no idea of the model', 'bought it in March 2025', '13812345678']) await c.say(t);
    await c.say('18 Jinqiao Road, Pudong, Shanghai');
    const said = await c.say("wait, it's the dehumidifier that rattles, not the air purifier");
    expect(said.text).toMatch(/Changed as you said: product dehumidifier/);
    expect(said.text).toMatch(/Product: dehumidifier/);
    expect(said.text).toMatch(/Problem: my dehumidifier is making a rattling noise/);
    expect(said.text).not.toMatch(/air purifier/);
    await c.say('yes');
    const [ticket] = await c.tickets();
    expect(ticket?.category).toBe('dehumidifier');
    expect(ticket?.symptom).not.toMatch(/air purifier/);
  });

  it('changes the brand and the problem line, and the ticket (zh)', async () => {
    const c = world.customer('pc-confirm-zh');
    for (const t of ['老板油烟机吸力很小 帮我约师傅上门', '型号不知道', '去年3月买的', '13812345678']) await c.say(t);
    await c.say('杭州市西湖区文三路88号');
    const said = await c.say('品牌搞错了，是方太不是老板');
    expect(said.text).toMatch(/改好：品牌 方太/);
    expect(said.text).toMatch(/产品：方太油烟机/);
    expect(said.text).toMatch(/问题：方太油烟机吸力很小/);
    expect(said.text).not.toMatch(/老板/);
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket?.brand).toBe('Fotile');
    expect(ticket?.symptom).toBe('方太油烟机吸力很小');
  });

  it('changes the product and the problem line, and the ticket (zh, product)', async () => {
    const c = world.customer('pc-confirm-zh-product');
    for (const t of ['空气净化器有异响 帮我约师傅上门', '型号不知道', '去年3月买的', '13812345678']) await c.say(t);
    await c.say('杭州市西湖区文三路88号');
    const said = await c.say('等一下 说错了 响的是除湿机 不是空气净化器');
    expect(said.text).toMatch(/产品：除湿机/);
    expect(said.text).toMatch(/问题：除湿机有异响/);
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket?.category).toBe('dehumidifier');
    expect(ticket?.symptom).toBe('除湿机有异响');
  });
});
