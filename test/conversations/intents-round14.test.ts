/**
 * Playtest round 14 (intents): a case is given only for the symptom it is about; a burning smell
 * from a small kitchen appliance is danger like any other; a wet phone or earbuds get the water
 * answer without "did that fix it?"; damage a new delivery arrived with is a delivery-damage report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** Steps for a symptom the customer did not describe, by the case names they come under. */
const OTHER_CASE = /一般是「|This is usually "/;

describe('a case only for its own symptom', () => {
  it.each([
    ['en', 'the television shuts itself off every evening after about ten minutes'],
    ['en', 'our TV powers on by itself at 3am'],
    ['en', 'the picture on my TV froze and stays frozen'],
    ['en', 'my air conditioner switches itself on when nobody is home'],
    ['en', 'the fridge is unplugged and still makes a buzzing noise'],
    ['zh', '电视看着看着就自己关机了'],
    ['zh', '电视每天半夜自动开机'],
    ['zh', '电视老是自己重启'],
    ['zh', '空调没人按也会自己开机'],
    ['zh', '微波炉热了几秒钟就自动断电'],
  ])('no other symptom’s case, honest safe checks and a repair offered (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r14-fit-${line}`).say(line);
    expect(said.text).not.toMatch(OTHER_CASE);
    expect(said.text).not.toMatch(/挂架|wall mount|bracket/i);
    expect(said.text).toMatch(/没有对得上|no fix that matches/i);
    expect(said.text).toMatch(/1\. /);
    expect(said.text).toMatch(/预约上门|Shall I book a visit/i);
    expect(said.text).not.toMatch(/能具体说说|tell me a bit more/i);
  });

  it.each([
    ['en', 'my TV says no signal', /no signal/i],
    ['zh', '电视显示没信号', /无信号/],
    ['zh', '洗衣机洗到一半自己停了', /洗到一半/],
  ])('the case for the symptom said is still given (%s)', async (_lang, line, title) => {
    const said = await world.customer(`r14-keep-${line}`).say(line);
    expect(said.text).toMatch(OTHER_CASE);
    expect(said.text).toMatch(title);
  });
});

describe('a burning smell from a small kitchen appliance is danger', () => {
  it.each([
    ['en', 'my toaster is giving off a burnt electrical smell'],
    ['en', 'there is a smell like something is burning coming from the rice cooker'],
    ['en', 'the air fryer reeks of scorched plastic'],
    ['zh', '面包机一开就有烧焦的味道'],
    ['zh', '电饼铛有股烧东西的味儿'],
    ['zh', '空气炸锅一用就冒焦糊味'],
    ['zh', '电饭煲每次煮粥都飘出一股烧焦的塑料味'],
  ])('stop, unplug, do not use, P1 (%s: %s)', async (lang, line) => {
    const c = world.customer(`r14-burn-${line}`);
    const said = await c.say(line);
    if (lang === 'zh') {
      expect(said.text).toMatch(/安全提示/);
      expect(said.text).toMatch(/停止使用|不要再使用/);
      expect(said.text).toMatch(/拔插头|断电/);
    } else {
      expect(said.text).toMatch(/Safety first/);
      expect(said.text).toMatch(/stop using it|do not use/i);
      expect(said.text).toMatch(/unplug/i);
    }
    expect(said.text).not.toMatch(OTHER_CASE);
    const [ticket] = await c.tickets();
    expect(ticket?.priority).toBe('P1');
  });

  it.each([
    ['en', 'I burnt some toast this morning, how do I clean the crumbs out of the toaster?'],
    ['zh', '煎鸡蛋煎糊了，锅有焦味怎么洗'],
  ])('burnt food is still no danger (%s)', async (_lang, line) => {
    const said = await world.customer(`r14-food-${line}`).say(line);
    expect(said.text).not.toMatch(/安全提示|Safety first/);
  });
});

