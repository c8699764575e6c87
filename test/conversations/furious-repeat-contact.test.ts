/**
 * A furious repeat contact (the third time or later, after our failure) is a very angry customer:
 * one apology in our words, a person, and the ticket at P1, in English as in Chinese. Before, the
 * English customer heard only "Sure, I'm passing you to a person.", and a Chinese one was left at P2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const SORRY = /抱歉|对不起|sorry|apologi/gi;

describe('a furious repeat contact', () => {
  it.each([
    ['en', 'Fourth time I have had to message you about the oven. The engineer was a no-show on Monday AND Thursday. Put me through to a person.'],
    ['en', "I've contacted you 3 times now, the repair guy never turned up, I want to talk to a human"],
    ['en', '3rd chat this week about my fridge. Nobody came either time you promised. Get me an agent.'],
    ['en', 'this is the 5th call about the same washer and you keep ignoring me, let me speak to someone real'],
    ['zh', '这已经是我第三次找你们了，师傅两次都放我鸽子，给我转人工'],
    ['zh', '我打了四次电话了，说好上门一直没人来，让人工来处理'],
    ['zh', '第五次来问了，你们到底管不管？转人工客服'],
  ])('apologised once, handed over, P1 (%s): %s', async (_lang, line) => {
    const c = world.customer(`furious-${line}`);
    const said = await c.say(line);
    expect(said.tools).toContain('handOff');
    const sorries = said.text.match(SORRY) ?? [];
    expect(sorries.length).toBe(1);
    const [ticket] = await c.tickets();
    expect(ticket?.priority).toBe('P1');
  });

  it.each([
    ['en', 'I would like to speak to a person about my kettle please'],
    ['zh', '你好，帮我转一下人工'],
  ])('a calm request for a person is unchanged (%s)', async (_lang, line) => {
    const said = await world.customer(`calm-${line}`).say(line);
    expect(said.tools).toContain('handOff');
    expect(said.text).not.toMatch(SORRY);
  });
});
