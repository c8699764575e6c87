/**
 * While the repair form asks its questions, a customer who calls the repair off gets the form
 * closed, with no more questions and no ticket, even when the words name the booking they call off
 * ("上门就不用了", "no point having someone come"): those words were read as asking for the booking, and
 * the next question came. A sigh about the detail asked ("算了 型号不知道", "never mind, no idea of
 * the model") gives up that detail only: the form goes on (issue 16).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function modelAsked(c: Customer, zh: boolean): Promise<void> {
  const asked = zh ? await c.sayAll('滚筒洗衣机甩干不转了', '都试过了 还是不转') : await c.sayAll('my fridge hums very loudly all night', 'did all that, still loud');
  expect(asked.at(-1)).toMatch(zh ? /型号/ : /model/i);
}

describe('calling the repair off while a detail is asked', () => {
  it('zh: the visit named as what is called off closes the form', async () => {
    const c = world.customer('called-off-zh');
    await modelAsked(c, true);
    const closed = await c.say('不修了不修了 朋友说是衣服塞太多了 上门就不用了');
    expect(closed.text).not.toMatch(/什么时候买|手机号|地址|型号/);
    expect(closed.text).toMatch(/取消|不提交|没有提交|不着急/);
    expect(await c.tickets()).toHaveLength(0);
  });

  it('en: "no point having someone come" closes the form', async () => {
    const c = world.customer('called-off-en');
    await modelAsked(c, false);
    const closed = await c.say("forget it, there's no point having someone come and look, my cousin says they all hum");
    expect(closed.text).not.toMatch(/when did you buy|mobile number|address|model/i);
    expect(closed.text).toMatch(/cancel|won't book|not book/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('a sigh about the detail gives up the detail, not the form', () => {
  it('zh: 算了 + cannot give the model: the next question comes', async () => {
    const c = world.customer('detail-given-up-zh');
    await modelAsked(c, true);
    const next = await c.say('算了 型号看不清');
    expect(next.text).not.toMatch(/取消/);
    expect(next.text).toMatch(/什么时候买|购买/);
  });

  it('en: never mind + no idea of the model: the next question comes', async () => {
    const c = world.customer('detail-given-up-en');
    await modelAsked(c, false);
    const next = await c.say("never mind, I don't know the model");
    expect(next.text).not.toMatch(/cancel/i);
    expect(next.text).toMatch(/when did you buy/i);
  });
});
