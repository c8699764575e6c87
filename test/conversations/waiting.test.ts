/**
 * A customer waiting for a person after danger or anger (outside business hours, so every handoff
 * waits): questions about acting safely are answered yes or no first, then how; a phone number
 * sent with questions is taken and the questions answered; "make sure someone calls me" gets the
 * call-back number and the time; a complaint is heard in our words, put on the ticket, and who pays
 * is left to a person; nothing is said twice running; nothing is said noted that was not asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // 21:30 in Shanghai: outside business hours.
  world = await openWorld({}, '2026-11-24T13:30:00Z');
});
afterAll(() => world.close());

const NO_ANSWER = /没有确切的资料|no reliable answer|don't have a reliable answer|can't check/i;
const WILL_ANSWER_HERE = /在这里回复您|会在这里回复|reply here|answer here/i;

async function waiting(ref: string, first: string): Promise<Customer> {
  const c = world.customer(ref);
  await c.say(first);
  const handed = await c.say(/[\u4e00-\u9fff]/.test(first) ? '转人工' : 'I want to talk to a person');
  expect(handed.mode).toBe('handoff_requested');
  return c;
}

async function notes(c: Customer): Promise<string[]> {
  const [ticket] = await c.tickets();
  const events = await world.assistant.desk.tickets.events(ticket!.id);
  return events.filter((e) => e.kind === 'note').map((e) => JSON.stringify(e.detail));
}

describe('safety questions after the advice', () => {
  it('a hot, swollen laptop (en): switching off is yes and how; switching on for a backup is no, with the cloud and the service centre', async () => {
    const c = await waiting('wait-laptop', 'my laptop battery has swollen and the bottom is bulging, it is really hot');
    const off = await c.say('Can I shut it down now?');
    expect(off.text).toMatch(/^Yes/);
    expect(off.text).toMatch(/power button/);
    expect(off.text).not.toMatch(NO_ANSWER);
    const backup = await c.say('Can I turn it on just for a few minutes to copy my files off?');
    expect(backup.text).toMatch(/^No/);
    expect(backup.text).toMatch(/cloud/);
    expect(backup.text).toMatch(/service centre/);
    expect(backup.text).not.toMatch(/reasonable|once it cools/i);
    const keep = await c.say('can I keep using it if I keep it on the charger?');
    expect(keep.text).toMatch(/^No/);
  });

  it('a swollen power bank (zh): 关掉 is yes, 开机导资料 is no', async () => {
    const c = await waiting('wait-power-bank', '我的平板电池鼓包了，屏幕都被顶起来了，还发烫');
    const off = await c.say('现在能把它关掉吗');
    expect(off.text).toMatch(/^可以/);
    expect(off.text).not.toMatch(NO_ANSWER);
    const backup = await c.say('我能开机把里面的资料导出来吗');
    expect(backup.text).toMatch(/^不建议开机/);
    expect(backup.text).toMatch(/云/);
    expect(backup.text).toMatch(/服务中心/);
  });

  it('sparks in a kettle with the breaker off (zh): unplugging is safe and how, and is not read as sparks at the plug', async () => {
    const c = await waiting('wait-kettle', '电水壶底座冒火花了，我已经把总闸拉了');
    const unplug = await c.say('现在闸关了，拔插头安全吗？');
    expect(unplug.text).toMatch(/^可以/);
    expect(unplug.text).toMatch(/捏住插头/);
    expect(unplug.text).not.toMatch(/是里面打火|插头或插座打火花/);
    const again = await c.say('那以后还能用吗');
    expect(again.text).toMatch(/^(?:不行|先不要)/);
  });

  it('an oven that sparked (en): unplugging after the breaker is yes; "keep using it if" is no until checked', async () => {
    const c = await waiting('wait-oven', 'there was a flash and sparks inside my oven, I switched off the breaker');
    const unplug = await c.say('Is it safe to unplug it now that the breaker is off?');
    expect(unplug.text).toMatch(/^Yes/);
    expect(unplug.text).toMatch(/hold the plug/);
    expect(unplug.text).not.toMatch(/no need to rush/);
    const keep = await c.say('Can I keep using it if I only use the grill?');
    expect(keep.text).toMatch(/^(?:No|Not yet)/);
  });

  it('asking whether to cut the breaker is not read as the breaker being off (zh, a phone number with two questions)', async () => {
    const c = await waiting('wait-dishwasher-water', '洗碗机漏水，地上一大滩，插座就在旁边');
    const asked = await c.say('我手机13812345678，能拖地吗？要不要把总闸拉了');
    expect(asked.text).toMatch(/138\*\*\*\*5678/);
    // Both questions answered: mopping after the power is off, and yes to the breaker.
    expect(asked.text).toMatch(/可以，但要先在总电闸/);
    expect(asked.text).toMatch(/要断电/);
    expect(asked.text).not.toMatch(/总电闸断了以后|已经断了/);
    expect((await c.tickets())[0]!.contactPhone).toBe('13812345678');
  });
});

describe('where to keep a hot, swollen battery', () => {
  it('a swollen tablet (en): not the fridge or water, and the balcony named as a choice is the right place', async () => {
    const c = world.customer('wait-cool-en');
    await c.say('my tablet got super hot while charging and the screen is lifting, the back bulged');
    const fridge = await c.say('I unplugged it. should I stick it in the freezer to cool it off?');
    expect(fridge.text).toMatch(/^No\./m);
    expect(fridge.text).toMatch(/freezer/);
    expect(fridge.text).not.toMatch(NO_ANSWER);
    const place = await c.say('ok so is my backpack fine or should it go outside?');
    expect(place.text).toMatch(/outside is right/);
    expect(place.text).not.toMatch(/Still the same: No/);
  });
  it('a swollen e-bike battery (zh): 泡水 is no, with where to put it', async () => {
    const c = world.customer('wait-cool-zh');
    await c.say('电动车电池充电的时候鼓包了 还特别烫');
    const water = await c.say('要不要拿盆水泡一下降温');
    expect(water.text).toMatch(/^不要。/m);
    expect(water.text).toMatch(/瓷砖|水泥地/);
    expect(water.text).not.toMatch(NO_ANSWER);
  });
});

describe('a phone number, a call back', () => {
  it('a number inside a message with a question (en): taken, said back masked, and the question answered', async () => {
    const c = await waiting('wait-phone-question', 'my space heater smells of burning plastic and the plug looks scorched');
    const said = await c.say('my number is 139 1234 5678, can I use the other heater in the bedroom instead?');
    expect(said.text).toMatch(/139\*\*\*\*5678/);
    expect(said.text).toMatch(/^Yes/m);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it('"一定要让人给我打电话" with a number on the ticket: the number and the time, never "reply here"', async () => {
    const c = await waiting('wait-call-zh', '油烟机异响很大');
    await c.say('我电话15900001111');
    const call = await c.say('一定要让人给我打电话啊，我没空一直看手机聊天');
    expect(call.text).toMatch(/159\*\*\*\*1111/);
    expect(call.text).toMatch(/\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(call.text).not.toMatch(WILL_ANSWER_HERE);
    expect((await notes(c)).join()).toMatch(/called back by phone/);
  });

  it('"make sure someone calls me" with no number yet (en): asks for one, with the time', async () => {
    const c = await waiting('wait-call-en', 'my freezer is not freezing anymore');
    const call = await c.say('please make sure somebody calls me back, I cannot sit and watch this chat');
    expect(call.text).toMatch(/no phone number on ticket/);
    expect(call.text).toMatch(/\d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}/);
    expect(call.text).not.toMatch(WILL_ANSWER_HERE);
    const again = await c.say('just have someone call me');
    expect(again.text).not.toBe(call.text);
  });
});

describe('a complaint heard', () => {
  it('repaired twice, a ruined floor, a rude engineer, who pays (en): named back, noted, compensation left to a person', async () => {
    const c = world.customer('wait-complaint-en');
    const first = await c.say(
      'This dishwasher has been repaired twice and it is STILL leaking, the water has warped my kitchen floor. Your technician was rude and left mud everywhere. Who is paying for my floor??',
    );
    expect(first.mode).toBe('handoff_requested');
    expect(first.text).toMatch(/complaint about the engineer/);
    expect(first.text).toMatch(/damage to your floor/);
    expect(first.text).toMatch(/decided by that person/);
    // Our words, not theirs.
    expect(first.text).not.toMatch(/STILL leaking|left mud|rude/);
    const note = (await notes(c)).join();
    expect(note).toMatch(/engineer/);
    expect(note).toMatch(/floor/);
    const pays = await c.say('this is a joke. who pays for the damage?');
    expect(pays.text).not.toMatch(NO_ANSWER);
    expect(pays.text).not.toMatch(/call-out fee/);
    expect(pays.text).toMatch(/floor/);
    expect(pays.text).toMatch(/\d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}/);
    const again = await c.say('WHO PAYS???');
    expect(again.text).not.toBe(pays.text);
  });

  it('冰箱修了两次、肉坏了、师傅态度差、地板划了、谁赔 (zh)', async () => {
    const c = world.customer('wait-complaint-zh');
    const first = await c.say('热水器修了两次了还是漏水，楼下邻居家天花板都泡了，上次来的师傅态度特别差，这个损失谁来赔？');
    expect(first.mode).toBe('handoff_requested');
    expect(first.text).toMatch(/对上门工程师的投诉/);
    expect(first.text).toMatch(/由人工客服核实/);
    expect(first.text).not.toMatch(/态度特别差/);
    await c.say('转人工');
    const pays = await c.say('你们到底管不管？损失谁来赔？');
    expect(pays.text).not.toMatch(NO_ANSWER);
    expect(pays.text).toMatch(/赔不赔、怎么赔由人工客服核实/);
    expect(pays.text).toMatch(/\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  });
});

describe('never the same reply twice running, never a note not asked for', () => {
  it('a fee asked again gets its gist, not "no reliable answer"; a status asked again says no change (en)', async () => {
    const c = await waiting('wait-repeat-en', 'my range hood shows E3');
    const cost = await c.say('how much will a repair cost?');
    const again = await c.say('how much will it cost then?');
    expect(again.text).not.toMatch(NO_ANSWER);
    expect(again.text).toMatch(/^As above/);
    expect(again.text).not.toBe(cost.text);
    const status = await c.say("what's the status of my ticket?");
    const status2 = await c.say('and the status now?');
    expect(status2.text).toMatch(/No change since a moment ago/);
    expect(status2.text).not.toBe(status.text);
  });

  it('a phone number and a visit time (zh/en) are said noted as what they are, and nobody is said to want a supervisor', async () => {
    for (const [ref, first, phone, visit] of [
      ['wait-facts-zh', '烘干机转的时候咣咣响', '我电话13600001234', '周六上午可以来吗'],
      ['wait-facts-en', 'my tumble dryer bangs loudly when it spins', 'my number is 13611112222', 'could the engineer come on Saturday morning?'],
    ] as const) {
      const c = await waiting(ref, first);
      const replies = [await c.say(phone), await c.say(visit), await c.say(/[\u4e00-\u9fff]/.test(first) ? '记一下，我下午不在家' : 'please note I am out in the afternoons')];
      for (const r of replies) expect(r.text).not.toMatch(/主管|经理|supervisor|manager/i);
      expect((await notes(c)).join()).not.toMatch(/escalation|manager/i);
    }
  });
});
