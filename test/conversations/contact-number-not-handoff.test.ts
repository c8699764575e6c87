/**
 * A number left for the booking during a repair ("ring me on … if anything", "有事打我电话…") is the
 * booking's phone: it is kept and the form goes on. Only a person asked for outright, or a call wanted
 * now because the chat is not helping, hands the conversation off (bot/understanding/contact-left.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const HANDED_OFF = /转给人工|人工客服|客服会在|hand(?:ed|ing)? (?:you |this )?(?:over|off)|a person will|an agent will|passing (?:you|this) to/i;

describe('a contact number is not a call for a person', () => {
  it.each([
    ['zh', '洗衣机甩干的时候不转了', '试过了，还是不行', '有事打我电话13812345678', /13812345678/],
    ['zh', '冰箱冷藏室不冷', '按你说的弄了，还是不冷', '有什么情况随时给我打电话 13698765432', /13698765432/],
    ['zh', '热水器打不着火', '都试过了还是打不着', '师傅来之前打给我，13512345678', /13512345678/],
    ['en', 'my dishwasher leaves water at the bottom', 'did that, still the same', 'if the engineer needs anything just ring me on 0412 777 888', /412 777 888/],
    ['en', 'the dryer will not heat', 'tried all of it, still cold', 'ring me or my daughter on 0412 555 666 if you need', /412 555 666/],
    ['en', 'my washing machine will not spin', 'no luck, still will not spin', 'you can phone me on 0413 222 333 when the engineer is on his way', /413 222 333/],
  ])('the number is kept and the form goes on (%s: %s)', async (_lang, fault, tried, contact, number) => {
    const c = world.customer(`v5-contact-${contact}`);
    await c.say(fault);
    await c.say(tried);
    const said = await c.say(contact);
    expect(said.tools).not.toContain('handOff');
    expect(said.text).not.toMatch(HANDED_OFF);
    expect(await c.tickets()).toHaveLength(0);
    // The form goes on, and the number is the booking's phone at the summary.
    const answers = _lang === 'zh' ? ['不知道型号', '去年五月买的', '杭州市西湖区文三路100号3单元501'] : ['no idea', 'march last year', '12 King St, Newtown NSW 2042'];
    let last = said;
    for (const line of answers) last = await c.say(line);
    expect(last.text).toMatch(number);
  });

  it.each([
    ['zh', '洗衣机不排水', '试过了，还是不行', '转人工吧，我电话13812345678'],
    ['en', 'my washer will not drain', 'did that, still the same', 'this is going nowhere, get someone to ring me now on 0412 777 888'],
  ])('a person asked for outright still takes over (%s)', async (_lang, fault, tried, wish) => {
    const c = world.customer(`v5-contact-person-${wish}`);
    await c.say(fault);
    await c.say(tried);
    const said = await c.say(wish);
    expect(said.tools).toContain('handOff');
  });
});
