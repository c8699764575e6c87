/**
 * Facts (issue 16, session 9): a correction said in passing changes the fact at once, whatever is
 * being asked; rough dates stay rough ("about 2023"); dates are said in words, never as stored;
 * the fields hold the fault in plain words; once filed, a change amends the ticket. Products and
 * wordings differ from the ones the playtest met.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesLine } from '../../bot/engine/changes-line';
import { cleanFieldText } from '../../bot/engine/field-text';
import { problemWords } from '../../bot/engine/problem-words';
import { purchaseWords } from '../../bot/engine/wording';
import { extractCorrection } from '../../bot/understanding/slots';
import { replaceAddressParts } from '../../bot/understanding/slots/address-parts';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

describe('a correction in passing, while another question is open', () => {
  it.each([
    ['zh', ['电热水器不加热了 我要报修', '不知道', '2022年买的'], '不对不对，是前年买的', /2024年/, /2022年/, /手机号/],
    ['en', ["my tumble dryer won't heat up, please send someone", "don't know", 'bought it in 2021'], 'oh wait no, it was 2023', /2023/, /2021/, /mobile number/],
  ])('changes the date, says so, and asks the open question again as first asked (%s)', async (lang, form, aside, now, old, question) => {
    const c = world.customer(`fa-aside-${lang}`);
    for (const text of form) await c.say(text);
    const said = await c.say(aside);
    expect(said.text).toMatch(now);
    expect(said.text).not.toMatch(/没有联系电话|Without a phone number|比如 138|e\.g\. 138/);
    expect(said.text.split('\n').at(-1)).toMatch(question);
    await c.say('13812345678');
    const confirm = await c.say(lang === 'zh' ? '南京市鼓楼区中山北路20号5栋302' : 'Flat 302, 20 Zhongshan North Road, Gulou District, Nanjing');
    expect(confirm.text).toMatch(now);
    expect(confirm.text).not.toMatch(old);
  });

  it.each([
    ['zh', '南京市鼓楼区中山北路20号5栋302', '说错了 是6楼 602', '南京市鼓楼区中山北路20号5栋602'],
    ['en', 'Flat 4B, 20 Zhongshan North Road, Gulou District, Nanjing', "actually it's the 3rd floor, flat 3B", 'Flat 3B, 20 Zhongshan North Road, Gulou District, Nanjing'],
  ])('a floor and flat corrected at the summary change only those parts of the address (%s)', async (lang, address, fix, fixed) => {
    const c = world.customer(`fa-floor-${lang}`);
    const turns =
      lang === 'zh'
        ? ['抽油烟机吸力很小 要上门', '不知道', '去年', '13812345678', address]
        : ['my range hood has almost no suction, book a technician', 'no idea', 'last year', '13812345678', address];
    for (const text of turns) await c.say(text);
    const said = await c.say(fix);
    expect(said.text).toContain(fixed);
  });

  it.each<[string, string, string | undefined]>([
    ['哦不对 是8楼不是6楼', 'address', '8楼'],
    ['等等 我记错了 是2023年买的', 'purchaseDate', '2023年'],
    ['sorry my bad, it was 2022', 'purchaseDate', '2022'],
    ['no, the fridge is still warm', '', undefined],
  ])('%s', (text, slot, value) => {
    const found = extractCorrection(text);
    expect(found?.slot ?? '').toBe(slot);
    expect(found?.value).toBe(value);
  });

  it('places address parts by kind and refuses what it cannot place', () => {
    expect(replaceAddressParts('上海市浦东新区世纪大道100号3楼302室', '5楼')).toBe('上海市浦东新区世纪大道100号5楼302室');
    expect(replaceAddressParts('12 Park Lane, 4th floor, Chaoyang, Beijing', '6th floor')).toBe('12 Park Lane, 6th floor, Chaoyang, Beijing');
    // No floor in the address and no room given with it: not guessed.
    expect(replaceAddressParts('北京市朝阳区望京西路5号6号楼501', '7楼')).toBeUndefined();
  });
});

describe('rough dates stay rough, all dates in words', () => {
  it.each([
    ['zh', ['平板电视没有画面 要报修', '不知道', '用了三年了'], /2023年左右/],
    ['zh', ['微波炉不加热 报修', '不知道', '大概2022年买的'], /2022年左右/],
    ['en', ['my electric oven stopped heating, need a technician', 'no', "it's about 4 years old"], /about 2022/],
    ['en', ['my electric oven stopped heating, need a technician', 'no', 'got it around 2020'], /about 2020/],
  ])('an age or a hedged year is said as the customer gave it (%s)', async (lang, form, rough) => {
    const c = world.customer(`fa-rough-${lang}-${form[2]}`);
    for (const text of form) await c.say(text);
    await c.say('13812345678');
    const confirm = await c.say(lang === 'zh' ? '南京市鼓楼区中山北路20号5栋302' : 'Flat 302, 20 Zhongshan North Road, Gulou District, Nanjing');
    expect(confirm.text).toMatch(rough);
    // No month range nobody said ("2023年10月至11月", "October to November 2023").
    expect(confirm.text).not.toMatch(/\d+月至\d+月|[A-Z][a-z]+ to [A-Z][a-z]+ \d{4}/);
    const filed = await c.say(lang === 'zh' ? '对' : 'yes');
    expect(filed.text).toMatch(rough);
    expect(filed.text).not.toMatch(ISO_DAY);
  });

  it.each<[string, 'zh' | 'en', string]>([
    ['2026-11-24/2026-11-28', 'zh', '2026年11月24日至28日之间'],
    ['2026-11-24/2026-11-28', 'en', 'between 24 and 28 November 2026'],
    ['2026-10-29/2026-11-03', 'en', 'between 29 October and 3 November 2026'],
    ['2025-03-10', 'zh', '2025年3月10日'],
    ['2023-05/2024-05~', 'en', 'about 2023'],
    ['2026-03/2026-05~', 'zh', '2026年4月左右'],
  ])('%s in %s is "%s"', (value, lang, words) => {
    expect(purchaseWords(value, lang)).toBe(words);
  });

  it('the line that names a changed date says it in words', () => {
    expect(changesLine('zh', { purchaseDate: '2026-11-24/2026-11-28' }, ['purchaseDate'])).toBe('已按您说的改好：购买时间 2026年11月24日至28日之间。');
  });

  it('the warranty answer says its days in words (en)', async () => {
    const c = world.customer('fa-warranty-days-en');
    for (const text of ['my cooker hood fan is very loud, book a technician', 'no', 'bought it on 3 March 2025', '13812345678', 'Flat 302, 20 Zhongshan North Road, Gulou District, Nanjing'])
      await c.say(text);
    const filed = await c.say('yes');
    expect(filed.text).toMatch(/3 March 2025/);
    expect(filed.text).not.toMatch(ISO_DAY);
  });
});

describe('fields hold the fault in plain words', () => {
  it.each([
    ['the screen has dead pixels ARE a fault?? so what do i get', /dead pixels/, /\?|what do i get|ARE|fault/],
    ['the problem is wrong - the drum squeaks when it spins', /drum squeaks/, /problem is wrong/],
    ['问题写错了 是冷藏室不制冷 不是冷冻室', /冷藏室不制冷/, /写错|冷冻室/],
    ['这个破洗碗机又漏水了 气死我了', /漏水/, /破|气死/],
    ['ll the light keeps flashing red', /^the light keeps flashing red$/, /^ll/],
  ])('%s', (text, kept, dropped) => {
    const problem = cleanFieldText(problemWords(text));
    expect(problem).toMatch(kept);
    expect(problem).not.toMatch(dropped);
  });

  it.each([
    ['zh', '你们这个垃圾冰箱怎么回事！！！才用两个月就不制冷了 我要找人 气死了', /不制冷/, /垃圾|气死|！！/],
    ['en', 'this is RIDICULOUS, your useless dishwasher leaks AGAIN and nobody cares, get me a person NOW', /leaks/, /RIDICULOUS|useless|NOW|nobody cares/],
  ])('an angry handoff puts the fault on the ticket, not the outburst (%s)', async (lang, text, kept, dropped) => {
    const c = world.customer(`fa-angry-${lang}`);
    await c.say(text);
    const [ticket] = await c.tickets();
    expect(ticket?.symptom).toMatch(kept);
    expect(ticket?.symptom).not.toMatch(dropped);
    expect(ticket?.symptom).not.toMatch(/refrigerator|dishwasher \|| \| /);
  });
});

describe('after filing, a change amends the ticket', () => {
  it.each([
    ['zh', ['燃气热水器打不着火 要上门', '不知道', '去年', '13812345678', '南京市鼓楼区中山北路20号5栋302', '对'], '对了 电话写错了 是13987654321', /13987654321/, 'contactPhone', '13987654321'],
    [
      'en',
      ['my dishwasher leaves the dishes dirty, book a technician', 'no', 'June 2025', '13812345678', 'Flat 302, 20 Zhongshan North Road, Gulou District, Nanjing', 'yes'],
      'oh wait, the flat is 303 not 302',
      /Flat 303/,
      'address',
      'Flat 303, 20 Zhongshan North Road, Gulou District, Nanjing',
    ],
  ])('says the ticket was changed, asks for no yes again (%s)', async (lang, form, change, heard, field, value) => {
    const c = world.customer(`fa-after-${lang}`);
    for (const text of form) await c.say(text);
    const said = await c.say(change);
    expect(said.text).toMatch(heard);
    expect(said.text).toMatch(/工单 AS-|Ticket AS-/);
    expect(said.text).not.toMatch(/回复“对”|Reply "yes"|请说说遇到了什么问题|What can I help with/);
    const [ticket] = await c.tickets();
    expect((ticket as unknown as Record<string, string>)[field]).toBe(value);
  });
});
