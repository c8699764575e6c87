/**
 * A conversation's urgency adds up across its turns: a failed repair in one message, a visit that
 * never came in the next and a demand for a manager in the third make the ticket P1, as they would
 * said in one message (held-out customers were filed at P2). Calm customers with one grievance stay
 * below P1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('escalation said over several turns, round 17', () => {
  it.each([
    ['zh', ['洗衣机上个月修过一次 现在又不脱水了', '约好今天下午师傅来 到现在都没来 电话也不接', '我要投诉 给我找你们主管']],
    ['zh', ['热水器第二次坏了 同样的毛病', '说好昨天来人的 没人来', '再这样我就去12315投诉了 转人工']],
    ['en', ['my oven was repaired last week and it has failed again', 'the engineer was booked for this morning and never turned up', 'I want to make a formal complaint, get me a supervisor']],
    ['en', ['second time this dryer broke with the same fault', 'nobody showed up for the visit yesterday either', "I'll be posting a review about this. put me through to a person"]],
  ] as const)('(%s) the ticket is P1: %s', async (_lang, turns) => {
    const c = world.customer(`r17-across-${turns[0]}`);
    await c.sayAll(...turns);
    const [first] = await c.tickets();
    expect(first?.priority).toBe('P1');
  });

  it.each([
    ['zh', ['冰箱不太凉了', '型号不知道', '转人工吧']],
    ['zh', ['洗衣机又不脱水了', '给我转人工']],
    ['en', ['my washer is not spinning', "don't know the model", 'can I talk to a person?']],
    ['en', ['the engineer came but the noise is back', 'put me through to a person please']],
  ] as const)('(%s) one grievance, calmly said, stays below P1: %s', async (_lang, turns) => {
    const c = world.customer(`r17-calm-${turns[0]}`);
    await c.sayAll(...turns);
    const [first] = await c.tickets();
    expect(first).toBeDefined();
    expect(first!.priority).not.toBe('P1');
  });
});
