/**
 * A symptom the customer says is not there ("no smell", 没有糊味, "it isn't leaking") never names
 * a fault: the answer given stands rather than switching to the denied symptom's case. And a hum,
 * a whine or a squeal is a noise to troubleshoot, asked as "is it normal?" too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { withoutDenied } from '../../bot/understanding/denied-symptoms';
import { symptomKinds } from '../../bot/engine/symptom-fit';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BURNT_OR_SPARKS = /冒烟|火花|打火|smokes|smells burnt|sparks/i;

describe('denied symptoms', () => {
  it.each([
    ['zh', '微波炉一开起来就嗡嗡的 这个正常吗', '一直都是这种声音 也没有焦糊味'],
    ['zh', '微波炉转起来嗡嗡响 声音挺大的 要紧吗', '没闻到什么味道 也没冒烟'],
    ['en', 'is it normal that my microwave hums loudly when it runs?', "it's the same hum it always had, no smell"],
    ['en', 'my microwave makes a loud hum while heating, should I worry?', 'there is no burning smell and no smoke, just the noise'],
  ])('never switch the answer to the denied fault (%s: %s)', async (_lang, first, second) => {
    const c = world.customer(`denied-${second}`);
    const opened = await c.say(first);
    expect(opened.text).toMatch(/嗡嗡|hum/i);
    const said = await c.say(second);
    expect(said.text).not.toMatch(BURNT_OR_SPARKS);
  });

  it.each([
    ['没有异味 就是不制冷', ['noCool']],
    ['不漏水 但是一直响', ['noise']],
    ['no smell, it just will not heat', ['noHeat']],
    ["it isn't leaking, it only rattles", ['noise']],
  ])('"%s" names only what is there', (line, kinds) => {
    expect([...symptomKinds(line)].sort()).toEqual(kinds);
  });

  it('keeps what is not denied', () => {
    expect(withoutDenied('有糊味 还冒烟')).toBe('有糊味 还冒烟');
    expect(withoutDenied('smells of burning')).toBe('smells of burning');
  });
});
