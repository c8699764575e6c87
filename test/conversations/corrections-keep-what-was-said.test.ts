/**
 * Corrections and changes of mind that keep what was said (task v4): a piece of a fact corrected at
 * the summary is put in its place; a day ruled out with a reason leaves the other day as the time; a
 * yes where a fact was asked asks again, never ends the chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** A repair form brought to its summary with the facts given one by one. */
async function atSummary(c: Customer, ...lines: string[]): Promise<void> {
  let last = '';
  for (const line of lines) last = (await c.say(line)).text;
  expect(last).toMatch(/跟您确认一下报修信息|Let me confirm the repair request/);
}

const ZH_FORM = ['冰箱冷藏室不冷了，帮我报修', '型号BCD-521W/B14', '去年买的', '南京市鼓楼区中山北路72号', '13812345678'];
const EN_FORM = ['the dryer stopped heating, can someone come and look', 'model DV90T5240AW', 'bought it last year'];

describe('a piece of a fact corrected at the summary is put in its place', () => {
  it.each([
    ['门牌号应该是27号，不是72', /地址 南京市鼓楼区中山北路27号/, (t: { address?: string }) => expect(t.address).toContain('中山北路27号')],
    ['不好意思 门牌是27 不是72', /地址 南京市鼓楼区中山北路27号/, (t: { address?: string }) => expect(t.address).toContain('中山北路27号')],
    ['手机后四位是6603', /电话 13812346603/, (t: { contactPhone?: string }) => expect(t.contactPhone).toContain('13812346603')],
    ['电话尾号不是5678，是5687', /电话 13812345687/, (t: { contactPhone?: string }) => expect(t.contactPhone).toContain('13812345687')],
    ['型号打错了一点，是BCD-521W/B41，B41不是B14', /型号 BCD-521W\/B41/, (t: { model?: string }) => expect(t.model).toBe('BCD-521W/B41')],
  ])('"%s" changes only that piece, says it back and shows the summary (zh)', async (fix, saidBack, filed) => {
    const c = world.customer(`v4-piece-zh-${fix}`);
    await atSummary(c, ...ZH_FORM);
    const said = await c.say(fix);
    expect(said.text).toMatch(saidBack);
    expect(said.text).toMatch(/跟您确认一下报修信息/);
    expect(said.text).not.toMatch(/什么问题|验证码|号号/);
    expect(said.tools).not.toContain('createTicket');
    // Nothing else moved: the model's digits are never put into the phone.
    expect(said.text).toMatch(/13812345678|1381234(?:6603|5687)/);
    await c.say('对的');
    const [ticket] = await c.tickets();
    expect(ticket).toBeDefined();
    filed(ticket!);
  });

  it('two pieces in one message both change (zh)', async () => {
    const c = world.customer('v4-two-zh');
    await atSummary(c, '热水器不出热水，要报修', '型号JSQ25-13', '今年3月买的', '苏州市姑苏区人民路6栋1201', '13955551234');
    const said = await c.say('楼号是8栋不是6栋，另外手机尾号改成2090');
    expect(said.text).toMatch(/人民路8栋1201/);
    expect(said.text).toMatch(/13955552090/);
    await c.say('没问题了');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toContain('8栋1201');
    expect(ticket?.contactPhone).toContain('13955552090');
  });

  it('a piece that fits nowhere asks which part should change, never a new topic (zh)', async () => {
    const c = world.customer('v4-unplaced-zh');
    await atSummary(c, ...ZH_FORM);
    const said = await c.say('尾号是1111不是2222');
    expect(said.text).toMatch(/要改哪一项/);
    expect(said.text).not.toMatch(/验证码|什么问题/);
    expect(said.tools).not.toContain('createTicket');
  });

  it.each([
    ['Unit 3-17, 40 Hill Street, Singapore', '91234567', 'oops, unit 3-71 not 17', /Unit 3-71, 40 Hill Street/],
    ['85 Elm Road, Leeds', '+44 7700 900456', 'my house is 58 not 85, sorry', /58 Elm Road, Leeds/],
    ['85 Elm Road, Leeds', '+44 7700 900456', 'the mobile ends in 0466 not 0456', /7700 900466/],
    ['85 Elm Road, Leeds', '+44 7700 900456', 'last four digits should be 3321', /7700 903321/],
  ])('at %s, "%s" changes only that piece, says it back and waits for the yes (en)', async (address, phone, fix, saidBack) => {
    const c = world.customer(`v4-piece-en-${fix}`);
    await atSummary(c, ...EN_FORM, address, phone);
    const said = await c.say(fix);
    expect(said.text).toMatch(/Changed as you said/);
    expect(said.text).toMatch(saidBack);
    expect(said.text).toMatch(/Let me confirm the repair request/);
    expect(said.text).not.toMatch(/What's the problem|what is the phone doing|Did that fix it/i);
    expect(said.tools).not.toContain('createTicket');
    expect(said.tools).not.toContain('searchKnowledge');
    await c.say('yes please');
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([
    ['zh', '门牌是27 不是72，其他都没问题', /中山北路27号/],
    ['en', 'the house is 58 not 85, everything else is right', /58 Elm Road/],
  ])('a piece corrected with "the rest is right" is said back and filed (%s)', async (lang, fix, changed) => {
    const c = world.customer(`v4-rest-right-${lang}`);
    await atSummary(c, ...(lang === 'zh' ? ZH_FORM : [...EN_FORM, '85 Elm Road, Leeds', '+44 7700 900456']));
    const said = await c.say(fix);
    expect(said.text).toMatch(changed);
    expect(said.tools).toContain('createTicket');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toMatch(changed);
  });

  it('two pieces in one message both change (en)', async () => {
    const c = world.customer('v4-two-en');
    await atSummary(c, ...EN_FORM, 'Flat 9-40, 3 Marine Parade, Singapore', '98765432');
    const said = await c.say('sorry, flat is 9-04 not 9-40, and my number ends 1188');
    expect(said.text).toMatch(/Flat 9-04, 3 Marine Parade/);
    expect(said.text).toMatch(/9876 1188/);
    await c.say('correct');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toContain('Flat 9-04');
    expect(ticket?.contactPhone).toMatch(/9876\s?1188/);
  });

  it('a piece that fits nowhere asks which part should change (en)', async () => {
    const c = world.customer('v4-unplaced-en');
    await atSummary(c, ...EN_FORM, '85 Elm Road, Leeds', '+44 7700 900456');
    const said = await c.say('phone ends 2222 not 3333');
    expect(said.text).toMatch(/which part should change/i);
    expect(said.tools).not.toContain('createTicket');
  });
});

describe('a day ruled out with a reason leaves the other day as the time', () => {
  it.each([
    ['周三下午要接孩子 周五都可以', /周五/, /周三/],
    ['周一上班，周六上午可以', /周六上午/, /周一/],
    ['周四要值班 改成周日下午吧', /周日下午/, /周四/],
  ])('"%s" keeps the other day (zh)', async (time, kept, ruledOut) => {
    const c = world.customer(`v4-day-zh-${time}`);
    await atSummary(c, ...ZH_FORM);
    const said = await c.say(time);
    const line = said.text.split('\n').find((l) => l.includes('方便时间')) ?? '';
    expect(line).toMatch(kept);
    expect(line).not.toMatch(ruledOut);
  });

  it.each([
    ["Wednesday I'm out all day, Friday afternoon is good", /Friday afternoon/, /Wednesday/],
    ["Monday morning doesn't work, any time Saturday", /Saturday/, /Monday/],
    ["we're busy on Thursday, make it Sunday morning", /Sunday morning/, /Thursday/],
  ])('"%s" keeps the other day (en)', async (time, kept, ruledOut) => {
    const c = world.customer(`v4-day-en-${time}`);
    await atSummary(c, ...EN_FORM, '85 Elm Road, Leeds', '+44 7700 900456');
    const said = await c.say(time);
    const line = said.text.split('\n').find((l) => l.includes('Preferred time')) ?? '';
    expect(line).toMatch(kept);
    expect(line).not.toMatch(ruledOut);
  });

  it('a time already kept is changed to the other day when one day is ruled out (zh)', async () => {
    const c = world.customer('v4-day-change-zh');
    await atSummary(c, ...ZH_FORM);
    await c.say('周五上午');
    const said = await c.say('周五临时要出差 换到周六下午');
    expect(said.text).toMatch(/方便时间：周六下午/);
  });
});

describe('a yes where a fact was asked asks again', () => {
  it.each([
    ['en', 'the dryer stopped heating, can someone come and look', "yep, that's all fine", /model number for me, e\.g\./],
    ['en', 'my dishwasher leaks, book an engineer please', 'yes, that is right', /model number for me, e\.g\./],
    ['zh', '洗碗机漏水，想约师傅上门', '是的没错', /型号发给我，比如/],
    ['zh', '烘干机不热了 帮我报修', '对的', /型号发给我，比如/],
  ])('a yes to "do you know the model?" asks for it with an example, never a goodbye (%s)', async (_lang, first, yes, asked) => {
    const c = world.customer(`v4-yes-model-${yes}-${first}`);
    await c.say(first);
    const said = await c.say(yes);
    expect(said.text).toMatch(asked);
    expect(said.text).not.toMatch(/goodbye|isn't filed yet|还没提交|再见/i);
    // The model given next is kept.
    const next = await c.say('DW60M5050');
    expect(next.text).not.toMatch(/model number for me|型号发给我/);
  });

  it.each([
    ['zh', ['洗碗机漏水，想约师傅上门', '型号DW60M5050', '不记得了', '13812345678'], '嗯对', /上门地址发给我/],
    ['en', ['my dishwasher leaks, book an engineer please', 'model DW60M5050', 'no idea'], 'yes correct', /type the phone number/],
  ])('a yes where the address or phone is asked asks again with an example (%s)', async (_lang, lines, yes, asked) => {
    const c = world.customer(`v4-yes-contact-${yes}`);
    for (const line of lines) await c.say(line);
    const said = await c.say(yes);
    expect(said.text).toMatch(asked);
    expect(said.text).not.toMatch(/goodbye|再见/i);
  });
});

describe('a return turned into a repair keeps the problem told for the return', () => {
  it.each([
    [
      'en',
      ['can I get a refund on my dishwasher?', 'I ordered it online', "it won't drain at the end of the cycle", 'got it on 15 October'],
      'alright, repair it then. model DW60M5050, 22 Mill Lane, Bristol, 07700 900321',
      'yes',
      /drain/,
    ],
    [
      'en',
      ['I want to return this TV', 'it was an online order', 'there are lines on the screen', 'I bought it on 2 October'],
      'ok fine, just fix it. model 55E3F, 10 Baker Street London, 07700 900123',
      'yes',
      /lines on the screen/,
    ],
    ['zh', ['这台冰箱我想换一台', '门店买的', '冷藏室一点都不冷', '10月20号买的'], '那就修吧，型号BCD-470，杭州市西湖区文三路100号，13912345678', '是的', /冷藏室一点都不冷/],
    ['zh', ['我要退货', '网上买的', '洗衣机一洗衣服底下就漏水', '10月18号买的'], '好吧 那修一下 型号XQG100 杭州市西湖区文三路100号 13912345678', '对', /漏水/],
  ])("the reason given for the return is the repair's problem, and the yes files it (%s)", async (_lang, lines, repair, yes, problem) => {
    const c = world.customer(`v4-return-${repair}`);
    for (const line of lines) await c.say(line);
    const summary = await c.say(repair);
    const problemLine = summary.text.split('\n').find((l) => /问题：|Problem:/.test(l)) ?? '';
    expect(problemLine).toMatch(problem);
    expect(problemLine).not.toMatch(/退货|换一台|refund|return this/i);
    const filed = await c.say(yes);
    expect(filed.text).not.toMatch(/什么问题|what(?:'s| is) the problem/i);
    expect(filed.tools).toContain('createTicket');
    const [ticket] = await c.tickets();
    expect(ticket?.symptom).toMatch(problem);
  });
});
