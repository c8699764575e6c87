/**
 * Task v2 (kind 2): "isn't the motor covered for years?" asked with a purchase date hears the main
 * part's own period for that product and whether it still holds on that date, worked out by the
 * warranty rules, not only the product's rule paragraph, a fault question or the proof paragraph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe("a main part's cover asked with a purchase date", () => {
  it.each([
    ['zh', '洗衣机是2022年3月买的，电机不是保好几年吗', /电机（主要部件）3年[^]*电机的保修也已于2025年3月31日到期/],
    ['zh', '冰箱2024年8月买的，压缩机应该能保三年吧', /压缩机（主要部件）3年[^]*压缩机还在保修期内，保修到2027年/],
    ['zh', '电视是2023年6月买的，主要部件是不是保得更久', /（主要部件）3年[^]*保修也已于2026年6月30日到期/],
    ['en', "isn't the motor on my washer guaranteed for years? bought it in May 2024", /3 years on the motor[^]*motor is still under warranty until [^.]*2027/],
    ['en', 'I thought the compressor had longer cover, I got the fridge in February 2022', /3 years on the compressor[^]*compressor's cover also ended on 28 February 2025/],
    ['en', 'are the main parts covered longer? the TV was bought in October 2024', /3 years on the [a-z ]+, a main part[^]*still under warranty until [^.]*2027/],
  ])('says the part’s period and whether it holds (%s: %s)', async (_lang, line, verdict) => {
    const said = await world.customer(`v2-part-${line}`).say(line);
    expect(said.text).toMatch(verdict);
    expect(said.text).not.toMatch(/什么情况|what the [a-z]+ is doing|发票遗失时|If the invoice is lost/);
    expect(said.text).not.toMatch(/washing_machine|refrigerator|main_board|\bP[1-4]\b/);
  });
});
