/**
 * Words that sound like demands and are not (issue 16): the customer's own "oh no, sorry" or "No
 * sorry, I meant…" is their apology, not one asked of us; "谢谢老板" addresses the bot warmly and
 * asks for no manager. Neither gets our apology, a person or a ticket. "No sorry at all?" still
 * asks for one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe("the customer's own apology and a form of address", () => {
  it.each([
    ['en', 'the dishwasher is not draining', 'oh no sorry, it was my fault, the filter was full of gunk'],
    ['en', 'my dryer will not start', 'Ah no sorry my mistake, the door was not shut properly'],
    ['zh', '洗碗机不排水', '哎呀不好意思，是我自己没把过滤网装好，谢谢老板'],
    ['zh', '烘干机不转', '老板不好意思哈，是门没关严，现在好了'],
  ])('%s: %s / %s', async (lang, first, second) => {
    const c = world.customer(`own-apology-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.mode).toBe('bot');
    expect(said.text).not.toMatch(lang === 'zh' ? /应该先向您道歉|经理|主管/ : /I should have said it first|let you down|manager/i);
    expect(await c.tickets()).toHaveLength(0);
  });

  it('still hears an apology asked for', async () => {
    const c = world.customer('own-apology-asked');
    await c.say('the engineer never came yesterday');
    const said = await c.say('and no sorry at all?');
    expect(said.text).toMatch(/sorry/i);
  });
});
