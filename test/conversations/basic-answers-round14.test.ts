/**
 * Basic questions get answers (playtest round 14): what a repair costs and whether it is worth it,
 * with no other product's paragraph (a TV owner got the dishwasher-salt text); whether the engineer
 * brings the part; using an appliance without its app; how a return goes back; and English replies
 * that say 三包 in English. Wordings are our own, not the playtester's.
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
const chat = (...lines: string[]): Promise<string[]> => world.customer(`basic-${++n}`).sayAll(...lines);

const OTHER_PRODUCTS = /洗碗机|软水盐|光亮剂|挂架|dishwasher|salt|rinse aid|wall bracket/i;

describe('what a repair costs, and whether it is worth it, for the product in hand', () => {
  it.each([
    ['en', ['my TV has sound but the picture is gone', 'that did not help', "I don't know the model", "about three years ago. what would fixing it cost? if it's a lot I'd rather buy a new one"]],
    ['en', ['my TV turns on but the screen stays black', 'no luck', 'no idea', 'spring 2022. is it even worth repairing or should I buy a new one?']],
    ['zh', ['电视开机几秒就黑屏', '还是不行', '不清楚型号', '前年买的。修的话大概多少钱？要是太贵还不如买个新的']],
    ['zh', ['电视有声没图', '试了没用', '不知道', '2022年的。值不值得修，还是直接换新']],
  ])('a TV owner weighing repair against a new set hears the quote rule, never another product (%s)', async (lang, lines) => {
    const replies = await chat(...lines);
    const last = replies.at(-1)!;
    expect(last).not.toMatch(OTHER_PRODUCTS);
    expect(last).toMatch(lang === 'zh' ? /报价/ : /quote/i);
    expect(last).toMatch(lang === 'zh' ? /上门费/ : /call-out/i);
    expect(last).not.toMatch(/没有确切|no reliable/i);
  });
});

describe('the engineer and the part', () => {
  it.each([
    ['en', ['my dishwasher stays full of water at the end', 'still the same', 'does the technician carry spare parts, or is it usually two trips?']],
    ['zh', ['洗衣机甩干的时候不转', '没用', '师傅来的时候会带配件吗']],
  ])('a question about the part on the first visit is answered (%s)', async (lang, lines) => {
    const replies = await chat(...lines);
    const last = replies.at(-1)!;
    expect(last).toMatch(lang === 'zh' ? /订件|订好配件|第二次上门|再约时间/ : /second visit|ordered/i);
  });
});

describe('smart appliances without their app', () => {
  it.each([
    ['en', ['my robot vacuum keeps getting stuck under the sofa', 'do I really need the app for it to work?']],
    ['zh', ['这个扫地机不连手机APP可以直接用吗']],
    ['zh', ['扫地机不下载APP也能扫地吗']],
  ])('is answered: buttons do the basics, the app the extras (%s)', async (lang, lines) => {
    const reply = (await chat(...lines)).at(-1)!;
    expect(reply).toMatch(lang === 'zh' ? /按键/ : /buttons/i);
    expect(reply).not.toMatch(/没有确切|no reliable|don't have a reliable/i);
  });

  it.each([
    ['en', 'my robot vacuum makes a grinding noise when it runs'],
    ['zh', '扫地机器人工作的时候声音特别大'],
  ])('a noise complaint is not answered with the app text (%s)', async (_lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(/APP|\bapp\b/i);
  });
});

describe('三包 in English', () => {
  it('an English warranty answer says the rules in English', async () => {
    const replies = await chat('how long is the warranty on a washing machine motor?', 'and on the whole machine?');
    for (const r of replies) expect(r).not.toMatch(/三包/);
  });

  it.each([
    ['en', 'what does "san bao" mean?', /three guarantees/i],
    ['zh', '三包到底指的是什么', /包修、包换、包退/],
  ])('what 三包 is gets explained (%s)', async (_lang, line, explained) => {
    const [reply] = await chat(line);
    expect(reply).toMatch(explained);
  });
});
