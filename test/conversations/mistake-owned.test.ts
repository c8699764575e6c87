/**
 * A customer who says our answer missed ("that's not what I asked", "答非所问") is asking the
 * question again: a short sorry and the answer, never a complaint ticket or a person fetched with
 * "truly sorry". Only a second miss in a row goes to a colleague, and the customer hears why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_ESCALATION = /truly sorry|getting a person|非常抱歉给您添了这么多麻烦|人工客服专门跟进/i;

describe('a pointed-out mistake is the question asked again', () => {
  it.each([
    ['en', 'the earbuds case stopped charging, can I send them in by post?', "you're talking about refunds again. I'm asking about packaging for a mail-in repair", /box|carton|packag/i],
    ['en', 'the hob glass cracked, how long is the warranty?', "that doesn't answer it. I asked whether the glass panel is covered, not the whole hob", /cover|warranty|year/i],
    ['zh', '油烟机吸力变小了', '你说的是清洗，我问的不是这个，我问的是电机保修几年', /电机|保修|年/],
    ['zh', '洗衣机甩干的时候声音特别响', '不是退货，我是问师傅上门修要不要钱，你答非所问', /上门费|免费|收费/],
  ])('answers instead of escalating (%s: %s)', async (_lang, first, pointed, answer) => {
    const c = world.customer(`mistake-${pointed}`);
    await c.say(first);
    const said = await c.say(pointed);
    expect(said.tools).not.toContain('handOff');
    expect(said.text).not.toMatch(NO_ESCALATION);
    expect(said.text).toMatch(/^(?:Sorry|抱歉)/);
    expect(said.text).toMatch(answer);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    [
      'en',
      'my dryer takes three hours to dry a load, is a visit free?',
      'no, that is not what I asked, I meant whether the engineer brings the part',
      'still wrong, you did not answer me',
      /wrong twice|colleague will take over/i,
    ],
    ['zh', '冰箱冷藏室不凉了，上门费多少', '你理解错了，我想知道师傅几点能到', '还是答非所问', /两次没答到|人工同事来接手/],
  ])('a second miss in a row goes to a colleague, saying why (%s)', async (_lang, first, miss1, miss2, why) => {
    const c = world.customer(`mistake-twice-${miss1}`);
    await c.say(first);
    const once = await c.say(miss1);
    expect(once.tools).not.toContain('handOff');
    const twice = await c.say(miss2);
    expect(twice.tools).toContain('handOff');
    expect(twice.text).toMatch(why);
    expect(twice.text).not.toMatch(NO_ESCALATION);
  });
});
