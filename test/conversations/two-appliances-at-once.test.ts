/**
 * x5 (session 18): two appliances broken at once, told in one message. Both are answered; when the
 * customer says neither is fixed, both are booked one after the other, the phone, address and time
 * asked once, and each product gets its own ticket; when one is fixed or booked, the other is
 * brought up, never dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const PHONE_ASKED = /手机号|mobile number|phone number should/i;
const ADDRESS_ASKED = /上门地址是哪里|address for the visit/i;

/** Answers what the bot asks (model, date, phone, address, yes) until no more tickets come, at most `turns` times. */
async function bookAll(c: ReturnType<World['customer']>, lang: 'zh' | 'en', asked: string, turns = 14): Promise<string[]> {
  const replies: string[] = [];
  let last = asked;
  for (let i = 0; i < turns; i++) {
    const answer = /型号|model number/i.test(last)
      ? lang === 'zh'
        ? '不知道'
        : "don't know"
      : /什么时候买|when did you buy/i.test(last)
        ? lang === 'zh'
          ? '2025年3月'
          : 'March 2025'
        : PHONE_ASKED.test(last)
          ? '13912345678'
          : ADDRESS_ASKED.test(last)
            ? lang === 'zh'
              ? '杭州市西湖区文三路88号2栋301，周六上午'
              : '88 Wensan Road, Building 2, Flat 301, Hangzhou, Saturday morning'
            : /回复“对”|Reply "yes"/.test(last)
              ? lang === 'zh'
                ? '对'
                : 'yes'
              : undefined;
    if (!answer) break;
    last = (await c.say(answer)).text;
    replies.push(last);
  }
  return replies;
}

describe('two appliances broken at once', () => {
  it.each([
    ['zh', '洗碗机洗完碗还是油乎乎的，另外电热水器也不出热水了', '都试过了，两个都不行', 'zh'],
    ['zh', '家里冰箱冷藏不凉了，微波炉也不加热', '试了，都没用', 'zh'],
    ['en', 'the dishwasher will not drain and also the electric water heater gives no hot water', 'tried everything, both are still broken', 'en'],
    ['en', 'my fridge is not cooling and the microwave does not heat either', 'no, still broken', 'en'],
  ])('neither fixed: both booked, contact asked once, one ticket each (%s: %s)', async (_l, first, notFixed, lang) => {
    const c = world.customer(`x5-two-${first}`);
    const opened = await c.say(first);
    expect(opened.text).toMatch(/另外|And the|As for/);
    const booking = await c.say(notFixed);
    const replies = [booking.text, ...(await bookAll(c, lang as 'zh' | 'en', booking.text))];
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(2);
    expect(new Set(tickets.map((t) => t.category)).size).toBe(2);
    expect(replies.filter((r) => PHONE_ASKED.test(r))).toHaveLength(1);
    expect(replies.filter((r) => ADDRESS_ASKED.test(r))).toHaveLength(1);
    expect(replies.join('\n')).toMatch(/各开一张工单|one ticket each/);
  });

  it.each([
    ['zh', '洗衣机漏水，还有烘干机不热了', '烘干机好了', /洗衣机/],
    ['zh', '冰箱不制冷了，微波炉也不加热', '冰箱好了，谢谢', /微波炉/],
    ['en', 'the washer is leaking and the dryer does not heat', 'the dryer is fine now', /washing machine|washer/i],
    ['en', 'my fridge is not cooling and the microwave does not heat either', 'fridge works now, thanks', /microwave/i],
  ])('one fixed: the other is brought up (%s: %s)', async (_l, first, fixed, other) => {
    const c = world.customer(`x5-fixed-${first}`);
    await c.say(first);
    const said = await c.say(fixed);
    expect(said.text).toMatch(other);
    expect(said.text).toMatch(/好了吗|did the steps above fix it/i);
  });

  it.each([
    ['zh', '洗衣机漏水，还有烘干机不热了', '都好了，谢谢'],
    ['en', 'the washer is leaking and the dryer does not heat', 'both work now, thanks'],
  ])('both fixed: nothing is asked again (%s)', async (_l, first, fixed) => {
    const c = world.customer(`x5-both-${first}`);
    await c.say(first);
    const said = await c.say(fixed);
    expect(said.text).not.toMatch(/好了吗|did the steps above fix it/i);
  });
});
