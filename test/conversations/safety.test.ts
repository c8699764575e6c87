/**
 * Safety conversations through the whole offline assistant (real SQLite, the shipped knowledge in
 * hnswlib, the offline brain), outside human hours so every handoff waits: the script fits the
 * hazard and the product, and the questions customers ask after the advice are answered (yes or
 * no first, then one line), never with the script again and never the same reminder twice running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const GAS_ADVICE = /不要点火|不要开关任何电器|燃气|煤气|no flames?|gas/i;
/** A reply that gives the full script again. */
const SCRIPT = /⚠️|安全提示|Safety first/;

/** The reminder lines (every line after the answer) of consecutive replies never repeat. */
function noReminderTwiceRunning(replies: string[]): void {
  for (let i = 1; i < replies.length; i++) {
    const before = new Set(replies[i - 1]!.split('\n').slice(1));
    for (const line of replies[i]!.split('\n').slice(1)) expect(before.has(line), `said twice running: ${line}`).toBe(false);
    expect(replies[i]).not.toBe(replies[i - 1]);
  }
}

describe('the script fits the hazard and the product', () => {
  it('an electric washing machine that shocks: no gas advice, then "can I shower with the gas heater?" is a yes', async () => {
    const c = world.customer('safety-washer-shock');
    const first = await c.say('洗衣机外壳摸着麻手，刚才还电了我一下');
    expect(first.text).toMatch(/漏电/);
    expect(first.text).not.toMatch(GAS_ADVICE);
    expect(first.text).toMatch(/这台洗衣机/);
    expect(first.ticket?.priority ?? (await c.tickets())[0]?.priority).toBe('P1');
    const other = await c.say('我已经把总闸拉了，那卫生间的燃气热水器还能正常洗澡吗？');
    expect(other.text).toMatch(/^可以/);
    expect(other.text).not.toMatch(/不要点火|不要开关任何电器/);
    expect(other.text).not.toMatch(SCRIPT);
  });

  it('a swollen tablet battery is "the tablet", and a backup is answered no (not powered again; the cloud or the service centre)', async () => {
    const c = world.customer('safety-tablet-battery');
    const first = await c.say("My iPad's screen is lifting at the corner, I think the battery is swelling");
    expect(first.text).toMatch(/Safety first: Battery danger/);
    expect(first.text).toMatch(/do not use the tablet/);
    expect(first.text).not.toMatch(/appliance|breaker|no flames|gas/i);
    const backup = await c.say("Can I quickly save my kid's drawings off it before I send it in? Battery is at about 50%");
    expect(backup.text).toMatch(/^No, please do not switch it on/);
    expect(backup.text).toMatch(/cloud/);
    expect(backup.text).toMatch(/service centre/);
    expect(backup.text).not.toMatch(SCRIPT);
    const later = await c.say('and once it is off the charger for a day can I keep using it as normal?');
    expect(later.text).toMatch(/^No\./);
    expect(later.text).not.toMatch(SCRIPT);
    noReminderTwiceRunning([backup.text, later.text]);
  });

  it('a power bank with no product category is still called what it is, and moving it outside is answered', async () => {
    const c = world.customer('safety-power-bank');
    const first = await c.say('充电宝放在床头烫得吓人，还鼓起来了');
    expect(first.text).toMatch(/这个充电宝/);
    expect(first.text).not.toMatch(/这台设备|总电闸/);
    const move = await c.say('我能把它拿到阳台上去吗？');
    expect(move.text).toMatch(/^可以挪/);
    expect(move.text).not.toMatch(SCRIPT);
  });

  it('sparks inside an oven get the inside script; a customer correcting "at the plug" to "inside" gets that script', async () => {
    const oven = world.customer('safety-oven-arc');
    const said = await oven.say('烤箱加热的时候里面一直噼啪冒火星');
    expect(said.text).toMatch(/烤箱里面打火/);
    expect(said.text).not.toMatch(/插头或插座打火花/);

    const en = world.customer('safety-dishwasher-correction');
    const plug = await en.say("There was a spark at the dishwasher's plug when it started");
    expect(plug.text).toMatch(/Sparks at the plug or socket/);
    const corrected = await en.say('sorry, I got that wrong, it is inside the dishwasher, not at the plug');
    expect(corrected.text).toMatch(/Sparks inside the dishwasher/);
    expect(corrected.text).not.toMatch(/Sparks at the plug or socket/);
  });
});

describe('safety follow-up questions are answered, not met with the script', () => {
  it('water on a power strip (en): access after the breaker is off, then "once dry, tomorrow?"', async () => {
    const c = world.customer('safety-fridge-water');
    const first = await c.say("Water from the fridge's ice maker line is dripping onto the power strip behind it");
    expect(first.text).toMatch(/Water on electrics/);
    const access = await c.say('ok the breaker for the kitchen is off now. can I pull the fridge out and mop up?');
    expect(access.text).toMatch(/^Yes\./);
    expect(access.text).not.toMatch(SCRIPT);
    const later = await c.say('when the power strip has dried out, can I plug everything back in tonight?');
    expect(later.text).toMatch(/^Not yet\./);
    expect(later.text).toMatch(/electrician/);
    expect(later.text).not.toMatch(SCRIPT);
    const again = await c.say('so not even tonight once it has dried?');
    // The same question again is answered again, in other words than the reply before.
    expect(again.text).toMatch(/electrician/);
    expect(again.text).not.toMatch(SCRIPT);
    noReminderTwiceRunning([access.text, later.text, again.text]);
  });

  it('a gas smell (zh): switching on a light or the hood is a no, the plug question is answered for gas', async () => {
    const c = world.customer('safety-gas-light');
    const first = await c.say('热水器那边有一股煤气味，好像漏气了');
    expect(first.text).toMatch(/疑似燃气泄漏/);
    const light = await c.say('天黑了看不清，我能开一下灯吗');
    expect(light.text).toMatch(/^(?:不行|现在不行|燃气公司查过之前不行)/);
    expect(light.text).not.toMatch(SCRIPT);
    const plug = await c.say('要不要把热水器的插头拔了？');
    expect(plug.text).toMatch(/^不要拔插头/);
    expect(plug.text).not.toMatch(SCRIPT);
  });

  it('a burnt-smelling socket (zh): the breaker back on for the rest of the home, and the same appliance elsewhere', async () => {
    const c = world.customer('safety-heater-socket');
    const first = await c.say('电暖器的插座发烫，有一股烧塑料的味道');
    expect(first.text).toMatch(/发烫或焦味/);
    const move = await c.say('那我把电暖器换到别的插座上用可以吗');
    expect(move.text).toMatch(/^先不要/);
    const power = await c.say('总闸拉了以后冰箱也没电了，能先把总闸推上去吗？');
    expect(power.text).toMatch(/^可以给家里其他地方恢复供电/);
    expect(power.text).toMatch(/拔掉/);
    noReminderTwiceRunning([move.text, power.text]);
  });

  it('a customer who is waiting for a person without any danger gets no safety answer', async () => {
    const c = world.customer('safety-none');
    await c.say('转人工');
    const said = await c.say('洗衣机里的衣服能先拿出来吗？');
    expect(said.text).not.toMatch(/总电闸|断电|可以。总电闸/);
  });
});
