/**
 * Playtest round 15 (plain faults): a fault said plainly, with its negation written out any way
 * ("will not", "cannot", 无法, 没法), is read as that symptom and answered with its own case or
 * honest no-case help: never a care text, never another symptom's case, never "tell me more".
 * A fault with the wish to have it repaired starts the repair; "will the engineer bring the
 * parts?" is about the visit, not the do-it-yourself parts rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const TELL_ME_MORE = /能具体说说|tell me a bit more/i;
const NO_CASE = /没有对得上|no fix that matches/i;
const REPAIR_OFFER = /预约上门|登记送修|Shall I book a visit|Shall I register a repair/i;
/** The drum-cleaning and other routine-care texts. */
const CARE_TEXT = /筒自洁|清洁滚筒|drum-clean|clean the drum|每月|monthly/i;

describe('a drain fault is no care question', () => {
  it.each([
    ['en', 'my washing machine will not drain'],
    ['en', 'the washer does not pump the water out anymore'],
    ['en', 'our washer got delivered on Monday and it cannot drain'],
    ['zh', '洗衣机没法排水了'],
    ['zh', '滚筒洗衣机排不出水'],
    ['zh', '洗衣机上周刚送到，现在不能排水'],
  ])('honest no-case help with a repair offer, no care text and no question back (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r15-drain-${line}`).say(line);
    expect(said.text).not.toMatch(CARE_TEXT);
    expect(said.text).not.toMatch(TELL_ME_MORE);
    // The drain case's own checks (knowledge/sample/self-checks.json), or honest no-case help.
    expect(said.text).toMatch(new RegExp(`${NO_CASE.source}|排水过滤器|drain filter`, 'i'));
    expect(said.text).toMatch(/1\. /);
    expect(said.text).toMatch(new RegExp(`${REPAIR_OFFER.source}|请报修|book a repair`, 'i'));
  });

  it.each([
    ['en', 'how often should I clean the washer drum?'],
    ['zh', '洗衣机滚筒多久清洁一次'],
  ])('a care question still gets its care answer (%s)', async (_lang, line) => {
    const said = await world.customer(`r15-care-${line}`).say(line);
    expect(said.text).toMatch(/筒自洁|drum-clean/i);
  });
});

