/**
 * A customer abroad hears our desk's hours and the time someone will contact them on their own
 * clock as well as China's: "8:00–20:00 China time (that is 4:00–16:00 in the United Arab
 * Emirates)". A country on several clocks is converted only once a state or city says which; a
 * customer in mainland China, or unknown in Chinese, hears exactly what they heard before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // 22:00 in China on a Sunday: nobody online, the promise falls on the next day's closing time.
  world = await openWorld({}, '2026-12-06T14:00:00Z');
});
afterAll(() => world.close());

describe('the desk hours on the customer’s own clock (en)', () => {
  it.each([
    [
      "we're based in Abu Dhabi, could I speak with one of your staff?",
      /8:00–20:00 China time \(that is 4:00–16:00 in the United Arab Emirates\)/,
      /by 7 Dec, 20:00 China time \(that is 7 Dec, 16:00 in the United Arab Emirates\)/,
    ],
    ['living just outside Johannesburg here, put me through to an agent please', /8:00–20:00 China time \(that is 2:00–14:00 in South Africa\)/, /7 Dec, 14:00 in South Africa/],
    ["hi, I'm in Toronto and I'd like a human to help me", /8:00–20:00 China time \(that is 19:00–7:00 Eastern Time\)/, /7 Dec, 07:00 Eastern Time/],
    ['writing from Berlin, I need a real person', /that is 1:00–13:00 in Germany/, /7 Dec, 13:00 in Germany/],
  ])('%s', async (line, hours, contactBy) => {
    const said = await world.customer(`clock-en-${line}`).say(line);
    expect(said.text).toMatch(hours);
    expect(said.text).toMatch(contactBy);
  });

  it('a state named later sets the clock for the next replies (Ohio)', async () => {
    const c = world.customer('clock-en-ohio');
    await c.say('can I get a person on this chat');
    const later = await c.say('we are in Columbus, Ohio - what hours do your people work?');
    expect(later.text).toMatch(/8:00–20:00 China time \(that is 19:00–7:00 Eastern Time\)/);
  });

  it('a country on several clocks with no city named is not guessed', async () => {
    const said = await world.customer('clock-en-canada').say('I live in Canada, please connect me to a human');
    expect(said.text).toMatch(/China time/);
    expect(said.text).not.toMatch(/that is|Eastern|Pacific/);
  });

  it('a clock the same as China’s says so (Singapore)', async () => {
    const said = await world.customer('clock-en-sg').say("I'm in Singapore, I want to talk to an agent");
    expect(said.text).toMatch(/8:00–20:00 China time \(the same time in Singapore\)/);
  });

  it('English in mainland China is unchanged', async () => {
    const said = await world.customer('clock-en-cn').say("I'm in Shenzhen, get me a human please");
    expect(said.text).toMatch(/8:00–20:00 China time/);
    expect(said.text).not.toMatch(/that is|the same time in/);
  });
});

describe('the desk hours on the customer’s own clock (zh)', () => {
  it.each([
    ['我们家在多伦多，帮我转人工客服', /8:00–20:00，北京时间，即北美东部时间 19:00–7:00/, /12月7日 20:00（北京时间，即北美东部时间 12月7日 07:00）前/],
    ['我人在迪拜，找个真人客服', /即阿拉伯联合酋长国当地时间 4:00–16:00/, /即阿拉伯联合酋长国当地时间 12月7日 16:00/],
    ['我现在住在温哥华，要人工', /即北美太平洋时间 16:00–4:00/, /即北美太平洋时间 12月7日 04:00/],
  ])('%s', async (line, hours, contactBy) => {
    const said = await world.customer(`clock-zh-${line}`).say(line);
    expect(said.text).toMatch(hours);
    expect(said.text).toMatch(contactBy);
  });

  it('新加坡与北京时间相同', async () => {
    const said = await world.customer('clock-zh-sg').say('我在新加坡，请转人工');
    expect(said.text).toMatch(/与新加坡当地时间相同/);
  });

  it.each(['转人工', '我在杭州，找人工客服'])('mainland or unknown in Chinese is unchanged: %s', async (line) => {
    const said = await world.customer(`clock-zh-cn-${line}`).say(line);
    expect(said.text).toMatch(/每天 8:00–20:00）/);
    expect(said.text).not.toMatch(/北京时间|当地时间/);
  });
});
