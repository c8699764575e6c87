/**
 * How often a consumable is changed gets its typical interval, whatever else the message says
 * (the machine's reminder beside it, a fridge's or an RO purifier's filter named), and a
 * humidifier's wick has its own interval; never "no reliable information" or "see the manual" alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { asksReplaceInterval } from '../../bot/understanding/replace-interval-question';
import { CONSUMABLE_THING } from '../../bot/engine/answer-topic-fit';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_NUMBER = /没有确切|没有可靠的数字|no reliable|don't have a reliable|won't guess/i;

describe('consumable replacement intervals', () => {
  it.each([
    ['zh', '家里净水器的滤芯隔多久要换一次？换芯灯已经亮了', /3-6个月/],
    ['zh', '冰箱里那个净水滤芯多长时间换', /约6个月/],
    ['zh', '反渗透净水机的RO膜一般用几年换', /2-3年/],
    ['en', 'how often does the fridge water filter need changing?', /about every 6 months/],
    ['en', 'the replace-filter light is on — how often are the purifier cartridges supposed to be changed?', /3-6 months/],
    ['en', 'how long before I should swap the RO membrane in my water purifier?', /2-3 years/],
  ])('%s: %s', async (_lang, line, interval) => {
    const said = await world.customer(`interval-${line}`).say(line);
    expect(said.text).toMatch(interval);
    expect(said.text).not.toMatch(NO_NUMBER);
  });

  it.each([
    ['zh', '加湿器的加湿芯多久换一次'],
    ['zh', '无雾加湿器那个湿帘多长时间要换'],
    ['en', 'how often should the humidifier wick be replaced?'],
    ['en', 'when do I need to change the pad in my evaporative humidifier'],
  ])('a humidifier wick has its interval (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`wick-${line}`).say(line);
    expect(said.text).toMatch(/1-3个月|1-3 months/);
    expect(said.text).not.toMatch(NO_NUMBER);
  });

  it('one consumables list: the warranty rule and the interval question know the same wick', () => {
    expect(CONSUMABLE_THING.test('加湿芯')).toBe(true);
    expect(CONSUMABLE_THING.test('humidifier wick')).toBe(true);
    expect(asksReplaceInterval('加湿器的加湿芯多久换')).toBe(true);
    expect(asksReplaceInterval('how often should the humidifier wick be replaced')).toBe(true);
    // Parts on a schedule are asked about, but they are not consumables for the warranty.
    expect(asksReplaceInterval('镁棒多久换一次')).toBe(true);
    expect(CONSUMABLE_THING.test('镁棒')).toBe(false);
  });
});
