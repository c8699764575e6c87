/**
 * A question about one main part right after the warranty verdict ("the whole unit is out, the
 * motor's 3 years still run"): answered from that part's computed cover, free if the engineer finds
 * that part at fault, or a paid repair once its cover has ended too. Never read as a new fault to
 * describe ("tell me what it is doing"). Wordings are our own, several per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const chat = (...lines: string[]): Promise<string[]> => world.customer(`part-verdict-${++n}`).sayAll(...lines);

const DESCRIBE_IT = /具体说说|什么情况|what (?:is it|it's) doing|tell me (?:more|what)|没有确切|reliable/i;

describe('a main part asked about after the whole-unit verdict', () => {
  it.each([
    ['zh', '洗衣机是2024年1月买的，现在还保修吗', '那电机要是坏了，得我自己出钱吗'],
    ['zh', '我家洗衣机2024年1月份买的 过保了没', '万一是电机的问题呢'],
    ['en', 'bought my washing machine in January 2024, is it still under warranty?', 'what if the motor is what broke, would I pay for that?'],
    ['en', 'our washer was bought in January 2024, is it still covered?', 'and if the engineer says it is the motor?'],
  ])('part still covered: free if it is that part, the engineer confirms (%s: %s)', async (lang, first, second) => {
    const [, reply] = await chat(first, second);
    expect(reply).not.toMatch(DESCRIBE_IT);
    expect(reply).toMatch(
      lang === 'zh' ? /电机还在保修期内，保修到2027年1月1日[\s\S]*电机免费更换[\s\S]*工程师上门检测为准/ : /motor is still under warranty until 1 January 2027[\s\S]*engineer's inspection to confirm/,
    );
  });

  it.each([
    ['zh', '空调是2022年3月买的，还在保修期吗', '压缩机坏了的话要自己掏钱吗'],
    ['en', 'air conditioner bought March 2022, still under warranty?', 'so if the compressor has failed do I have to pay?'],
  ])('part cover ended too: a paid repair, quoted first (%s)', async (lang, first, second) => {
    const [, reply] = await chat(first, second);
    expect(reply).not.toMatch(DESCRIBE_IT);
    expect(reply).toMatch(lang === 'zh' ? /压缩机的保修也已于2025年3月31日到期，可以付费维修/ : /compressor's cover also ended on 31 March 2025; a paid repair/);
  });
});
