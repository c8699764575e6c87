/**
 * k1-exchange: a piece found broken on delivery, with the customer asking only for that piece to be
 * sent, is registered as exactly that — a replacement part posted to their address, noted on the
 * ticket, a person to confirm it — never a repair booking where an engineer calls to arrange a visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const VISIT = /工程师|上门检修|预约上门|engineer|technician|book a visit|arrange the visit/i;

describe('a part asked for after a delivery defect is a part request, not a visit', () => {
  it.each([
    ['zh', '洗碗机前天送来的，拆开发现碗篮的一个滚轮是碎的，能不能给我寄个新滚轮', '上海市浦东新区张江路88号3栋201', '对'],
    ['zh', '冰箱昨天到货，冷藏室有块玻璃隔板裂了，可以补发一块新的吗', '杭州市西湖区文一西路100号3幢601', '没问题'],
    ['en', 'the fridge was delivered on Monday and one of the door shelves is cracked, could you just mail me a new shelf?', 'Flat 601, 100 Wenyi West Road, Hangzhou', 'yes'],
    ['en', 'unboxed the oven today and the baking tray arrived bent, can you post me a new one?', 'Flat 2, 88 Park Road, Shanghai', 'yes, file it'],
  ])('%s: %s', async (_lang, first, address, yes) => {
    const c = world.customer(`k1-part-${first}`);
    const heard = await c.say(first);
    expect(heard.text).toMatch(/补发配件|replacement part/i);
    expect(heard.text).not.toMatch(VISIT);
    const replies = await c.sayAll('13912345678', address, yes);
    const all = replies.join('\n');
    expect(all).not.toMatch(VISIT);
    expect(all).toMatch(/不需要上门|no visit/i);
    expect(all).toMatch(/售后专员会在.*联系您|staff will contact you/i);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.symptom).toMatch(/补发配件/);
    expect(tickets[0]!.address).toContain(address.slice(0, 8));
  });

  it.each([
    ['zh', '微波炉到货开箱，玻璃转盘是裂的', '不想退，能不能单独寄一个转盘过来'],
    ['en', 'the blender came yesterday and the jug lid was cracked', "I don't want a return, can you just ship me a new lid?"],
  ])('after the delivery-damage answer (%s)', async (_lang, first, part) => {
    const c = world.customer(`k1-part-after-${first}`);
    await c.say(first);
    const said = await c.say(part);
    expect(said.text).toMatch(/补发配件|replacement part/i);
    expect(said.text).not.toMatch(VISIT);
  });
});
