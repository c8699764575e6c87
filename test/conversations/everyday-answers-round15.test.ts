/**
 * Easy questions a real after-sales agent answers from general practice (playtest round 15), never
 * put off with "no reliable information": food in a fridge that stopped cooling, paid deep
 * cleaning, self-checks for a dryer that does not heat, a washer that does not drain and a fridge
 * that cuts out, how long an exchange or a mail-in repair takes and how the repaired unit comes
 * back, a fault back soon after a paid repair; and a vague "something's wrong with it" is asked what
 * it is doing rather than given a guessed case. Asked mid-booking, each is answered and the booking
 * goes on. Wordings are our own, several per language, not the playtester's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** One new customer says the lines in turn: each turn's reply text. */
const chat = (...lines: string[]): Promise<string[]> => world.customer(`everyday-${++n}`).sayAll(...lines);

const PUT_OFF = /没有确切|查不到|没法确认|no reliable|don't have a reliable|can't confirm|isn't something I can confirm/i;

describe('food in a fridge that stopped cooling', () => {
  it.each([
    // (In Chinese it is asked mid-booking below; said together with the fault, the fault's case still wins: left for later.)
    ['en', 'my fridge stopped cooling this morning, is the food in it still safe to eat?'],
  ])('is answered with the rule of thumb: move to the freezer, keep doors shut, perishables out after ~2 hours warm (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /冷冻室/ : /freezer/i);
    expect(reply).toMatch(lang === 'zh' ? /2小时/ : /2 hours/i);
  });
});

describe('deep cleaning', () => {
  it.each([
    ['zh', '你们有没有上门清洗空调的服务，价格怎么算'],
    ['en', 'can I book someone to deep clean my air conditioner?'],
    ['en', 'do you offer cleaning for the inside of a washing machine drum, and what does it cost?'],
  ])('is said to be a paid local service, with what the customer can clean safely (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /收费服务/ : /paid service/i);
    expect(reply).toMatch(lang === 'zh' ? /网点/ : /service centre/i);
  });
});

describe('self-checks a customer can do first', () => {
  it.each([
    ['zh', '干衣机一直在转就是不出热风，我自己能先查点什么', /毛絮|滤网/],
    ['en', 'my tumble dryer spins but everything comes out cold, what can I check before calling you?', /lint filter/i],
    ['zh', '洗衣机不排水了，自己能先查哪里', /排水过滤器/],
    ['en', 'the washing machine is full of water at the end of the cycle, anything I can check myself?', /drain filter/i],
    ['zh', '冰箱时不时就自己断电了，灯也灭', /插线板|插座/],
    ['en', 'our fridge keeps cutting out and the light goes off with it', /power strip|wall socket/i],
  ])('get safe steps for that fault (%s)', async (_lang, line, step) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(step);
  });
});

describe('how long it takes and how it comes back', () => {
  it.each([
    ['zh', '申请换货以后一般几天能办好'],
    ['en', 'roughly how many days does an exchange take from start to finish?'],
  ])('an exchange: the usual steps and timing, the seller deciding (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /一到两周/ : /one to two weeks/i);
  });

  it.each([
    ['zh', '耳机寄修的话一般多长时间能修好'],
    ['zh', '修完以后会给我寄回来吗'],
    ['en', 'how long does a mail-in repair usually take?'],
    ['en', "once it's repaired will you post it back to me?"],
  ])('a mail-in or service-centre repair: about a week without parts, back the way it went (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /寄回/ : /posted back/i);
    expect(reply).not.toMatch(/能用就好|glad it's working/i);
  });
});

describe('a fault back soon after a paid repair', () => {
  it.each([
    ['zh', '师傅上周来修过收了我180，没两天又不制冷了，钱能退吗'],
    ['en', 'your engineer fixed the washer on Tuesday, I paid for it, and it broke again. do I have to pay a second time?'],
  ])('hears that the repair carries its own cover and the refund is for the service centre (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).toMatch(lang === 'zh' ? /90天/ : /90 days/);
    expect(reply).toMatch(lang === 'zh' ? /不会再收/ : /without a second/i);
    expect(reply).not.toMatch(/caused damage|弄坏/);
  });
});

describe('a vague fault', () => {
  it.each([
    ['zh', '冰箱好像出了点毛病', /冰箱现在是什么情况/],
    ['zh', '家里洗衣机有问题了', /洗衣机现在是什么情况/],
    ['en', 'my fridge is acting up', /what the fridge is doing/i],
    ['en', 'my air conditioner is acting up', /what the air conditioner is doing/i],
  ])('is asked what it is doing, never given a guessed case (%s)', async (_lang, line, asked) => {
    const [reply] = await chat(line);
    expect(reply).toMatch(asked);
    expect(reply).not.toMatch(/可以先试试|Please try|一般可以这样处理|Usually:/);
  });

  it.each([
    ['zh', ['冰箱出了点问题', '冷藏那边不凉了'], /冷藏室不凉/],
    ['en', ['something is off with my washing machine', 'water stays in the drum after the wash'], /drain filter/i],
  ])('and once told, the fault is looked up with no vague "second fault" (%s)', async (_lang, lines, fix) => {
    const replies = await chat(...lines);
    expect(replies[1]).toMatch(fix);
    expect(replies[1]).not.toMatch(/也记下了|also noted/i);
  });
});

describe('asked in the middle of a repair booking, answered and the booking goes on', () => {
  it.each([
    ['zh', ['冰箱冷藏室不凉', '还是不行', '等师傅的这两天，冷藏里的肉要先挪到冷冻室吗'], /冷冻室/, /回到刚才的报修/],
    ['zh', ['油烟机吸力变小了', '试过了没用', '对了，师傅来的时候能顺便把油烟机清洗一下吗'], /收费服务/, /回到刚才的报修/],
    ['en', ['the fridge section is warm but the freezer is fine', 'still warm', 'meanwhile is the chicken in there ok to eat?'], /2 hours/, /Back to the repair/i],
    ['en', ['my air conditioner is not cooling', "didn't help", 'while he is here can the engineer give the unit a deep clean?'], /paid service/i, /Back to the repair/i],
  ])('%s', async (_lang, lines, answered, resumed) => {
    const replies = await chat(...lines);
    const last = replies.at(-1)!;
    expect(last).toMatch(answered);
    expect(last).toMatch(resumed);
    expect(last).not.toMatch(PUT_OFF);
  });
});
