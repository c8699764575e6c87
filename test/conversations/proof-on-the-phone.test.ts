/**
 * A proof kept on the customer's phone ("发票照片手机里有", "the receipt photo is on my phone") names
 * where the proof is, not the product: the washer being booked stays a washer, and its error code
 * is never read as a phone's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a proof of purchase kept on the phone', () => {
  it.each([
    ['zh', '海尔滚筒洗衣机显示ERR2 排不了水', '过滤器清了 还是ERR2', '型号EG100 去年10月买的 小票拍了照 在手机上存着'],
    ['zh', '美的冰箱冷藏不制冷了', '试过了 还是不冷', '型号BCD-500 今年3月买的 手机里有订单截图'],
    ['en', 'my Bosch dishwasher shows E24 and will not drain', 'cleaned the filter, still E24', 'model SMS6, bought last March, the receipt photo is on my phone'],
    ['en', 'Samsung washer shows 5E, water stays in', 'did that, still 5E', 'model WW90, bought in May 2025, I have a picture of the invoice in my phone'],
  ])('(%s) keeps the product being booked', async (_lang, first, second, third) => {
    const c = world.customer(`proof-phone-${third}`);
    await c.say(first);
    await c.say(second);
    const said = await c.say(third);
    expect(said.text).not.toMatch(/手机显示|phone showing|送修|service centre|设置-关于本机|Settings/);
    const next = await c.say('13912345678');
    expect(`${said.text}\n${next.text}`).not.toMatch(/手机显示|手机、平板|phone or tablet/i);
  });
});
