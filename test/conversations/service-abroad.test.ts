/**
 * Issue 16: a customer abroad, or in Hong Kong or Macau, with a product bought in mainland China asks
 * whether it can be repaired where they are, whether we have engineers there, what to bring to the
 * local service centre. The honest answer: the mainland warranty and our visits hold in mainland
 * China; the brand's local service may repair it (usually paid) or not; bring the product and the
 * proof of purchase; no visit promised abroad. Before, a visit-days answer or a care tip came back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-07T03:00:00Z');
});
afterAll(() => world.close());

describe('service asked for outside mainland China', () => {
  it.each([
    ['zh', '我现在住在澳门，之前在广州买的格力空调，开机一会儿就停', '澳门这里有你们的师傅吗？'],
    ['zh', '人在新加坡，国内带过来的美的电饭煲不加热了', '在新加坡能不能修啊'],
    ['zh', '小米扫地机器人充不进电', '我要拿去香港的售后网点，需要带些什么'],
    ['en', "I live in Toronto now; my Midea microwave that I bought in Guangzhou doesn't heat", 'is there anyone in Canada who could fix it?'],
    ['en', 'my Haier fridge is making a loud buzzing noise', 'what should I take along to a service centre in Hong Kong?'],
    ['en', "we're based in Melbourne, the Gree heater we brought from Shanghai won't turn on", 'can somebody repair it over here?'],
  ])('is answered with what holds there, never a visit (%s: %s)', async (lang, fault, question) => {
    const c = world.customer(`abroad-${question}`);
    await c.say(fault);
    const said = await c.say(question);
    if (lang === 'zh') {
      expect(said.text).toMatch(/国行保修/);
      expect(said.text).toMatch(/只在中国大陆/);
      expect(said.text).toMatch(/付费维修/);
      expect(said.text).toMatch(/购买凭证/);
      expect(said.text).not.toMatch(/[A-Za-z]{3,}/);
    } else {
      expect(said.text).toMatch(/mainland warranty/);
      expect(said.text).toMatch(/can't send anyone/);
      expect(said.text).toMatch(/paid repair/);
      expect(said.text).toMatch(/proof of purchase/);
    }
    expect(said.text).not.toMatch(/周六|周日|any day of the week|Saturdays/);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '美的洗衣机不排水，我在广州', '你们这边师傅周末能来吗'],
    ['en', "my Midea washer won't drain, I'm in Shanghai", 'can your engineer come at the weekend?'],
  ])('a customer in mainland China asking about a visit still gets the visit answer (%s)', async (_lang, fault, question) => {
    const c = world.customer(`mainland-${question}`);
    await c.say(fault);
    const said = await c.say(question);
    expect(said.text).not.toMatch(/国行保修|mainland warranty/);
  });
});
