/**
 * x5 (session 18): a fault on a unit bought days ago, told with a wish for a working unit in other
 * words than "换货" ("换个能用的", "重新寄一台", "我要调换", "send me another one"), is an exchange
 * request: the 三包 days are worked out and the request is registered as an exchange ticket, with the
 * purchase channel asked — never the fault's self-help steps alone. English already did this for
 * "a replacement"; the Chinese forms were read as a fault only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const STEPS_ONLY = /可以先试试|试过之后好了吗|Please try|Did that fix it/i;
const EXCHANGE_TALK = /换货|退换|exchange|return or exchange/i;
const CHANNEL = /网上买的|门店|online or (?:buy it )?in a store/i;

describe('a wish for a working unit in other words is an exchange request', () => {
  it.each([
    ['zh', '榨汁机买了九天，今天插电没反应了，给我换个能用的'],
    ['zh', '烤箱11月17日买的，温度一直上不去，麻烦重新寄一台过来'],
    ['zh', '新买的电暖器用了一周就不发热了，我要调换'],
    ['zh', '加湿器买来第十天就不出雾了，必须给我换一个'],
    ['en', 'I bought a toaster 9 days ago and it stopped heating, please send me another one'],
    ['en', 'bought a fan on 17 November and it already will not spin, I want a different unit'],
  ])('%s: %s', async (_lang, line) => {
    const said = await world.customer(`x5-wish-${line}`).say(line);
    expect(said.text).toMatch(EXCHANGE_TALK);
    expect(said.text).not.toMatch(STEPS_ONLY);
  });

  it.each([
    ['zh', '电水壶是11月18日买的，现在烧不开水了，给我换个好的', '对', '京东', '13912345678', '对'],
    ['zh', '吹风机买了才八天，吹不出热风了，重新给我发一台吧', '好的', '淘宝上买的', '13912345678', '没问题'],
    ['en', 'my kettle was bought on 18 November and no longer boils, just send me a working one', 'yes', 'online', '13912345678', 'yes'],
  ])('is filed as an exchange ticket, the channel asked on the way (%s)', async (_lang, first, yes, channel, phone, confirm) => {
    const c = world.customer(`x5-file-${first}`);
    const opened = await c.say(first);
    expect(opened.text).not.toMatch(STEPS_ONLY);
    const replies = [opened.text];
    for (const line of [yes, channel, phone, confirm]) {
      if ((await c.tickets()).length) break;
      replies.push((await c.say(line)).text);
    }
    expect(replies.join('\n')).toMatch(CHANNEL);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.type).toBe('warranty_claim');
    expect(tickets[0]!.symptom).toMatch(/换货|exchange/i);
  });

  it.each([
    ['en', 'my blender is only 11 days old and the motor stopped, replace it please', /11 days since purchase/],
    ['en', 'this 9-day-old iron no longer heats, send me another one', /9 days since purchase/],
  ])('a unit "N days old" is counted from that day, not asked again (%s: %s)', async (_lang, line, days) => {
    const said = await world.customer(`x5-days-old-${line}`).say(line);
    expect(said.text).toMatch(days);
    expect(said.text).not.toMatch(/Which day did you buy/i);
  });

  it.each([
    ['zh', '空调的滤网脏了，我要换滤网'],
    ['zh', '明天上午不方便，能不能换个时间'],
    ['en', 'can you send a different technician next time'],
  ])('a part, a time or a person changed is no exchange (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`x5-not-${line}`).say(line);
    expect(said.text).not.toMatch(/登记退换货|换货申请|register a return or exchange|exchange request/i);
  });
});
