/**
 * A customer tired of being put off ("you keep saying someone will call", "催了三次了") is heard and
 * told the concrete next step (the ticket, when, a person), never "no reliable information". While
 * waiting for a person, facts meant for them are written on the ticket and said back item by item,
 * and "hello?" gets a short word that we are here, not the canned deferral.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const DEFERRAL = /no reliable|reliable answer|nothing reliable|没有确切|查不到可靠|没法确认|can't confirm|cannot confirm/i;

async function historyOf(c: ReturnType<World['customer']>): Promise<string> {
  const [ticket] = await c.tickets();
  return JSON.stringify(await world.assistant.desk.tickets.events(ticket!.id));
}

describe('chasing frustration is heard, with the next step', () => {
  it.each([
    [
      'en',
      'my oven door will not close properly, I want someone to repair it',
      ['no idea', '13912345678', 'March last year', '8 Cherry Lane, Minhang, Friday afternoon', 'yes'],
      'you guys keep telling me someone will ring, this is the fourth time I have chased it',
      /4 times/,
      /Friday|by \d+ \w+, \d+:\d+|contact|call/i,
      /human/i,
    ],
    ['zh', '烤箱门关不严了 帮我报修', ['不知道', '13912345678', '去年3月', '闵行区樱桃路8号 周五下午', '对'], '你们每次都说会安排会安排 我都问了三次了', /3次/, /前/, /转人工/],
  ])('after filing, the ticket is noted and its deadline and a person offered (%s)', async (_lang, first, form, chase, times, when, person) => {
    const c = world.customer(`chase-filed-${first}`);
    await c.say(first);
    for (const line of form) await c.say(line);
    expect(await c.tickets()).toHaveLength(1);
    const said = await c.say(chase);
    expect(said.text).not.toMatch(DEFERRAL);
    expect(said.text).toMatch(/sorry|抱歉/i);
    expect(said.text).toMatch(times);
    expect(said.text).toMatch(when);
    expect(said.text).toMatch(person);
    expect(said.tools).toContain('updateTicket');
    expect(await c.tickets()).toHaveLength(1);
    expect(await historyOf(c)).toMatch(/chased/);
  });

  it.each([
    ['en', 'all anyone ever says to me is to wait for a call, my freezer has been dead for days'],
    ['zh', '冰箱坏了好几天了 你们就会说等通知'],
  ])('with no ticket here, the ways forward are said (%s)', async (_lang, line) => {
    const said = await world.customer(`chase-none-${line}`).say(line);
    expect(said.text).not.toMatch(DEFERRAL);
    expect(said.text).toMatch(/ticket number|工单号/i);
    expect(said.text).toMatch(/human|转人工/i);
  });

  it.each([
    ['en', 'my dryer stopped heating, I want a human', 'honestly, every single time I contact you they say it is being processed. I have messaged three times'],
    ['zh', '烘干机不加热了 转人工', '说来说去就是让我等 我都打了五次电话了'],
  ])('while waiting for a person, it is heard and noted for them (%s)', async (_lang, first, chase) => {
    const c = world.customer(`chase-waiting-${first}`);
    await c.say(first);
    const said = await c.say(chase);
    expect(said.text).not.toMatch(DEFERRAL);
    expect(said.text).toMatch(/sorry|抱歉/i);
    expect(said.text).toMatch(/ticket AS-|工单 AS-/i);
    expect(await historyOf(c)).toMatch(/chased/);
  });
});

describe('while waiting for a person', () => {
  it.each([
    [
      'en',
      'the coffee grinder on my espresso machine jams, get me a person',
      'please let them know: it is a Gaggia Classic, I left it at the Huaihai Road shop around the 20th, the grinder makes a clicking noise',
      ['Gaggia Classic', 'Huaihai Road shop', 'clicking noise'],
    ],
    ['zh', '咖啡机磨豆卡住了 转人工', '麻烦转告一下处理的人：机器是德龙ECAM22，20号左右送到淮海路门店的，磨豆的时候咔咔响', ['德龙ECAM22', '淮海路门店', '咔咔响']],
  ])('facts to pass on are written on the ticket and said back (%s)', async (_lang, first, passOn, items) => {
    const c = world.customer(`pass-on-${first}`);
    await c.say(first);
    const said = await c.say(passOn);
    expect(said.text).not.toMatch(DEFERRAL);
    for (const item of items) expect(said.text).toContain(item);
    const history = await historyOf(c);
    for (const item of items) expect(history).toContain(item);
  });

  it.each([
    ['en', 'my microwave turntable stopped, connect me to an agent', 'hello?', /I'm here/],
    ['zh', '微波炉转盘不转了 转人工', '喂 你好？', /在的/],
  ])('"hello?" gets a short word that we are here (%s)', async (_lang, first, hello, here) => {
    const c = world.customer(`hello-wait-${first}`);
    await c.say(first);
    const said = await c.say(hello);
    expect(said.text).toMatch(here);
    expect(said.text).toMatch(/AS-/);
    expect(said.text).not.toMatch(DEFERRAL);
  });
});
