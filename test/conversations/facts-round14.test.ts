/**
 * Playtest round 14: facts corrected in the same message, and facts that were lost.
 * - A Chinese address with a bare room number after the building keeps the room, also with a
 *   visit time after it; a correction naming building and room completes or replaces those
 *   components, never writing one twice.
 * - An address corrected later in the same message keeps everything but the corrected component.
 * - A phone or a visit time corrected in the same message keeps the value after the correction.
 * - A number written as dialled abroad is explained at once with the form that works; with its
 *   country code it goes on the ticket.
 * - A problem restated at the summary replaces the old one, and a question is never the problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const lineOf = (text: string, label: RegExp) => text.split('\n').find((l) => label.test(l)) ?? '';

const ZH_START = ['冰箱冷藏室不制冷，帮我约师傅上门', '型号不知道', '去年买的'];
const EN_START = ["my dishwasher won't drain, please book an engineer", 'no idea about the model', 'last year'];

async function through(ref: string, lines: string[]) {
  const c = world.customer(ref);
  let said = await c.say(lines[0]!);
  for (const line of lines.slice(1)) said = await c.say(line);
  return { c, said };
}

describe('a Chinese address keeps its bare room number and is corrected by component', () => {
  it.each([
    ['苏州姑苏区 桐芳小区5栋603 周四周五都可以 下午', '苏州姑苏区 桐芳小区5栋603'],
    ['合肥蜀山区翠竹园12幢1801 星期六上午', '合肥蜀山区翠竹园12幢1801'],
    ['宁波鄞州区 银杏家园8栋2单元702，下周一晚上', '宁波鄞州区 银杏家园8栋2单元702'],
  ])('zh: %s', async (address, kept) => {
    const { said } = await through(`r14f-room-${address}`, [...ZH_START, '13912345678', address]);
    expect(lineOf(said.text, /地址：/)).toContain(kept);
  });

  it.each([
    ['南通崇川区 文峰小区3栋', '地址少了 是3栋402', '文峰小区3栋402'],
    ['扬州邗江区 月明花园7幢', '门牌漏了，7幢1203', '月明花园7幢1203'],
    ['常州武进区 湖滨家园2栋', '地址没写全 2栋1单元501', '湖滨家园2栋1单元501'],
  ])('zh: "%s" then "%s"', async (address, fix, whole) => {
    const { c } = await through(`r14f-merge-${fix}`, [...ZH_START, '13912345678', address]);
    const said = await c.say(fix);
    const line = lineOf(said.text, /地址：/);
    expect(line).toContain(whole);
    expect(line).not.toMatch(/(\d+[栋幢])\1|(\d{3,4})\2/);
    await c.say('对');
    expect((await c.tickets())[0]!.address).toContain(whole);
  });

  it('zh: correcting a building already doubled puts the address right, not a room written twice', async () => {
    const { c } = await through('r14f-double', [...ZH_START, '13912345678', '无锡梁溪区 清扬新村3栋3栋402']);
    const said = await c.say('是3栋402 不是3栋3栋');
    expect(lineOf(said.text, /地址：/)).toContain('清扬新村3栋402');
    expect(lineOf(said.text, /地址：/)).not.toMatch(/402402|3栋3栋/);
  });
});

describe('an address component corrected in the same message replaces that component only', () => {
  it.each([
    ['Flat 1203, Building 7, Maple Court, Minhang, Shanghai. oh wait actually its building 9, sorry.', 'Flat 1203, Building 9, Maple Court, Minhang, Shanghai'],
    ['Room 801, Block 4, Riverside Gardens, Pudong, Shanghai - sorry, block 6 not block 4', 'Room 801, Block 6, Riverside Gardens, Pudong, Shanghai'],
    ['Apartment 1502, Tower 2, Sunshine Estate, Chaoyang, Beijing. no wait, tower 3', 'Apartment 1502, Tower 3, Sunshine Estate, Chaoyang, Beijing'],
  ])('en: %s', async (address, whole) => {
    const { said } = await through(`r14f-en-same-${address}`, [...EN_START, '13912345678', address]);
    expect(lineOf(said.text, /Address:/)).toContain(whole);
  });

  it.each([
    ['杭州西湖区 翠苑一区5栋301 哦不对 是6栋', '翠苑一区6栋301'],
    ['成都武侯区 玉林小区8栋1202 说错了 是9栋', '玉林小区9栋1202'],
  ])('zh: %s', async (address, whole) => {
    const { said } = await through(`r14f-zh-same-${address}`, [...ZH_START, '13912345678', address]);
    expect(lineOf(said.text, /地址：/)).toContain(whole);
    expect(lineOf(said.text, /地址：/)).toMatch(/[区市]/);
  });
});

describe('a phone or a visit time corrected in the same message keeps the value after the correction', () => {
  it.each([
    ['13770012345 哦不对 是13770012346', '13770012346'],
    ['13612345678 不好意思 13612345679', '13612345679'],
    ['手机13512340000 等等 不对 是13512340001', '13512340001'],
  ])('zh phone: %s', async (phone, kept) => {
    const { said } = await through(`r14f-zh-phone-${phone}`, [...ZH_START, phone, '南京鼓楼区中山路100号3栋502']);
    const line = lineOf(said.text, /电话：/);
    expect(line).toContain(kept);
    expect(said.text.split(kept).length - 1).toBe(1);
  });

  it.each([
    ['my number is 13912345678 sorry 13812345678', '13812345678'],
    ['13700001111, oops, 13700001112', '13700001112'],
    ['call 13600002222 actually make that 13600002223', '13600002223'],
  ])('en phone: %s', async (phone, kept) => {
    const { said } = await through(`r14f-en-phone-${phone}`, [...EN_START, phone, 'Room 502, 18 Renmin South Road, Hangzhou']);
    expect(lineOf(said.text, /Phone:/)).toContain(kept);
  });

  it.each([
    ['南京鼓楼区中山路100号3栋502 周二上午 不对 周三上午', /周三上午/, /周二/],
    ['南京鼓楼区中山路100号3栋502 明天下午 哦不是 后天下午', /后天下午|下午/, /明天/],
  ])('zh time: %s', async (address, kept, gone) => {
    const { said } = await through(`r14f-zh-time-${address}`, [...ZH_START, '13912345678', address]);
    const line = lineOf(said.text, /方便时间：/);
    expect(line).toMatch(kept);
    expect(line).not.toMatch(gone);
    expect(lineOf(said.text, /地址：/)).toContain('3栋502');
  });

  it.each([
    ['Room 502, 18 Renmin South Road, Hangzhou, Tuesday afternoon, no wait, Wednesday afternoon', /Wednesday/, /Tuesday/],
    ['Room 502, 18 Renmin South Road, Hangzhou. tomorrow morning sorry friday morning', /Friday/i, /tomorrow/i],
  ])('en time: %s', async (address, kept, gone) => {
    const { said } = await through(`r14f-en-time-${address}`, [...EN_START, '13912345678', address]);
    const line = lineOf(said.text, /Preferred time:/);
    expect(line).toMatch(kept);
    expect(line).not.toMatch(gone);
  });
});

describe('a number written as dialled abroad is taken at once, in international form (no country code asked for)', () => {
  it.each([
    ['07700 900123. And I want my money back.', /\+44 7700 900123/],
    ['my mobile is 07911 123456, it is a UK one', /\+44 7911 123456/],
    ['Australian mobile 0412 345 678, call me there', /\+61 412 345 678/],
  ])('en while waiting for a person: %s', async (line, form) => {
    const c = world.customer(`r14f-abroad-en-${line}`);
    await c.say('My coffee machine broke for the third time, I want a real person now.');
    const said = await c.say(line);
    expect(said.text).toMatch(form);
    expect(said.text).not.toMatch(/country code/);
    const asked = await c.say('did you get my phone number?');
    expect(asked.text).not.toMatch(/no phone number on the ticket/i);
  });

  it.each([
    ['我的手机是英国号 07700 900123', /\+44 7700 900123/],
    ['号码 0412 345 678，澳洲的', /\+61 412 345 678/],
    ['打我电话 07911 123456', /\+44 7911 123456/],
  ])('zh while waiting for a person: %s', async (line, form) => {
    const c = world.customer(`r14f-abroad-zh-${line}`);
    await c.say('咖啡机修了两次又坏了，我要找人工');
    const said = await c.say(line);
    expect(said.text).toMatch(form);
    expect(said.text).not.toMatch(/国家码/);
    expect(said.text).toMatch(/记到工单/);
  });

  it.each([
    ['en', EN_START, '07700 900123'],
    ['zh', ZH_START, '07700 900123'],
  ])('asked for the phone in a form (%s): taken, and the next question asked', async (_lang, start, line) => {
    const { said } = await through(`r14f-abroad-form-${_lang}`, [...start, line]);
    expect(said.text).not.toMatch(/country code|国家码/);
    expect(said.text).toMatch(/地址|address/i);
  });
});

describe('the problem restated at the summary replaces the old one; a question is never the problem', () => {
  const EN_LAPTOP = ['my laptop keyboard has keys that stopped working, I want it repaired', "don't know", 'last spring', '13912345678', 'Room 502, 18 Renmin South Road, Hangzhou'];
  const ZH_LAPTOP = ['笔记本键盘有几个键坏了，我要修', '不知道', '去年春天', '13912345678', '杭州西湖区文三路88号3栋502'];

  it.each([
    ["actually it's the keys E R T that stopped, last week", /E R T/],
    ['the problem bit looks weird. its: several keys (E, R, T) stopped working last week', /E\/R\/T|E, R, T/],
    ['sorry, it is the space bar and the enter key that do nothing since Monday', /space bar/],
  ])('en: %s', async (fix, words) => {
    const { c } = await through(`r14f-problem-en-${fix}`, EN_LAPTOP);
    const said = await c.say(fix);
    const line = lineOf(said.text, /Problem:/);
    expect(line).toMatch(words);
    expect(line).not.toMatch(/its:|; it|I want it repaired|actually|sorry/i);
  });

  it.each([
    ['不对，是E、R、T这几个键按了没反应，上周开始的', /E、R、T/],
    ['其实是空格键和回车键没反应，周一开始的', /空格键/],
  ])('zh: %s', async (fix, words) => {
    const { c } = await through(`r14f-problem-zh-${fix}`, ZH_LAPTOP);
    const said = await c.say(fix);
    const line = lineOf(said.text, /问题：/);
    expect(line).toMatch(words);
    expect(line).not.toMatch(/我要修|不对|其实|；/);
  });

  it.each([
    ['en', 'i spilled a little tea on it a while ago, but the keys only stopped working last week. is that still covered?', /is that still covered|^· Problem: but/m],
    ['zh', '之前洒过一点茶，不过键盘是上周才坏的，这个还保修吗', /保修吗|问题：不过/],
  ])('a question beside the fault is not the problem (%s)', async (lang, line, bad) => {
    const c = world.customer(`r14f-question-${lang}`);
    await c.say(lang === 'en' ? 'is my laptop still under warranty? bought it last spring, some keys stopped working' : '笔记本还在保修期吗？去年春天买的，有几个键不灵了');
    const said = await c.say(line);
    const filed = await c.say(lang === 'en' ? 'ok, register a repair' : '那帮我登记维修吧');
    for (const text of [said.text, filed.text]) expect(lineOf(text, /Problem:|问题：/)).not.toMatch(bad);
  });
});
