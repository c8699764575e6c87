/**
 * Playtest round 14: the questions asked after a danger's first advice. A flame still lit in a gas
 * leak is turned off at its knob (a valve, no spark), not left burning; a hot battery never goes in
 * the stairwell or by the door (the way out) but outdoors on open ground; riding it tomorrow is a
 * no until it is checked; and "once the gas company has checked, can someone inspect it?" is a yes
 * that goes on the ticket, not the safety line again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a flame still lit when gas is smelt is turned off at its knob', () => {
  it.each([
    ['zh', '家里燃气灶附近煤气味好大', '灶上还烧着水呢，火要不要关？'],
    ['zh', '厨房里闻到一股燃气味', '锅里还煮着面，火没关，能关吗'],
    ['zh', '天然气味道很重，是不是漏气了', '有个炉头还点着，我要把火灭了吗'],
    ['en', 'there is a strong smell of gas in my kitchen', 'the front burner is still on, do I turn it off?'],
    ['en', 'I think my gas hob is leaking, it smells of gas', "I've got a pan boiling on the hob, should I switch the flame off?"],
    ['en', 'smell of gas coming from the cooker', 'one ring is still lit, can I turn it off or is that dangerous?'],
  ])('(%s) %s / %s', async (lang, first, second) => {
    const c = world.customer(`r14-flame-${first}-${second}`);
    await c.say(first);
    const said = await c.say(second);
    if (lang === 'zh') {
      expect(said.text).toMatch(/^要关/);
      expect(said.text).toMatch(/旋钮/);
      expect(said.text).toMatch(/燃气总阀/);
      expect(said.text).not.toMatch(/先别按任何开关|^不行|119/);
    } else {
      expect(said.text).toMatch(/^Yes, turn it off/);
      expect(said.text).toMatch(/knob/);
      expect(said.text).toMatch(/main gas valve/);
      expect(said.text).not.toMatch(/including the one on|^No\b|119/);
    }
  });
});

describe('after the gas company has checked: an inspection is booked, never the safety line again', () => {
  it.each([
    ['zh', '燃气灶有漏气的味道', '等燃气公司来查完，你们能安排师傅上门检查一下灶吗'],
    ['zh', '闻到煤气味了，灶那边', '燃气公司看过以后，能不能约个工程师来检测这台灶？'],
    ['en', 'my gas stove smells of gas', 'after the gas company has been, could you send a technician to check the stove?'],
    ['en', 'smell of gas near the hob', 'once the gas board says it is safe, can I book an inspection of the hob?'],
  ])('(%s) %s / %s', async (lang, first, second) => {
    const c = world.customer(`r14-inspect-${first}-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(lang === 'zh' ? /^可以/ : /^Yes/);
    expect(said.text).toMatch(lang === 'zh' ? /上门检查/ : /inspect/);
    expect(said.text).not.toMatch(/不行|没有确切的资料|No, not until|no reliable/i);
    expect(said.tools).toContain('updateTicket');
  });

  it('"can I use it later, once no leak is found?" gets the later answer, not the no-flames line (zh, en)', async () => {
    const zh = world.customer('r14-gas-later-zh');
    await zh.say('燃气灶那边有燃气味');
    const a = await zh.say('燃气公司查完没问题以后，这灶还能接着用吗');
    expect(a.text).toMatch(/可以照常用/);
    expect(a.text).not.toMatch(/^不行/);
    const en = world.customer('r14-gas-later-en');
    await en.say('I can smell gas by my cooker');
    const b = await en.say('if the gas company finds no leak, can I keep using the cooker afterwards?');
    expect(b.text).toMatch(/use it as normal/);
    expect(b.text).not.toMatch(/^No\b/);
  });
});

describe('a hot battery is never left on the way out', () => {
  it.each([
    ['zh', '电动车电池充电时发烫，还有股烧焦的味道', '我把电池搬到楼道里了，这样行吗'],
    ['zh', '电瓶车充着电电池特别烫', '先放在走廊上可以吗？'],
    ['zh', '充电宝在充电的时候烫得拿不住，有焦糊味', '我把它放到门口鞋柜旁边了，没事吧'],
    ['en', 'my scooter battery got super hot on the charger and smells burnt', "I've put it on the landing by the stairs, is that alright?"],
    ['en', 'the power bank is burning hot and smells like melting plastic', 'I left it by the front door for now, ok?'],
    ['en', 'e-bike battery overheating while charging, there is a burning smell', 'can I leave it in the hallway of our building overnight?'],
  ])('(%s) %s / %s', async (lang, first, second) => {
    const c = world.customer(`r14-place-${first}-${second}`);
    await c.say(first);
    const said = await c.say(second);
    if (lang === 'zh') {
      expect(said.text).toMatch(/^不行/);
      expect(said.text).toMatch(/逃生/);
      expect(said.text).toMatch(/室外的空地/);
      expect(said.text).toMatch(/不要再给它充电/);
      expect(said.text).not.toMatch(/没法确认|没有确切的资料/);
    } else {
      expect(said.text).toMatch(/^No, not in a stairwell/);
      expect(said.text).toMatch(/way out/);
      expect(said.text).toMatch(/outdoors on open ground/);
      expect(said.text).toMatch(/do not charge it again/i);
      expect(said.text).not.toMatch(/can't confirm|no reliable|nothing reliable/i);
    }
  });

  it.each([
    ['zh', '电动车电池发烫有焦味', '那我该放哪？', /放室外/],
    ['en', 'my e-bike battery is really hot and smells burnt', 'where am I supposed to put it then?', /^Outside: on a patch of open ground/],
  ])('"where then?" is told the place (%s)', async (_lang, first, second, place) => {
    const c = world.customer(`r14-where-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(place);
  });

  it.each([
    ['zh', '电动车电池充电发烫还冒焦味', '明天上班还能骑这车吗', /^不行/, /不要再骑/],
    ['en', 'my e-bike battery went really hot and smelt burnt on the charger', 'will it be ok to ride it to work tomorrow?', /^No\./, /should not be ridden/],
  ])('riding it tomorrow is a no until checked (%s)', async (_lang, first, second, verdict, ride) => {
    const c = world.customer(`r14-ride-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(verdict);
    expect(said.text).toMatch(ride);
  });
});
