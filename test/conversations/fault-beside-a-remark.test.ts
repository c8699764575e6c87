/**
 * A fault told with a remark beside it ("…and they say repairs take a week") is a fault: the answer
 * about repair times that the remark's words found first is passed over for its topic, and the
 * fault's own case, scoring just below it, answers (issue 16; seen when the everyday answers
 * joined the knowledge base). Our own wordings, both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a fault with a remark about repair times', () => {
  it.each([
    ['en', 'my fridge stopped cooling and they say the repair takes a week', /not cold/i],
    ['en', "my fridge isn't cold anymore, a friend said repairs usually take a week", /not cold/i],
    ['zh', '冰箱冷藏室不凉了，朋友说这种修起来要好几天', /冷藏室不凉/],
  ])('gets the fault case, not how long a repair takes (%s: %s)', async (_lang, line, fault) => {
    const reply = (await world.customer(`remark-${++n}`).say(line)).text;
    expect(reply).toMatch(fault);
    expect(reply).not.toMatch(/寄修或送修|mail-in|posted back|no fix that matches|没有匹配/i);
  });
});
