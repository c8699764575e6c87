/**
 * A fault and a question of another kind in one message (playtest round 17): "the fridge stopped
 * cooling, is the meat still OK?", "it leaks, can I still use it?", "not heating, what will a repair
 * cost?". Both halves are answered: the question from its own answer, the fault from its case.
 * And questions that end by asking whether what was told is all right (行不行, 可以吗, 没事吧, "is
 * that ok", "would that work") are read as questions and answered for what they ask, never put out
 * of scope nor read as a fault. Wordings are our own, several per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const first = async (line: string): Promise<string> => (await world.customer(`side-${++n}`).sayAll(line))[0]!;

const PUT_OFF = /没有确切|帮不上忙|no reliable|don't have a reliable|can't help with that|I handle after-sales/i;

describe('a fault with a food-safety question beside it', () => {
  it.each([
    ['zh', '冰箱不制冷了，里面的鸡肉还能吃吗'],
    ['zh', '冷藏室一点都不凉了，冰箱里的牛奶还能喝不'],
    ['en', 'my fridge stopped cooling overnight - is the milk in there still safe to drink?'],
    ['en', "the fridge isn't getting cold any more, are the leftovers inside ok to eat?"],
  ])('answers the food and gives the fault case (%s)', async (lang, line) => {
    const reply = await first(line);
    expect(reply).toMatch(lang === 'zh' ? /2小时/ : /2 hours/);
    expect(reply).toMatch(lang === 'zh' ? /冷藏室不凉|不制冷/ : /not cold|not cooling/i);
    expect(reply).toMatch(lang === 'zh' ? /试过之后好了吗/ : /Did that fix it\?/);
  });
});

describe('a fault with "can I still use it?" beside it', () => {
  it.each([
    ['zh', '洗衣机底下漏水，现在还能继续用吗', /洗衣机漏水/],
    ['zh', '抽油烟机声音特别大，这样还能接着用吗', /油烟机噪音大/],
    ['en', 'the washer is leaking, can I keep using it for now?', /Washer leaking water/],
    ['en', 'dishwasher not draining, can I still run it tonight?', /Dishwasher not draining/],
  ])('says when to stop and when it may run, and gives the case (%s)', async (lang, line, fault) => {
    const reply = await first(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /马上停用[\s\S]*一般可以小心用着/ : /stop using it now[\s\S]*keep using it carefully/);
    expect(reply).toMatch(fault);
    expect(reply).not.toMatch(/我也记下了|I've also noted/);
  });
});

describe('a fault with a price question beside it', () => {
  it.each([
    ['zh', '热水器不出热水了，这个修一次大概多少钱', /热水器不出热水/],
    ['en', 'AC not cooling - roughly how much will a repair cost?', /AC not cooling/],
    ['en', 'the dryer stopped heating. how much does a repair usually cost?', /Tumble dryer runs but does not heat/],
  ])('answers the fee rule and gives the case (%s)', async (lang, line, fault) => {
    const reply = await first(line);
    expect(reply).toMatch(lang === 'zh' ? /上门费/ : /call-out fee/);
    expect(reply).toMatch(fault);
  });
});

describe('questions that end asking whether it is all right', () => {
  it.each([
    ['zh', '软水盐买不到，洗碗机先空着不放可以不', /先不放[\s\S]*不要拿别的东西代替/],
    ['zh', '洗碗机专用盐刚好用光了，先不放盐洗两天没事吧', /先不放[\s\S]*不要拿别的东西代替/],
    ['zh', '光亮剂没了，用白醋代替可以吗', /白醋[\s\S]*不要倒进光亮剂盒/],
    ['en', 'the dishwasher salt ran out, I will skip it for a week, is that ok?', /without salt or rinse aid for a while is fine/],
    ['en', 'no rinse aid left - if I use vinegar instead would that work?', /don't put vinegar/],
    ['zh', '热水器我想一直开着不关，这样行不行', /可以长期通电/],
    ['en', 'I leave my electric water heater switched on day and night, would that be fine?', /made to stay switched on/],
  ])('is a question, answered for what it asks (%s: %s)', async (_lang, line, want) => {
    const reply = await first(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(want);
    expect(reply).not.toMatch(/试过之后好了吗|Did that fix it|我也记下了|I've also noted/);
  });

  it.each([
    ['zh', '空调不制冷，先这么开着行不行', /一般可以小心用着[\s\S]*空调不制冷/],
    ['en', 'my fridge is making a buzzing noise, ok if I leave it running overnight?', /keep using it carefully[\s\S]*Fridge is noisy/],
  ])('beside a fault, both are answered (%s)', async (_lang, line, want) => {
    const reply = await first(line);
    expect(reply).toMatch(want);
  });
});
