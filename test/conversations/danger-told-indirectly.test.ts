/**
 * y1 (session 19): danger told without its name. A bang and then a dead product, a burnt smell
 * likened to food, a fishy or hot-plastic smell from an electrical product, smoke described as
 * "like smoke" or "a grey haze", and carbon monoxide told as feeling ill by a bottled-gas heater
 * in Cantonese (石油气, 热水炉, 冲凉) are all P1 with safety advice first and a person; the
 * questions while waiting ("it's still plugged in", "I want to go back and finish the shower", "no
 * need for an ambulance, right?") each get their safety answer. Ordinary smells stay ordinary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The danger advice (a knowledge case's own "⚠ 安全提示" line about unplugging before cleaning is not it). */
const ADVICE = { zh: /⚠️ 安全提示/, en: /⚠️ Safety first/ };

describe('an electrical fault told by what it did: P1, safety advice first, a person', () => {
  it.each([
    ['zh', '客厅的电视刚刚嘭的一声，屏幕就全黑了，现在开不了机'],
    ['zh', '取暖器用着用着砰的一声就不转了'],
    ['zh', '显示器后面飘出一股鱼腥味，屏幕还一闪一闪的'],
    ['zh', '路由器那边有股胶皮味，摸着也挺热'],
    ['zh', '电暖器后面冒出一缕灰色的像烟一样的东西'],
    ['zh', '微波炉转着转着闻到一股像烤焦饼干的味道，我又没放吃的'],
    ['en', 'there was a loud bang from the projector and now it is dead'],
    ['en', 'our telly made a sudden pop this evening and the screen has gone dark'],
    ['en', 'the speaker amp in the lounge smells fishy and it is getting warm'],
    ['en', "there's a bluish haze rising from the back of the monitor"],
    ['en', "the oil heater smells like burnt popcorn, and there's no food anywhere near it"],
  ])('%s: %s', async (lang, line) => {
    const c = world.customer(`y1-fault-${line}`);
    const said = await c.say(line);
    expect(said.text).toMatch(ADVICE[lang as 'zh' | 'en']);
    // The advice comes before any troubleshooting steps for the fault the message also names.
    expect(said.text).not.toMatch(/请尝试|Please try|HDMI/);
    expect(said.tools).toContain('handOff');
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.priority)).toContain('P1');
  });
});

describe('still plugged in, told after the advice: cut it now, and how', () => {
  it.each([
    ['zh', '投影仪啪的一声就没画面了，后面有焦糊的味道', '插头还插在墙上', /现在就断电/, /总电闸/],
    ['en', 'the sound bar went bang and died, and now there is a smell like burnt rubber', 'it is still plugged in at the moment', /cut the power now/, /breaker/],
  ])('%s: %s / %s', async (_lang, first, second, cut, breaker) => {
    const c = world.customer(`y1-plugged-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(cut);
    expect(said.text).toMatch(breaker);
    expect(said.text).not.toMatch(/转给|passed (?:this|it) (?:on|to)|Noted/);
  });
});

describe('carbon monoxide by a bottled-gas heater, in Cantonese and Mandarin and English', () => {
  it.each([
    ['zh', '屋企个热水炉用石油气，喺冲凉房入面，我冲完凉之后头晕晕哋，好眼瞓'],
    ['zh', '石油气热水炉喺厕所，我老婆冲完凉话心口翳，成个人冇晒力'],
    ['en', 'since the LPG heater went into the bedroom I cannot keep my eyes open in the evenings and I am queasy'],
  ])('%s: %s', async (lang, line) => {
    const c = world.customer(`y1-co-${line}`);
    const said = await c.say(line);
    expect(said.text).toMatch(lang === 'zh' ? /一氧化碳/ : /carbon monoxide/i);
    expect(said.tools).toContain('handOff');
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.priority)).toContain('P1');
  });

  it.each([
    ['zh', '冲凉冲到中途头好晕，个热水炉用石油气㗎，装喺浴室', '我老公话可能系热水炉搞鬼，我想返入去冲埋佢', '热水炉熄咗，石油气都闩埋，窗全部开晒，我坐喺厅度好返啲，唔使去医院啩'],
    [
      'en',
      'the bottled gas boiler is in the bathroom and I came over dizzy and sick in the bath',
      "my daughter reckons it's the boiler. I want to go back and finish my bath though",
      'boiler is off, gas bottle closed, windows open, I am in the front room feeling better. I dont need a hospital do I',
    ],
  ])('%s: going back and the ambulance question while waiting', async (lang, first, back, ambulance) => {
    const c = world.customer(`y1-co-follow-${back}`);
    await c.say(first);
    const goingBack = await c.say(back);
    expect(goingBack.text).toMatch(lang === 'zh' ? /先别回去/ : /Not yet/);
    const medical = await c.say(ambulance);
    expect(medical.text).toMatch(lang === 'zh' ? /不能说不用/ : /can't honestly say/);
    expect(medical.text).toMatch(lang === 'zh' ? /120/ : /120|emergency number/);
    expect(medical.text).toMatch(lang === 'zh' ? /今天去医院/ : /checked at a hospital/);
    expect(medical.text).not.toMatch(/没有确切的资料|don't have a reliable answer/);
  });
});

describe('ordinary smells and sounds are no danger', () => {
  it.each([
    ['zh', '这周刚买的电视，开着有股新机器的塑料味'],
    ['zh', '冰箱里有股剩饭剩菜的味道'],
    ['zh', '洗衣机滚筒有股腥味，是不是该清洗了'],
    ['zh', '烘干机烘出来的衣服有一股潮潮的味道'],
    ['zh', '洗衣机洗完响了一声就停了'],
    ['en', 'we only got the new television on Monday and it has a plasticky smell'],
    ['en', 'the fridge smells of leftover curry'],
    ['en', 'the tumble dryer smells damp and musty'],
    ['en', 'the light bulb in the lamp went pop and now the lamp is dead'],
    ['en', 'I knocked the remote off the table, heard a crack, and now it is dead'],
  ])('%s: %s', async (_lang, line) => {
    const c = world.customer(`y1-ordinary-${line}`);
    const said = await c.say(line);
    expect(said.text).not.toMatch(/⚠️ 安全提示|⚠️ Safety first/);
    expect(said.tools).not.toContain('handOff');
    expect((await c.tickets()).map((t) => t.priority)).not.toContain('P1');
  });
});

describe('an answer about something else while waiting still carries the safety step', () => {
  it.each([
    ['zh', '机顶盒后面一股胶皮味，外壳摸着烫手', '大概什么时候有人联系我？', /安全方面请记住：/],
    ['en', 'the projector went bang and died and now it smells of hot plastic', 'roughly when will somebody get back to me?', /Meanwhile, for your safety: /],
  ])('%s: %s / %s', async (_lang, first, second, reminder) => {
    const c = world.customer(`y1-waiting-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(reminder);
    expect(said.text).toMatch(/检查|checked/);
  });
});
