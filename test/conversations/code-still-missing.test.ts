/**
 * A customer whose texted code does not come, said in any words, gets it sent again once; said again
 * after that, they hear the other ways on (another number, a person without a code) instead of the
 * same request for the code (bot/engine/flows/status-flow.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the code still has not come', () => {
  it.each([
    ['zh', '我上个月报修的洗碗机 现在进度怎么样了 工单号找不到了', '13722334455', '短信一直没来', '还是没有 等了五分钟了'],
    ['en', "what's happening with my dishwasher repair? I can't find the ticket number", '13722334455', 'nothing has come through', 'still nothing, waited five minutes'],
  ])('sent again once, then other ways (%s)', async (_lang, ask, phone, none, stillNone) => {
    const c = world.customer(`code-still-missing-${ask}`);
    await c.say(ask);
    const sent = await c.say(phone);
    expect(sent.text).toMatch(/验证码|code/);
    const again = await c.say(none);
    expect(again.text).toMatch(/重新申请发送|sent again/);
    const other = await c.say(stillNone);
    expect(other.text).not.toMatch(/重新申请发送|sent again|请把短信里的6位|send me the 6-digit code/i);
    expect(other.text).toMatch(/另一个[^。]*手机号|another number/);
    expect(other.text).toMatch(/转人工|human/);
  });
});
