/**
 * A battery that runs down soon after charging is its own symptom: it charges and it powers on, so
 * the "will not power on" case never answers it (bot/engine/symptom-fit.ts, kind drainsFast), and the
 * case for charging and battery life does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a laptop battery that runs down fast', () => {
  it.each([
    ['zh', '笔记本电脑电池半小时就没电'],
    ['zh', '我的笔记本掉电特别快，拔了电源撑不了一个钟'],
    ['zh', '联想笔记本续航变短了很多'],
    ['en', 'my laptop battery drains in an hour'],
    ['en', "the battery on my laptop doesn't last any more, maybe 40 minutes"],
    ['en', 'laptop battery dies really quickly now'],
  ])('gets the battery case, not the power-on case (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`battery-down-${line}`).say(line);
    expect(said.text).toMatch(/电池不耐用|runs down fast/);
    expect(said.text).not.toMatch(/开不了机|will not power on/);
  });

  it.each([
    ['zh', '笔记本开不了机，按电源键没反应'],
    ['en', "my laptop won't turn on at all"],
  ])('a laptop that will not start still gets the power-on case (%s)', async (_lang, line) => {
    const said = await world.customer(`battery-down-control-${line}`).say(line);
    expect(said.text).toMatch(/开不了机|will not power on/);
  });
});
