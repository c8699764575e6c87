/**
 * A dust smell the first few times an air conditioner heats after standing unused is normal: the
 * customer hears so, to air the room and clean the filter, and that a smell that stays or smells
 * burnt means switching off and reporting it. It used to get "no information" or the defrost case.
 * Our own wordings, both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a dusty smell at the first heating of the season', () => {
  it.each([
    ['zh', '空调好几个月没开，今天头一次开制热，出风有点灰尘的味道，十来分钟就淡了，这样正常吧'],
    ['en', 'first time running the air con on heat since last winter and it gives off a dusty smell for ten minutes or so. is that normal?'],
  ])('is told it is usually normal, to clean the filter, and when to stop (%s)', async (lang, line) => {
    const reply = (await world.customer(`dust-smell-${++n}`).say(line)).text;
    expect(reply).toMatch(lang === 'zh' ? /灰尘味/ : /dust/i);
    expect(reply).toMatch(lang === 'zh' ? /滤网/ : /filter/i);
    expect(reply).toMatch(lang === 'zh' ? /焦糊味/ : /burning/i);
    expect(reply).not.toMatch(/化霜|defrost|没有确切|reliable information/i);
  });
});
