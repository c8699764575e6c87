/**
 * The conversation engine's repair patterns, each as a short conversation through the whole
 * offline assistant: cancel, correction, digression and resume, skip, the two-asks limit, no
 * reply repeated word for word, a second problem with its own ticket, and danger first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../helpers/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('conversation repair', () => {
  it('cancels the repair form at any step, files nothing, and offers more help', async () => {
    const c = world.customer('rp-cancel');
    await c.say('我要报修');
    await c.say('冰箱');
    const stopped = await c.say('算了 先不修了');
    expect(stopped.text).toMatch(/已取消/);
    expect(stopped.text).not.toMatch(/什么问题/);
    expect(await c.tickets()).toEqual([]);
  });

  it('answers a question asked in the middle of the form, then resumes where it was', async () => {
    const c = world.customer('rp-digress');
    await c.say('我要报修');
    await c.say('洗衣机');
    await c.say('不排水');
    await c.say('不知道型号');
    const asked = await c.say('上门要收费吗');
    expect(asked.text).toMatch(/上门费|收费|免收/);
    expect(asked.text).toMatch(/回到刚才的报修/);
    expect(asked.text).toMatch(/什么时候买|手机号|地址/);
  });

  it('asks a slot at most twice, the second time in other words, then goes on without it and says so', async () => {
    const c = world.customer('rp-twice');
    await c.say('我要报修');
    await c.say('空调');
    await c.say('不制冷');
    await c.say('KFR-35GW');
    const first = await c.say('不记得了');
    expect(first.text).toMatch(/手机号/);
    const second = await c.say('嗯');
    expect(second.text).toMatch(/手机号|电话/);
    expect(second.text).not.toBe(first.text.replace(/^.*\n/, ''));
    const third = await c.say('好的');
    // The phone was asked twice: the flow goes on to the address and says what happens without it.
    expect(third.text).toMatch(/没有联系电话/);
    expect(third.text).toMatch(/地址/);
  });

  it('never sends the same reply twice in a row', async () => {
    const c = world.customer('rp-repeat');
    const replies: string[] = [];
    for (const text of ['你好', '你好', '你好']) replies.push((await c.say(text)).text);
    expect(replies[1]).not.toBe(replies[0]);
    expect(replies[2]).not.toBe(replies[1]);
  });

  it('takes a correction at the confirmation step and restates with it', async () => {
    const c = world.customer('rp-correct');
    for (const text of ['我要报修', '冰箱', '不制冷', 'BCD-521WDPW', '2024年7月', '13811112222']) await c.say(text);
    const confirm = await c.say('上海市徐汇区中山西路88号7号楼502室');
    expect(confirm.text).toMatch(/确认一下/);
    const corrected = await c.say('电话不对 是13811112223');
    expect(corrected.text).toContain('13811112223');
    expect(corrected.text).not.toContain('13811112222');
    const filed = await c.say('对');
    expect(filed.text).toMatch(/工单号 AS-/);
    expect((await c.tickets())[0]).toMatchObject({ contactPhone: '13811112223', model: 'BCD-521WDPW' });
  });

  // "change the address" also reads as a change to an existing order; with the form open it is a correction.
  it.each([
    ['en', ['my washing machine won\'t drain, I need a technician', 'Haier', 'bought it in March 2025', '13812345678', '88 Zhongshan Road, Xuhui District, Shanghai'], 'sorry I need to change the address to 12 Nanjing Road, Huangpu District, Shanghai', 'yes'],
    ['zh', ['我要报修', '洗衣机', '不排水', '不知道', '2025年3月', '13812345679', '上海市徐汇区中山西路88号7号楼502室'], '麻烦帮我改一下地址，改成上海市黄浦区南京东路12号3楼', '对'],
  ])('takes an address change at the confirmation step as a correction (%s)', async (lang, form, change, yes) => {
    const c = world.customer(`rp-address-${lang}`);
    for (const text of form) await c.say(text);
    const corrected = await c.say(change);
    expect(corrected.text).toMatch(/Nanjing Road|南京东路/);
    expect(corrected.text).not.toMatch(/ticket number|工单号/);
    await c.say(yes);
    expect((await c.tickets())[0]!.address).toMatch(/Nanjing Road|南京东路/);
  });

  it('replaces the restated problem when the customer corrects it at the confirmation step', async () => {
    const c = world.customer('rp-problem');
    for (const text of ['我要报修', '空调', '不制冷', '不知道', '不记得', '13811114444']) await c.say(text);
    await c.say('北京市朝阳区建国路88号3单元402');
    const corrected = await c.say('问题写错了 应该是不制冷 外机不转');
    expect(corrected.text).toMatch(/问题：不制冷 外机不转/);
    expect(corrected.text).not.toMatch(/抱歉给您添麻烦/);
    await c.say('对');
    expect((await c.tickets())[0]!.symptom).toBe('不制冷 外机不转');
  });

  it('files a second problem in the same chat as its own ticket', async () => {
    const c = world.customer('rp-second');
    for (const text of ['我要报修', '冰箱', '不制冷', '不知道', '不记得', '13822223333', '北京市朝阳区建国路88号3单元402', '对']) await c.say(text);
    expect(await c.tickets()).toHaveLength(1);
    for (const text of ['还有洗衣机也坏了 不脱水 要报修', '不知道', '不记得', '对']) await c.say(text);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(2);
    expect(tickets.map((t) => t.category).sort()).toEqual(['refrigerator', 'washing_machine']);
  });

  it('restates what the customer said in their own words, never a redaction placeholder', async () => {
    const c = world.customer('rp-placeholder');
    await c.say('洗衣机不脱水了 我电话13866667777 地址杭州市西湖区文一西路100号3幢601');
    const replies: string[] = [];
    for (const text of ['还是不行', '不知道', '不记得']) replies.push((await c.say(text)).text);
    const confirm = replies.find((r) => /确认一下/.test(r)) ?? '';
    expect(confirm).toContain('13866667777');
    expect(replies.join('\n')).not.toMatch(/\[(?:PHONE|ADDRESS|EMAIL|ID)_\d+\]/);
  });

  it('puts danger first, whatever the form was waiting for', async () => {
    const c = world.customer('rp-danger');
    await c.say('我要报修');
    await c.say('热水器');
    const danger = await c.say('等等 厨房里一股臭鸡蛋味');
    expect(danger.understanding?.safety).toBe(true);
    expect(danger.text).toMatch(/燃气|开窗|阀门/);
    expect(danger.mode).toBe('handoff_requested');
    expect(danger.ticket?.priority).toBe('P1');
  });
});
