/**
 * Playtest round 15: a ticket's fields hold facts, not the chat. The problem keeps the first
 * description and later symptoms (once); questions, complaints and talk about the form stay out.
 * An address keeps its house number and leaves a trailing good time to the time slot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function filedProblem(ref: string, lines: string[]) {
  const c = world.customer(ref);
  for (const line of lines) await c.say(line);
  const [ticket] = await c.tickets();
  expect(ticket).toBeDefined();
  return ticket!;
}

describe('the problem field holds the fault only', () => {
  it.each([
    [
      'zh-fridge',
      [
        '西门子冰箱冷藏室不制冷了，冷冻室还正常',
        '试过了 没用',
        '要是压缩机坏了修起来贵不贵',
        '不知道',
        '2023年买的',
        '13812345678',
        '单子都快填完了 别再让我试了，现在冷藏室还有点嗡嗡响',
        '上海市徐汇区漕溪北路88号5号楼302室',
        '对',
      ],
      /冷藏室不制冷/,
      /嗡嗡响/,
      /贵不贵|别再让我|单子/,
    ],
    [
      'zh-heater',
      [
        '史密斯电热水器不出热水了',
        '没用',
        '是不是加热管坏了？换一个多少钱',
        '不清楚型号',
        '去年买的',
        '13912345678',
        '我前面都讲过了，你们快点派人。对了面板上还显示E3',
        '杭州市西湖区文一西路100号3幢601',
        '对',
      ],
      /不出热水/,
      /E3/,
      /多少钱|是不是|讲过|派人/,
    ],
    [
      'en-tv',
      [
        'my Hisense TV has a green horizontal band across the picture',
        "didn't help",
        'yes book it',
        'is it the panel? how much would that be',
        'no idea about the model',
        'I told you the problem already, please stop asking me to try things. it also flickers when it warms up',
        'spring last year',
        '13812345678',
        '18 Fuxing Road, Room 1203, Huangpu District, Shanghai',
        'yes',
      ],
      /green horizontal band/,
      /flickers/,
      /how much|panel\?|told you|stop asking/i,
    ],
    [
      'en-washer',
      [
        "my Bosch washer won't drain, water stays in the drum",
        'tried that, no luck',
        'yes please',
        'would a new pump be expensive?',
        "don't know the model",
        'bought it in 2022',
        '13712345678',
        "don't make me go through the checks again. it makes a grinding noise now too",
        'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai',
        'yes',
      ],
      /won't drain/,
      /grinding/,
      /expensive|make me|checks again/i,
    ],
  ])('later questions and complaints stay out, a new symptom joins once (%s)', async (ref, lines, first, added, never) => {
    const ticket = await filedProblem(`r15-problem-${ref}`, lines);
    expect(ticket.symptom).toMatch(first);
    expect(ticket.symptom).toMatch(added);
    expect(ticket.symptom).not.toMatch(never);
  });

  it.each([
    ['zh', ['格力空调不制热', '没用', '不知道', '前年买的', '13612345678', '空调还是不制热，吹的都是凉风', '广州市天河区体育西路100号2栋1801', '对'], /不制热/g],
    [
      'en',
      [
        'my Midea fridge is not cooling',
        "didn't work",
        "don't know",
        '2023',
        '13512345678',
        'like I said the fridge is not cooling at all',
        'Flat 8C, Tower 2, 66 Hongqiao Road, Changning District, Shanghai',
        'yes',
      ],
      /not cooling/gi,
    ],
  ])('the fault said again is not written twice (%s)', async (lang, lines, fault) => {
    const ticket = await filedProblem(`r15-again-${lang}`, lines);
    expect(ticket.symptom.match(fault)?.length).toBe(1);
  });
});

describe('an address with a house number and a good time after it', () => {
  it.each([
    ['22 Cedar Court, Flat 7D, Putuo District Shanghai. mornings before 9 are best', /^22 Cedar Court, Flat 7D/, /morning/i],
    ['6 Peony Gardens, Flat 11C, Minhang District, Shanghai. after 7pm works', /^6 Peony Gardens, Flat 11C/, /7\s?pm/i],
    ["31 Willow Court, Unit 9A, Jing'an District Shanghai - weekends are best", /^31 Willow Court, Unit 9A/, /weekend/i],
  ])('%s', async (address, kept, time) => {
    const c = world.customer(`r15-address-${address}`);
    for (const line of ["my dishwasher won't drain, water stays at the bottom", 'tried that, no luck', 'yes please book', 'no idea', "don't remember", '13912345678']) await c.say(line);
    const summary = await c.say(address);
    expect(summary.text).toMatch(/Address:/);
    await c.say('yes');
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(kept);
    expect(ticket!.address).toMatch(time);
    expect(ticket!.symptom).not.toMatch(/Court|Gardens|\d+ \w+ (?:Court|Gardens)/);
    // An estate named Court is no threat to take us to court.
    expect(ticket!.priority).not.toBe('P1');
  });

  it('a Chinese address with a good time after it keeps both apart (zh)', async () => {
    const c = world.customer('r15-address-zh');
    for (const line of ['洗碗机不排水，底下一直有积水', '没用', '不知道', '不记得了', '13912345678']) await c.say(line);
    await c.say('苏州市姑苏区人民路12号6幢301室，工作日晚上7点后方便');
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(/人民路12号6幢301室/);
    expect(ticket!.address).toMatch(/方便时间/);
    expect(ticket!.symptom).not.toMatch(/人民路|晚上7点/);
  });
});

describe('a date taken back in the same message: the one after the cue wins', () => {
  // The world's today is 2026-11-24: 去年 is 2025, 前年 2024.
  it.each([
    ['zh', ['热水器不出热水了 想报修', '不知道型号', '前年吧..哦不对 应该是去年秋天买的', '13812345678', '南京市鼓楼区中山路8号2栋501'], /购买时间：2025年秋/, /2024/],
    ['zh', ['微波炉不加热了 要报修', '不清楚', '2022年的 不对不对 是2023年买的', '13812345678', '南京市鼓楼区中山路8号2栋501'], /购买时间：2023年/, /2022/],
    [
      'en',
      ['my microwave stopped heating, I want a repair', 'no idea', 'bought it in 2021, sorry, I mean 2022', '13812345678', 'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai'],
      /Purchased: 2022/,
      /2021/,
    ],
    [
      'en',
      [
        "my kettle won't switch on, please book a repair",
        "don't know",
        'around 2023... oops, make that spring 2024',
        '13812345678',
        'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai',
      ],
      /Purchased: spring 2024/i,
      /2023/,
    ],
  ])('given as the answer (%s)', async (_lang, lines, kept, dropped) => {
    const c = world.customer(`r15-takeback-${lines[2]}`);
    let said = { text: '' };
    for (const line of lines) said = await c.say(line);
    const purchased = said.text.split('\n').find((l) => /购买时间|Purchased/.test(l)) ?? '';
    expect(purchased).toMatch(kept);
    expect(purchased).not.toMatch(dropped);
  });

  it.each([
    ['zh', ['洗衣机不脱水 想报修', '不知道', '去年买的', '13812345678', '南京市鼓楼区中山路8号2栋501'], '购买时间不对，是今年..哦不对 前年冬天买的', /购买时间：2024年冬/],
    [
      'en',
      ['my dryer is not heating, please book a repair', 'no idea', 'last year', '13812345678', 'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai'],
      'the purchase date is wrong, 2023 - no wait, it was 2024',
      /Purchased: 2024/,
    ],
  ])('at the summary, a correction that names the rejected value first (%s)', async (_lang, lines, fix, kept) => {
    const c = world.customer(`r15-takeback-fix-${fix}`);
    for (const line of lines) await c.say(line);
    const said = await c.say(fix);
    expect(said.text).toMatch(kept);
  });
});
