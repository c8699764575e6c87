/**
 * A person of ours asked to look into it or call back, worded as a request ("can a person look into
 * it then?", "叫你们工作人员帮我查一下") is a handoff, never a knowledge-base answer that only says it
 * is one, nor more troubleshooting. An engineer asked to come and look is still a visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a person asked to check it', () => {
  it.each([
    ['zh', '除湿机开着的时候哐哐响', '能不能叫你们工作人员帮我查一下'],
    ['zh', '洗衣机脱水时声音很大', '那让你们的人联系我吧'],
    ['zh', '空调遥控器按了没反应', '麻烦你们客服给我回个电话'],
    ['en', 'my dehumidifier is making a racket', 'ok can a person look into it then'],
    ['en', 'the washer is really loud on spin', 'could someone from your team check it please'],
    ['en', 'my AC remote does nothing', 'please have one of your staff call me about this'],
  ])('is handed to a person (%s: %s)', async (_lang, fault, ask) => {
    const c = world.customer(`person-check-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.mode).toBe('handoff_requested');
  });

  it.each([
    ['zh', '洗衣机脱水时声音很大', '还是响 派个师傅来看看吧'],
    ['en', 'the washer is really loud on spin', 'still loud, can you send a technician to look at it'],
  ])('an engineer asked to come is a visit (%s)', async (_lang, fault, ask) => {
    const c = world.customer(`engineer-check-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.mode).not.toBe('handoff_requested');
  });
});
