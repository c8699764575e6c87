/**
 * A road question first ("is the motorway closed?"), then a real fault: the road gets one plain
 * line that it is outside what we can help with (no "a person will confirm it"), and the fault
 * that follows gets its case, even when introduced with "顺便问一下" and said as "不凉了"
 * (bot/understanding/off-topic.ts, the fault cues in lexicons/intent-cues.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const DECLINE = /帮不上忙|不在我能帮忙的范围|can.t help with that|outside what I can help with/i;
const HANDOFF = /转人工|没有确切的资料|human|a person|confirm/i;

describe('a road question, then a fault', () => {
  it.each([
    ['zh', '师傅 问一下去太原的高速今天封没封', '哦那顺便问一下，我家容声冰箱冷藏那层不凉了，冷冻还能冻住', /冷藏室不凉/],
    ['en', 'quick one, is the motorway to Galway closed this morning?', "ah ok. different thing, my hisense fridge isn't keeping the top part cold, freezer's fine", /Fridge compartment not cold/],
  ])('the road is declined in one line, the fault is answered (%s)', async (_lang, road, fault, fridgeCase) => {
    const c = world.customer(`road-then-fault-${road}`);
    const first = await c.say(road);
    expect(first.text).toMatch(DECLINE);
    expect(first.text).not.toMatch(HANDOFF);
    const second = await c.say(fault);
    expect(second.text).toMatch(fridgeCase);
    expect(second.text).not.toMatch(HANDOFF);
  });

  it.each([
    ['zh', '师傅说路上堵车，今天来晚了'],
    ['en', 'the engineer said the road was closed so he never came'],
  ])('a road told as the reason a visit went wrong is no off-topic question (%s)', async (_lang, line) => {
    const reply = await world.customer(`road-told-${line}`).say(line);
    expect(reply.text).not.toMatch(DECLINE);
  });
});
