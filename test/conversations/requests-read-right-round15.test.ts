/**
 * Playtest round 15: a request is read as itself, and a fact already given is not asked for again.
 * Asking to borrow a unit while one's own is repaired is a loan request: answered honestly (no loan
 * is promised; some brands lend one for a long repair), and written on the ticket when one is filed,
 * never read as "can I use my own heater". A code the customer already told is not asked about
 * again in the steps ("check whether a fault code is shown").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a loan request is answered as one, round 15', () => {
  it.each([
    ['zh', '空调不制热了，师傅说要等配件', '这几天能借台电暖器给我们用吗'],
    ['zh', '冰箱不制冷了', '修好之前有没有备用的冰箱可以借用'],
    ['en', 'my fridge stopped cooling and they say the repair takes a week', 'could you loan me a fridge in the meantime?'],
    ['en', 'my phone screen went black', 'do you provide a loaner phone during the repair?'],
  ])('borrowing a unit is not promised and not misread (%s: %s)', async (_lang, fault, ask) => {
    const c = world.customer(`r15-loan-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).toMatch(/没法答应|备用机|can't promise|loan unit/i);
    // Never the safety advice for using one's own heater, a form question, or a promise of a unit.
    expect(said.text).not.toMatch(/可以先用着|焦味|知道型号|型号是|model number|we will lend|会给您送/i);
  });

  it.each([
    ['zh', ['热水器不出热水了，帮我约师傅上门', '型号不知道', '不记得了', '13912345678', '人民南路18号502室', '对'], '等修的这段时间，你们能借个热水器给我吗', /工单/],
    [
      'en',
      ["my dishwasher won't drain, please book an engineer", 'no idea about the model', "can't remember", '13912345678', 'Room 502, 18 Renmin South Road', 'yes'],
      'can you lend me a dishwasher until it is repaired?',
      /ticket/i,
    ],
  ])('after filing, the loan request is written on the ticket for the person (%s)', async (_lang, form, ask, ticket) => {
    const c = world.customer(`r15-loan-filed-${ask}`);
    for (const line of form) await c.say(line);
    expect(await c.tickets()).toHaveLength(1);
    const said = await c.say(ask);
    expect(said.tools).toContain('updateTicket');
    expect(said.text).toMatch(ticket);
    expect(said.text).not.toMatch(/可以先用着|we will lend/i);
  });
});

describe('a code already told is not asked for in the steps, round 15', () => {
  it.each([
    ['zh', '热水器不出热水', '还是不行，是电的，显示屏上有个E1'],
    ['zh', '电热水器洗澡没热水', '没用，面板一直跳E1，电热水器'],
    ['en', 'the water heater gives no hot water', "still no good, it's electric and the display shows E1"],
  ])('steps after the code is told do not ask whether a code shows (%s: %s)', async (_lang, first, second) => {
    const c = world.customer(`r15-known-code-${second}`);
    const before = await c.say(first);
    expect(before.text).toMatch(/检查是否显示故障代码|look for an error code/i);
    const said = await c.say(second);
    expect(said.text).not.toMatch(/检查是否显示故障代码|look for an error code/i);
  });
});
