/**
 * Playtest round 17: a visit asked for with no fault named, where the answer to "what's the
 * problem?" is something else ("no clue about the model", a phone and an address), never files or
 * restates that answer as the problem, nor an empty one without asking: the problem is asked again,
 * with an example, and what the customer then says is the ticket's problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ASKED_AGAIN = /what is wrong with it\?[^\n]*e\.g\.|出了什么问题[^\n]*比如/i;

describe('the problem is asked for before the summary', () => {
  it.each([
    ['en', 'could you send a technician to look at my dishwasher', 'no clue about the model', 'the door seal drips onto the floor', /drips/],
    ['en', 'I want an engineer for the tumble dryer please', '13912345678, Flat 3, 21 Elm Street, Leeds', 'it stops halfway through every cycle', /stops halfway/],
    ['zh', '帮我约个师傅看看洗碗机', '型号不清楚', '门缝一直往外滴水', /滴水/],
    ['zh', '派个师傅来看看烘干机', '13912345678 杭州市西湖区文一西路100号 3幢2单元601', '转到一半就停', /一半就停/],
  ])('%s: "%s", then "%s"', async (_lang, wish, other, problem, told) => {
    const c = world.customer(`r17-problem-${wish}`);
    const first = await c.say(wish);
    expect(first.text).toMatch(/what's the problem|什么问题/i);
    const again = await c.say(other);
    expect(again.text).toMatch(ASKED_AGAIN);
    expect(again.text).not.toMatch(/confirm the repair|确认一下报修/i);
    await c.say(problem);
    const replies = await c.sayAll('13912345678', 'Flat 3, 21 Elm Street, Leeds', "I don't know", 'Flat 3, 21 Elm Street, Leeds');
    const summary = replies.find((r) => /confirm the repair|确认一下报修/i.test(r)) ?? '';
    const problemLine = summary.split('\n').find((l) => /Problem:|问题：/.test(l)) ?? '';
    expect(problemLine).toMatch(told);
    expect(problemLine).not.toMatch(/model|型号|1391|Elm|西湖/i);
  });
});
