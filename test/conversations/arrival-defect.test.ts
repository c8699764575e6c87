/**
 * A new product found broken in its box ("开箱就是坏的", "the rack wheel had snapped when I unboxed
 * it") is an arrival defect: the 7/15-day return or exchange path, never troubleshooting nor a
 * complaint about our delivery crew. "Just send me the part" afterwards turns it into a part
 * replacement request, not a return whose reason is that sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const RETURN_PATH = /7天|15天|退货|换货|7 days|15 days|refund|exchange/i;
const NOT_FAULT_OR_CREW = /什么情况|有没有代码|试过之后|what (?:the \w+ )?is doing|any code|did that fix|投诉已|complaint (?:is|has been) (?:filed|recorded)/i;

describe('broken on arrival, in its sealed box', () => {
  it.each([
    ['zh', '烤箱开箱就发现烤架的轮子断了'],
    ['zh', '新买的微波炉今天到了，打开箱子转盘就是坏的'],
    ['zh', '刚签收的洗碗机，拆箱一看碗篮的滚轮断掉了'],
    ['en', 'unboxed the new oven today and one rack runner had already snapped off'],
    ['en', 'the fridge arrived this morning and a door shelf was broken inside the sealed box'],
    ['en', 'just got the dishwasher delivered, opened the box and the cutlery basket came broken'],
  ])('an arrival defect gets the return or exchange path (%s)', async (_lang, line) => {
    const said = await world.customer(`arrive-${line}`).say(line);
    expect(said.text).toMatch(RETURN_PATH);
    expect(said.text).not.toMatch(NOT_FAULT_OR_CREW);
    expect(said.tools).not.toContain('createTicket');
  });

  it.each([
    ['zh', '刚到的洗碗机，拆开包装碗篮的滚轮是碎的', '不用退了，直接给我补发一个新的滚轮就行'],
    ['zh', '烤箱到货开箱，烤盘是裂的', '能不能单独寄一个烤盘给我'],
    ['en', 'the fridge arrived this morning and a door shelf was broken inside the sealed box', 'actually just post me a new shelf'],
    ['en', 'unboxed the microwave and the glass tray was cracked', 'no need to return it, can you just send me the part?'],
  ])('"send me the part instead" becomes a part request, not a return (%s)', async (_lang, first, part) => {
    const c = world.customer(`part-${part}`);
    await c.say(first);
    const said = await c.say(part);
    expect(said.text).not.toMatch(/退换货申请|回复“登记”|return or exchange request|reply "register"|随时找我|any time if you need/i);
    expect(said.text).toMatch(/型号|手机|电话|地址|model|mobile|phone|address/i);
  });
});
