/**
 * Playtest round 15: after a swollen battery nothing is posted and its questions are answered (will
 * it explode, how long outside, the device without it); after a gas smell nobody goes back in before
 * the gas company says so; a leaking water appliance gets first aid, also while waiting; a time for
 * calls said while waiting is noted and said back as a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_ANSWER = /没法确认|没有确切的资料|查不到可靠|can't confirm|isn't something I can confirm|no reliable|nothing reliable/i;

describe('a damaged battery, round 15', () => {
  it.each([
    ['en', 'the battery of my electric scooter puffed up and is hissing on the charger', 'could somebody come and take it away, or do I ship it to you?'],
    ['zh', '电动车电池充电时鼓起来了，还滋滋响', '你们能派人上门收走吗？还是我快递过去'],
    ['zh', '充电宝充着充着鼓包了，很烫', '那我寄回去给你们检测行吗'],
  ])('(%s) never posted: %s / %s', async (lang, first, second) => {
    const c = world.customer(`r15-post-${first}`);
    await c.say(first);
    const said = await c.say(second);
    if (lang === 'zh') {
      expect(said.text).toMatch(/不能寄/);
      expect(said.text).toMatch(/危险品/);
      expect(said.text).toMatch(/消防|经销商/);
      expect(said.text).not.toMatch(/帮您登记寄修|运费按品牌规定/);
    } else {
      expect(said.text).toMatch(/must not be posted or sent by courier/);
      expect(said.text).toMatch(/dangerous goods/);
      expect(said.text).toMatch(/fire brigade|dealer/);
      expect(said.text).not.toMatch(/I can register a mail-in repair|shipping per the brand/i);
    }
  });

  it.each([
    ['zh', '平板电池鼓包把屏幕顶起来了', '能邮寄过去修吗', '这样寄安全吗', /^不安全。/],
    ['en', 'my e-bike battery has swollen and smells odd', 'can I mail it in to you?', 'is that even safe?', /^No, it isn't safe\./],
  ])('(%s) "is that safe?" about posting it is a no', async (_lang, first, second, third, no) => {
    const c = world.customer(`r15-safe-${first}`);
    await c.say(first);
    await c.say(second);
    const said = await c.say(third);
    expect(said.text).toMatch(no);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['en', 'e-bike battery swelled up and got really hot in the garage', 'might it go up in flames out there?', /can catch fire or burst/, /call 119/],
    ['zh', '手机电池鼓包了，后盖都撑开了', '放外面了，会不会炸啊', /可能起火或爆开/, /119/],
    ['zh', '电瓶车的锂电池鼓了，发烫', '这个东西会起火吗', /可能起火或爆开/, /119/],
  ])('(%s) will it explode is answered honestly: %s', async (_lang, first, second, honest, call) => {
    const c = world.customer(`r15-boom-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(honest);
    expect(said.text).toMatch(call);
    expect(said.text).not.toMatch(/^No\.|^不行/);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['en', 'my scooter battery is swollen and crackling', 'how long does it have to sit outside? through the night?', /until it is collected or disposed of/, /back indoors/],
    ['zh', '电动车电池鼓包，我推到楼下空地了', '要在外面放到什么时候？晚上也放外面吗', /直到被收走或按规定处理掉/, /不要再拿回屋里/],
  ])('(%s) how long outside: %s', async (_lang, first, second, until, notIn) => {
    const c = world.customer(`r15-long-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(until);
    expect(said.text).toMatch(notIn);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['en', 'my e-bike battery is swollen and hissing', 'can I still ride the bike with the battery taken out, just pedalling?', /separate question/],
    ['zh', '电动车电池鼓包了', '电池拆掉以后车还能骑吗', /另外一个问题/],
  ])('(%s) the device without the battery is a separate question', async (_lang, first, second, separate) => {
    const c = world.customer(`r15-without-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(separate);
    expect(said.text).not.toMatch(NO_ANSWER);
  });
});

describe('back inside after a gas smell, round 15', () => {
  it.each([
    ['en', 'I can smell gas from the hob', "we're in the street now. it's much weaker, can we head back in?", /Stay out until the gas company/, /fainter smell does not mean/],
    ['en', 'gas smell around the boiler cupboard', 'freezing out here, ok to go inside yet?', /Stay out until the gas company/, /switch nothing on/],
    ['zh', '灶台那边煤气味很重', '人在小区楼下了，味道好像没那么大了，能回去吗', /先别回屋/, /味道变淡不等于/],
    ['zh', '热水器附近有燃气味', '外面太冷了，我可以先进屋吗', /燃气公司/, /不要开灯、开关电器或点火/],
  ])('(%s) %s / %s', async (_lang, first, second, stay, more) => {
    const c = world.customer(`r15-gas-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(stay);
    expect(said.text).toMatch(more);
    expect(said.text).not.toMatch(NO_ANSWER);
  });
});

describe('stopping a leak for now, round 15', () => {
  it.each([
    ['en', 'the washing machine is leaking everywhere, put me through to someone', 'what can I do to stop the water until they ring?', /water tap/i],
    ['en', 'dishwasher is pouring water out again, I need a human', 'ok but how do I make it stop leaking meanwhile', /water tap/i],
    ['zh', '洗碗机又漏了一地的水，给我找人工', '在等的时候怎么先止住', /水龙头或角阀/],
    ['zh', '洗衣机底下一直在漏水 转人工', '那我现在先怎么办，水还在流', /水龙头或角阀/],
  ])('(%s) first aid while waiting: %s / %s', async (lang, first, second, tap) => {
    const c = world.customer(`r15-leak-${first}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(tap);
    expect(said.text).toMatch(lang === 'zh' ? /总电闸/ : /breaker/);
    expect(said.text).not.toMatch(/installation|安装|niche|600 mm/i);
    expect(said.text).not.toMatch(NO_ANSWER);
  });

  it.each([
    ['en', 'the dishwasher is dribbling water from under the door, how can I stop the leak for now?', /To stop the leak for now/, /Close the water tap/],
    ['zh', '洗碗机门缝往外渗水，先怎么止住？', /先这样止住漏水/, /水龙头或角阀/],
  ])('(%s) first aid with the bot, not "switch it on again"', async (_lang, first, lead, tap) => {
    const said = await world.customer(`r15-leak-bot-${first}`).say(first);
    expect(said.text).toMatch(lead);
    expect(said.text).toMatch(tap);
    expect(said.text).not.toMatch(/switch on again|再开机/);
  });
});

describe('a time for calls while waiting, round 15', () => {
  it.each([
    ['en', "please don't ring me after 9pm, the baby sleeps", /Noted: call before 21:00/],
    ['en', "I'm only around after 6 on weekdays, put that on the ticket", /Noted: call only after 18:00 on weekdays/],
    ['zh', '晚上9点以后别打电话了，孩子睡觉', /记下了：21:00以前打/],
    ['zh', '工作日我7点以后才在家', /记下了：工作日19:00以后再打/],
  ])('(%s) %s', async (_lang, wish, noted) => {
    const c = world.customer(`r15-window-${wish}`);
    await c.say(_lang === 'zh' ? '冰箱不制冷了，转人工' : 'my fridge stopped cooling, get me an agent');
    const said = await c.say(wish);
    expect(said.text).toMatch(noted);
    expect(said.text).not.toMatch(NO_ANSWER);
    const [ticket] = await c.tickets();
    expect(JSON.stringify(ticket)).not.toBe('');
  });
});
