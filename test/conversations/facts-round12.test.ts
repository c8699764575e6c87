/**
 * Facts (issue 16, playtest round 12), with products and wordings of our own:
 * - a time left open ("哪天都行", "whenever suits") said beside the phone is a preference for the
 *   form, never a question answered with "no reliable information"; a time the customer is busy
 *   ("平时上班", "weekdays I'm at work") is no visit time;
 * - the problem field holds the fault, without "我刚说了啊", "my landlord told me" or a closing
 *   "mainly the noise" that repeats it;
 * - each question of a care or consumables message is looked up on its own, one that points back
 *   ("你们卖吗", "where can I buy one?") included;
 * - "how do I book a repair?" inside a booking keeps what was given and asks nothing again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnswer } from '../../bot/understanding/answers/read-answer';
import { asksSomething } from '../../bot/understanding/question-clause';
import { splitQuestions } from '../../bot/understanding/question-split';
import { findVisitTime } from '../../bot/understanding/visit-time';
import { cleanFieldText } from '../../bot/engine/field-text';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_ANSWER = /没有确切|不想给您说错|no reliable|don't have a reliable|won't guess/i;

describe('a question word meaning "any" asks nothing', () => {
  it.each(['哪天都行，最好周末', '什么时候来都可以，下午最好', '几点都行', '不管哪天，晚上就行', '啥时候都有人在家', 'whenever suits, evenings best'])('%s', (text) => {
    expect(asksSomething(text)).toBe(false);
    expect(readAnswer(text).question).toBe(false);
    expect(splitQuestions(text)).toEqual([]);
  });
  it.each(['哪天能来？', '什么时候能修好', '什么时候都可以吗'])('still asks: %s', (text) => {
    expect(asksSomething(text)).toBe(true);
  });
});

describe('a time the customer is busy is no visit time', () => {
  it.each([
    ['周六周日都行，平时要上班', '周六周日'],
    ['周三要加班，周四下午可以', '周四下午'],
    ['Saturday or Sunday, weekdays I am at work', 'Saturday or Sunday'],
    ['I work weekdays, so Saturday morning', 'Saturday morning'],
  ])('%s', (text, time) => {
    expect(findVisitTime(text)).toBe(time);
  });
});

describe('a loose time given with the phone goes on the form', () => {
  it.each([
    ['zh', ['电饭煲按键没反应了，帮我约个师傅', '型号RC-40，前年买的', '杭州市拱墅区湖墅南路12号5幢202'], '13612345678，哪天都行，最好周六周日，平时上班', /方便时间：周六周日/],
    [
      'en',
      ['my water purifier leaks under the sink, please send someone', 'model WP-600, bought last year', 'Flat 12, 40 Jinqiao Road, Pudong, Shanghai'],
      '13612345678, whenever suits, Saturday or Sunday, weekdays I am at work',
      /Preferred time: Saturday or Sunday \(/,
    ],
  ])('%s', async (_lang, form, last, shown) => {
    const c = world.customer(`loose-${last}`);
    for (const line of form) await c.say(line);
    const summary = await c.say(last);
    expect(summary.text).not.toMatch(NO_ANSWER);
    expect(summary.text).toMatch(shown);
    expect(summary.text).not.toMatch(/平时|weekdays/);
  });
});

describe('the problem field holds the fault in clean words', () => {
  it.each([
    ['我都说过了 F4 烧到一半就停了', 'F4 烧到一半就停了'],
    ['like I said, E3 and it stops halfway', 'E3 and it stops halfway'],
    ['楼下邻居来说我家阳台的热水器一直往下滴水，还有点响，主要是滴水', '我家阳台的热水器一直往下滴水，还有点响'],
    ['my landlord told me the fridge leaks water on the floor and is loud; mainly the leaking', 'the fridge leaks water on the floor and is loud'],
  ])('%s', (text, clean) => {
    expect(cleanFieldText(text)).toBe(clean);
  });
  it.each([
    [
      'zh',
      ['楼上邻居来说我家空调外机一直往他家窗台滴水，还很吵，主要是滴水', '帮我报修', '型号KFR-26GW，2024年买的', '成都市武侯区科华北路6号1栋803'],
      '13712345678，周六上午',
      /问题：我家空调外机一直往他家窗台滴水，还很吵\n/,
    ],
    [
      'en',
      ['my neighbour came round to say our fridge hums all night and leaks; mainly the humming', 'book a repair please', 'model BCD-470, bought 2024', 'Room 5, 9 Xinhua Road, Changning, Shanghai'],
      '13712345678, Saturday morning',
      /Problem: our fridge hums all night and leaks\n/,
    ],
  ])('%s summary', async (_lang, form, last, shown) => {
    const c = world.customer(`clean-${last}-${form[0]}`);
    for (const line of form) await c.say(line);
    const summary = await c.say(last);
    expect(summary.text).toMatch(shown);
  });
});

describe('each question of a care message is looked up on its own', () => {
  it('splits a question that points back into one about the thing named', () => {
    expect(splitQuestions('净水器滤芯多久换一次？你们卖吗？')).toEqual(['净水器滤芯多久换一次？', '滤芯你们卖吗？']);
    expect(splitQuestions('how often should the range hood filter be cleaned? where can I buy one?')).toEqual(['how often should the range hood filter be cleaned?', 'filter where can I buy one?']);
  });
  it.each([
    ['净水器滤芯多久换一次？你们卖吗？', /滤芯3-6个月/, /品牌官方商城/],
    ['how often should the range hood filter be cleaned? where can I buy one?', /grease filters every 1-2 months/, /official online store/],
    ['洗碗机过滤网多久清洗一次？要不要放专用盐，你们卖吗？', /过滤网/, /软水盐/],
  ])('%s', async (text, first, second) => {
    const reply = await world.customer(`care-${text}`).say(text);
    expect(reply.text).toMatch(first);
    expect(reply.text).toMatch(second);
    expect(reply.text).not.toMatch(NO_ANSWER);
  });
});

describe('"how do I book a repair?" inside a booking asks nothing again', () => {
  it.each([
    ['zh', ['烤箱显示E5，不加热', '型号OV-32，地址是武汉市江汉区解放大道300号4栋1502', '电话13512345678，周日下午都在家'], '那我要怎么报修？', /都记着/],
    [
      'en',
      ['my TV has no picture but sound works, model TV-55Q', 'I live at Flat 8, 17 Nanjing Road, Huangpu, Shanghai', 'phone 13512345678, Sunday afternoon I am home'],
      'how do I book a repair?',
      /booking it right here/,
    ],
  ])('%s', async (_lang, form, last, kept) => {
    const c = world.customer(`book-how-${last}-${form[0]}`);
    for (const line of form) await c.say(line);
    const reply = await c.say(last);
    expect(reply.text).toMatch(kept);
    expect(reply.text).not.toMatch(/告诉我产品型号、故障现象、地址|tell me here the model, what is wrong/i);
  });
});