describe('a wet phone or earbuds', () => {
  it.each([
    ['en', 'I knocked a glass of water over my phone'],
    ['en', 'my phone slipped out of my pocket into the bathtub'],
    ['zh', '手机不小心掉进洗脸池了'],
    ['zh', '刚才手机泡水了'],
  ])('first aid, then the service centre offered, never "did that fix it?" (%s: %s)', async (lang, line) => {
    const said = await world.customer(`r14-wet-${line}`).say(line);
    expect(said.text).not.toMatch(/Did that fix it|试过之后好了吗|If that doesn't fix it|如果试过还不行/);
    expect(said.text).toMatch(lang === 'zh' ? /关机/ : /off/i);
    expect(said.text).toMatch(lang === 'zh' ? /要帮您登记送修吗/ : /Shall I register a repair/);
  });

  it.each([
    ['en', 'my earbuds got soaked in a downpour'],
    ['en', 'one of my earbuds fell into a cup of tea and now it is silent'],
    ['zh', '蓝牙耳机掉进水桶里了'],
    ['zh', '耳机淋了雨，现在左边没声音'],
  ])('wet earbuds get the first aid, not a question back nor another fault’s steps (%s: %s)', async (lang, line) => {
    const said = await world.customer(`r14-wet-buds-${line}`).say(line);
    expect(said.text).toMatch(lang === 'zh' ? /耳机从充电盒里取出/ : /take earbuds out of their case/);
    expect(said.text).not.toMatch(/tell me a bit more|能具体说说|Did that fix it|试过之后好了吗/);
    expect(said.text).toMatch(lang === 'zh' ? /登记送修/ : /register a repair/);
  });

  it.each([
    ['en', 'my phone went into the bath, I need a person to look at it', 'I want a human'],
    ['zh', '手机掉到鱼缸里了，帮我找个人工看看', '转人工'],
  ])('a wet phone handed to a person is not left in the lowest tier (%s)', async (_lang, line, human) => {
    const c = world.customer(`r14-wet-tier-${line}`);
    const first = await c.say(line);
    if (first.mode !== 'handoff_requested') await c.say(human);
    const [ticket] = await c.tickets();
    expect(ticket?.priority).toBe('P2');
  });

  it('waiting with wet earbuds: earbud words, not a phone’s (en)', async () => {
    const c = world.customer('r14-wet-buds-wait-en');
    await c.say('my earbuds went in the washing machine with my jeans, get me a human please');
    const use = await c.say('can I keep using them until someone calls?');
    expect(use.text).toMatch(/earbuds/);
    expect(use.text).toMatch(/charging case/);
    expect(use.text).not.toMatch(/SIM|connect it to a computer|switch it off|ports down|the wet earbuds while you wait: switch/);
    const heat = await c.say('could I blow dry them?');
    expect(heat.text).toMatch(/^No\./);
    expect(heat.text).not.toMatch(/screen/);
  });

  it('waiting with wet earbuds: earbud words (zh)', async () => {
    const c = world.customer('r14-wet-buds-wait-zh');
    await c.say('无线耳机掉马桶里了，我要人工');
    const use = await c.say('这段时间还能戴吗？');
    expect(use.text).toMatch(/充电盒/);
    expect(use.text).not.toMatch(/卡托|接电脑|立即关机/);
  });
});

describe('earbud faults have cases of their own', () => {
  it.each([
    ['en', 'the right earbud went quiet but the left one still plays', /One earbud has no sound/],
    ['en', 'when I drop the buds into their case they never start charging', /will not charge in the case/],
    ['en', 'on calls with my earphones the other person says they cannot hear me', /Callers cannot hear me/],
    ['zh', '蓝牙耳机只有左边响，右边完全没声', /一只耳机没声音/],
    ['zh', '耳机放回充电盒指示灯不亮，也不充电', /充电盒不充电/],
    ['zh', '用耳机接电话，对方老说听不清我讲话', /对方听不到或听不清/],
  ])('%s: %s', async (lang, line, title) => {
    const said = await world.customer(`r14-buds-${line}`).say(line);
    expect(said.text).toMatch(title);
    expect(said.text).toMatch(lang === 'zh' ? /试过之后好了吗/ : /Did that fix it/);
    expect(said.text).not.toMatch(/earphones|breaker|空气开关/);
  });

  it('a crackle is not the silent-earbud case (en)', async () => {
    const said = await world.customer('r14-buds-crackle').say('my left earphone crackles and hisses');
    expect(said.text).not.toMatch(/One earbud has no sound/);
  });
});

describe('damage a new delivery arrived with', () => {
  it.each([
    ['en', 'our new dishwasher turned up this morning with a crack across the door panel'],
    ['en', 'just unboxed the microwave you sent and the side is dented'],
    ['en', 'the washing machine got here yesterday and the top is all scratched'],
    ['zh', '新买的冰箱今天送到，侧面凹进去一大块'],
    ['zh', '昨天签收的电视，拆箱发现屏幕裂了'],
    ['zh', '洗碗机刚到货，门板磕掉了一块漆'],
    ['zh', '新到的热水器外壳被压变形了'],
  ])('heard as delivery damage: options, a photo, the request offered (%s: %s)', async (lang, line) => {
    const c = world.customer(`r14-arrival-${line}`);
    const said = await c.say(line);
    expect(said.text).not.toMatch(OTHER_CASE);
    expect(said.text).not.toMatch(/开发票|抬头|fapiao|issue (?:an )?invoice|查物流|track|Did that fix it|试过之后好了吗|能具体说说|tell me a bit more/i);
    if (lang === 'zh') {
      expect(said.text).toMatch(/7天内[^。]*退货、换货或维修/);
      expect(said.text).toMatch(/15天内[^。]*换货或维修/);
      expect(said.text).toMatch(/投诉/);
      expect(said.text).toMatch(/照片/);
      expect(said.text).toMatch(/登记换货或退货申请吗/);
      expect(said.text).not.toMatch(/抱歉给您添麻烦了/);
    } else {
      expect(said.text).toMatch(/within 7 days[^.]*refund, an exchange or a repair/);
      expect(said.text).toMatch(/within 15 days an exchange or a repair/);
      expect(said.text).toMatch(/complaint about the delivery/);
      expect(said.text).toMatch(/Photos/);
      expect(said.text).toMatch(/Shall I register an exchange or return request/);
      expect(said.text).not.toMatch(/sorry for the trouble/i);
    }
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['en', 'the oven came today and the glass door is cracked', 'yes please', /online or (?:buy it )?in a store/i, 'not now'],
    ['zh', '刚送来的洗衣机前面板有条裂缝', '好的，帮我登记', /网上买的|门店买的/, '先不用'],
  ])('a yes registers the exchange or return request; a no is no thanks, not "cancelled" (%s)', async (_lang, line, yes, next, no) => {
    const c = world.customer(`r14-arrival-yes-${line}`);
    await c.say(line);
    const took = await c.say(yes);
    expect(took.text).toMatch(next);
    const other = world.customer(`r14-arrival-no-${line}`);
    await other.say(line);
    const declined = await other.say(no);
    expect(declined.text).not.toMatch(/已取消|cancelled/);
  });

  it.each([
    ['en', 'the delivery crew banged the new fridge against the wall and dented it'],
    ['zh', '送货师傅搬冰箱的时候把门撞凹了'],
  ])('our crew named as doing it is still the complaint about them (%s)', async (_lang, line) => {
    const c = world.customer(`r14-arrival-crew-${line}`);
    const said = await c.say(line);
    expect(said.text).toMatch(/service complaint|服务投诉/);
    const [ticket] = await c.tickets();
    expect(ticket?.type).toBe('complaint');
  });

  it('a new phone the customer dropped is no delivery damage (en)', async () => {
    const said = await world.customer('r14-arrival-own').say('my brand new phone slipped out of my hand and the screen cracked');
    expect(said.text).not.toMatch(/arrived damaged|delivery defect/);
  });
});
