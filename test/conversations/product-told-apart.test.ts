/**
 * A customer who sends one fact per message: the product alone, then the brand, then the fault in
 * words that name no product ("抽不动了 一屋子油烟"). Read alone the fault was taken as off-topic and
 * every later fact met the menu; read with the bare product messages before it, it is that
 * product's fault and gets its case (bot/understanding/product-told-apart.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const OFF_TOPIC = /帮不上忙|can't help with that|outside what I can help/i;

describe('a product named alone, then its fault', () => {
  it.each([
    ['zh', ['抽油烟机', '华帝', '抽不动了 做个饭一屋子油烟'], /吸力|油网|风档|挡板/],
    ['zh', ['热水器', '出来的水一直是凉的 洗不了澡'], /热水器|温度|加热|电源|燃气|水压/],
    ['en', ['cooker hood', 'it barely pulls any smoke now, the kitchen fills up when I fry'], /filter|suction|grease|speed/i],
    ['en', ['water heater', 'Ariston', 'only cold water comes out of the taps since this morning'], /water heater|temperature|thermostat|breaker|power|element/i],
  ])('gets the fault answered for that product (%s)', async (_lang, messages, answer) => {
    const c = world.customer(`told-apart-${messages.join('|')}`);
    const replies = await c.sayAll(...messages);
    const last = replies.at(-1)!;
    expect(last).not.toMatch(OFF_TOPIC);
    expect(last).toMatch(answer);
  });

  it('a phone number after a bare product is still read as a phone, not joined into a fault', async () => {
    const c = world.customer('told-apart-phone');
    const [, said] = await c.sayAll('空调', '我电话13812345678');
    expect(said).not.toMatch(OFF_TOPIC);
  });
});
