/**
 * Moving a booked visit: the time the customer names as the booking ("约了明天上午", "booked for
 * Friday morning") is the old slot, never read back as the new one; and a new time given while the
 * bot looks for the ticket ("can we do Monday evening instead?") is taken, not looked up as a question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the booked slot is not the new time', () => {
  it.each([
    ['zh', '之前约了后天下午师傅来修洗衣机 想换个时间', /改到「后天下午」|改到「[^」]*下午」/],
    ['zh', '原定周五上午上门修热水器，想改个时间', /改到「周五上午」/],
    ['en', 'my dryer repair is booked for Friday morning but I need to reschedule', /to Friday|Friday morning/i],
    // A time ruled out ("周三不行了", "Thursday is no good") is not the new one either.
    ['zh', '约了修冰箱的师傅 想改个时间 周三不行了', /改到「周三」/],
    ['en', 'I need to reschedule the washer repair, Thursday is no good anymore', /to "?Thursday/i],
  ])('does not take the booked slot as the new one (%s: %s)', async (_lang, line, oldAsNew) => {
    const said = await world.customer(`old-slot-${line}`).say(line);
    expect(said.text).not.toMatch(oldAsNew);
    expect(said.text).toMatch(/工单号|AS-|ticket/i);
  });

  it('takes a new time given while the ticket is being found, with no "no reliable answer"', async () => {
    const c = world.customer('old-slot-new-time');
    await c.say('the oven repair is scheduled for tomorrow afternoon, I need to move it');
    const next = await c.say('could we do Monday evening instead?');
    expect(next.text).not.toMatch(/reliable answer/i);
    expect(next.text).toMatch(/ticket|AS-/i);
  });
});