describe('negations written out read as the symptom, and its own case answers', () => {
  it.each([
    ['en', 'the telly can not be switched on, TV is dead', /will not turn on/i],
    ['en', 'my television is not powering on', /will not turn on/i],
    ['en', 'the phone cannot charge any more', /will not charge/i],
    ['en', 'the air conditioner will not start at all', /will not switch on/i],
    ['en', 'there is always water sitting in the bottom of the dishwasher', /not draining/i],
    ['zh', '电视机没法开机', /开不了机/],
    ['zh', '我家电视无法开机了', /开不了机/],
    ['zh', '手机没法充电了', /充不进电/],
    ['zh', '空调不能启动', /开不了机/],
    ['zh', '洗碗机底下老是有一些水', /不排水/],
  ])('%s: %s', async (_lang, line, title) => {
    const said = await world.customer(`r15-neg-${line}`).say(line);
    expect(said.text).toMatch(/一般是「|This is usually "/);
    expect(said.text).toMatch(title);
    expect(said.text).not.toMatch(TELL_ME_MORE);
  });
});

describe('a case only for its own symptom', () => {
  it.each([
    ['en', 'my earbuds will not connect to my phone', /One earbud has no sound/],
    ['en', 'the dishwasher will not fill with water', /not draining|no sound/i],
    ['en', 'my AC will not start', /trips the breaker|light keeps flashing/i],
    ['zh', '冰箱老是自己断电', /门关不严|门封/],
    ['zh', '洗衣机没法排水', /不脱水|漏水/],
    ['zh', '手机无法充电', /充电慢|充电口松动/],
  ])('never another symptom’s case (%s: %s)', async (_lang, line, other) => {
    const said = await world.customer(`r15-fit-${line}`).say(line);
    expect(said.text).not.toMatch(other);
    expect(said.text).not.toMatch(TELL_ME_MORE);
  });

  // (A dryer that does not dry now has its case, the lint filter and the condenser: microwave-sparks-next.test.ts.)
  it.each([
    ['en', 'the oven will not heat up'],
    ['zh', '烤箱热不起来了'],
    ['zh', '干衣机烘不干衣服'],
  ])('a symptom said plainly with no case: honest help, never "tell me more" (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r15-plain-${line}`).say(line);
    expect(said.text).not.toMatch(TELL_ME_MORE);
    expect(said.text).toMatch(NO_CASE);
    expect(said.text).toMatch(REPAIR_OFFER);
  });

  it.each([
    ['en', 'our cooker hood is not sucking up the smoke'],
    ['en', 'the range hood barely extracts any smoke now'],
  ])('a hood that does not draw the smoke away is a fault, not a fire (%s: %s)', async (_lang, line) => {
    const c = world.customer(`r15-hood-${line}`);
    const said = await c.say(line);
    expect(said.text).not.toMatch(/Safety first/);
    expect(said.text).toMatch(/suction weak/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('a fault and a repair wish start the repair', () => {
  it.each([
    ['en', 'my laptop will not boot up, I need it repaired'],
    ['en', "the tablet doesn't charge anymore and I want it fixed"],
    ['zh', '笔记本电脑开不了机了，要修'],
    ['zh', '平板没法充电，我想送修'],
  ])('carried in: the repair form, in service-centre words (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r15-wish-${line}`).say(line);
    expect(said.text).toMatch(/知道型号吗|Do you know the model/);
    expect(said.text).not.toMatch(/原包装|original box|上门费|call-out/i);
  });

  it.each([
    ['en', "the washing machine won't drain, I need it repaired", /model/i],
    ['zh', '洗衣机不排水了，要修', /型号/],
  ])('visited: the repair form (%s)', async (_lang, line, asks) => {
    const said = await world.customer(`r15-wish-visit-${line}`).say(line);
    expect(said.text).toMatch(asks);
    expect(said.text).not.toMatch(TELL_ME_MORE);
  });

  it.each([
    ['en', 'my tablet screen cracked, can it be fixed?'],
    ['zh', '平板屏幕裂了，能修吗？'],
  ])('a question whether it can be repaired is no wish yet (%s)', async (_lang, line) => {
    const said = await world.customer(`r15-ask-${line}`).say(line);
    expect(said.text).not.toMatch(/知道型号吗|Do you know the model/);
  });
});

describe('will the engineer bring the parts?', () => {
  it.each([
    ['en', 'will the technician bring the spare parts with him?'],
    ['en', 'do I need to buy the parts myself before the visit?'],
    ['zh', '师傅来的时候会自己带配件吗'],
    ['zh', '需不需要我自己先买好配件'],
    ['zh', '换的零件要我自己先去买吗'],
  ])('about the visit: no parts to buy, nothing promised for the first visit (%s: %s)', async (lang, line) => {
    const said = await world.customer(`r15-parts-${line}`).say(line);
    expect(said.text).toMatch(lang === 'zh' ? /配件不用您自己准备/ : /don't need to get any parts yourself/);
    expect(said.text).not.toMatch(/自己更换|replace only the consumables/i);
  });

  it('after a fault given a repair, in the form: answered and the form goes on (en)', async () => {
    const c = world.customer('r15-parts-form');
    await c.say("my fridge isn't cooling, please send an engineer");
    const said = await c.say('will the engineer bring the parts?');
    expect(said.text).toMatch(/don't need to get any parts yourself/);
    expect(said.text).toMatch(/Back to/);
  });
});

describe('a plug question after honest no-case help', () => {
  it.each([
    ['zh', '洗碗机漏水漏到地上了', '要拔插头吗？', /手和脚下都是干的/],
    ['en', 'the dishwasher is leaking all over the kitchen floor', 'should I unplug it?', /hands and the floor/i],
  ])('is answered for that problem, and the offer stands (%s)', async (_lang, first, question, safe) => {
    const c = world.customer(`r15-plug-${first}`);
    await c.say(first);
    const said = await c.say(question);
    expect(said.text).toMatch(safe);
    expect(said.text).not.toMatch(/原包装|original box|安装|installation/i);
  });
});
