/**
 * The customer asking the same thing again in this chat ("第三次问了", "that's the third time I'm
 * asking") is our answer missing, not a count of contacts: a short sorry for not answering and the
 * answer, never "sorry, you've contacted us 3 times" or a request for a ticket number. With nothing
 * but the count ("我都说了好几遍了！"), the question asked last is answered again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_CONTACTS = /找了我们|您已经找|催过|工单号|contacted us|chased this|ticket number|you've been put off/i;

describe('asking again in this chat is not contacting us again', () => {
  it.each([
    ['热水器的镁棒多久换一次', '第三次问了，镁棒多久换一次', /镁棒/],
    ['洗碗机能用手洗的洗洁精吗', '我都问你好几遍了 能不能用洗洁精', /洗洁精/],
    ['热水器的镁棒多久换一次', '这个问题我说了三遍了！', /镁棒/],
  ])('"%s" then "%s" (zh)', async (question, again, answer) => {
    const c = world.customer(`w2-again-zh-${again}`);
    await c.say(question);
    await c.say(question);
    const said = await c.say(again);
    expect(said.text).toMatch(/抱歉/);
    expect(said.text).toMatch(answer);
    expect(said.text).not.toMatch(NO_CONTACTS);
  });

  it.each([
    ['how often should the anode rod in the water heater be replaced', "that's the third time I'm asking - how often do I replace it?", /anode rod/i],
    ['can I use normal washing-up liquid in the dishwasher', "I've asked you three times now, can I use washing-up liquid or not", /washing-up liquid|foam/i],
    ['how often should the anode rod in the water heater be replaced', 'how many times do I have to ask this', /anode rod/i],
  ])('"%s" then "%s" (en)', async (question, again, answer) => {
    const c = world.customer(`w2-again-en-${again}`);
    await c.say(question);
    await c.say(question);
    const said = await c.say(again);
    expect(said.text).toMatch(/sorry/i);
    expect(said.text).toMatch(answer);
    expect(said.text).not.toMatch(NO_CONTACTS);
  });

  it.each([
    ['zh', '我打了三次电话了，你们就会说会联系', /抱歉/],
    ['en', "I've called four times and all you say is someone will call", /sorry/i],
  ])('calling us several times is still heard as chasing (%s)', async (_lang, line, sorry) => {
    const said = await world.customer(`w2-again-chase-${line}`).say(line);
    expect(said.text).toMatch(sorry);
    expect(said.text).toMatch(/工单号|ticket number/i);
  });
});
