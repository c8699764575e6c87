/**
 * The conversation engine's repair patterns, each as a short conversation through the whole
 * offline assistant: cancel, correction, digression and resume, skip, the two-asks limit, no
 * reply repeated word for word, a second problem with its own ticket, and danger first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

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
    [
      'en',
      ["my washing machine won't drain, I need a technician", 'Haier', 'bought it in March 2025', '13812345678', '88 Zhongshan Road, Xuhui District, Shanghai'],
      'sorry I need to change the address to 12 Nanjing Road, Huangpu District, Shanghai',
      'yes',
    ],
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

  it('answers two products with a problem each, each from its own case, and asks once whether it helped', async () => {
    const c = world.customer('rp-two-products');
    const reply = await c.say('空调开机显示E1 另外我家燃气灶打不着火');
    expect(reply.text).toMatch(/另外，燃气灶的问题/);
    expect(reply.text.match(/试过之后好了吗/g)).toHaveLength(1);
    const en = world.customer('rp-two-products-en');
    const english = await en.say("my washer won't drain and the fridge is leaking water");
    expect(english.text).toMatch(/And the (fridge|refrigerator)/i);
    expect(english.text.match(/Did that fix it\?/g)).toHaveLength(1);
  });

  it('reads product words after self-help as more about the problem, not as booking a visit', async () => {
    const c = world.customer('rp-describe-after-help');
    await c.say('洗衣机不排水');
    const more = await c.say('是海尔的洗衣机');
    expect(more.text).not.toMatch(/型号|手机号|地址/);
  });

  it('files at the confirmation when the yes carries a fault word ("对 没毛病")', async () => {
    const c = world.customer('rp-yes-no-problem');
    await c.say('我要报修 冰箱不制冷');
    await c.say('型号BCD-470 2024年3月买的');
    await c.say('13912345678');
    await c.say('北京市朝阳区建国路88号3号楼2单元1502室');
    const done = await c.say('对 没毛病');
    expect(done.text).toMatch(/已提交/);
    expect(await c.tickets()).toHaveLength(1);
  });

  it('swaps the part of a fact the customer contrasts ("是5栋 不是3栋") and keeps the rest', async () => {
    const c = world.customer('rp-swap');
    await c.say('我要报修 冰箱不制冷');
    await c.say('型号BCD-470 2024年3月买的');
    await c.say('13912345678');
    await c.say('成都市武侯区 金履三路 3栋1单元2204');
    const fixed = await c.say('不对 是5栋 不是3栋');
    expect(fixed.text).toMatch(/金履三路 5栋1单元2204/);
    await c.say('对');
    expect((await c.tickets())[0]?.address).toMatch(/5栋1单元2204/);
  });

  it('hears "the order is on JD" as proof of purchase, not a question about a ticket', async () => {
    const c = world.customer('rp-proof');
    await c.say('冰箱不制冷');
    const reply = await c.say('京东买的 有订单');
    expect(reply.text).not.toMatch(/工单号|ticket number/i);
  });

  it("gives the matching case's safety notes while a person is fetched, and rates the fault, not the request", async () => {
    const c = world.customer('rp-human-with-leak');
    const reply = await c.say('转人工 洗衣机底下漏水 淌了一地');
    expect(reply.mode).toBe('handoff_requested');
    expect(reply.text).toMatch(/等待期间.*断电/);
    expect(reply.ticket?.priority).toBe('P2');
    const calm = world.customer('rp-human-only');
    const plain = await calm.say('转人工');
    expect(plain.text).not.toMatch(/等待期间/);
  });

  it('states the repeated-repair rule to a furious customer who wants a new unit, with one apology, then fetches a person', async () => {
    const c = world.customer('rp-replace-after-repairs');
    const reply = await c.say('气死我了！洗衣机修了两回还是漏水 你们必须给我换台新的 不然我投诉到底');
    expect(reply.mode).toBe('handoff_requested');
    expect(reply.text).toMatch(/两次修理.*换货|换货或退货/);
    expect(reply.text).toMatch(/维修记录/);
    expect(reply.text.match(/抱歉/g)).toHaveLength(1);
  });

  it('puts a new visit time on the filed ticket, says the day back, and that the engineer confirms it by phone', async () => {
    const c = world.customer('rp-reschedule');
    await c.say('洗衣机不脱水 我要报修');
    await c.say('型号XQG100 2025年10月买的');
    await c.say('13912345678');
    await c.say('北京市朝阳区建国路88号3号楼2单元1502室');
    const filed = await c.say('对');
    expect(filed.text).toMatch(/已提交/);
    const moved = await c.say('能不能改到周六上午 平时上班');
    // Said back as a day on the calendar (24 Nov 2026 is a Tuesday), so a misread day shows at once.
    expect(moved.text).toMatch(/11月28日（周六）上午/);
    expect(moved.text).toMatch(/工程师会再打电话/);
    expect(await c.tickets()).toHaveLength(1);
    const en = world.customer('rp-reschedule-none');
    const none = await en.say('could you move my appointment to next Monday afternoon?');
    expect(none.text).toMatch(/next Monday afternoon/);
    expect(none.text).toMatch(/ticket/i);
    expect(await en.tickets()).toHaveLength(0);
  });

  it('counts the days of a return from a vague date as a range, and takes "then repair it" as the choice of a repair', async () => {
    const c = world.customer('rp-return-range');
    await c.say('电饭煲插电没反应');
    const rules = await c.say('还是不行 上个月初网上买的 能换个新的吗');
    expect(rules.text).toMatch(/大约\d+到\d+天/);
    expect(rules.text).toMatch(/超过15天/);
    const repair = await c.say('那就修吧');
    expect(repair.text).toMatch(/型号|手机号/);
  });

  it('does not take "ok, how much would that cost" after self-help as "it works"', async () => {
    const c = world.customer('rp-ok-question');
    await c.say('my washing machine will not drain');
    const asked = await c.say('ok how much would a repair cost roughly?');
    expect(asked.text).not.toMatch(/glad it's working/i);
  });

  it('hears "I will get back to you tomorrow" as leaving, says what was left unfiled, and reads no visit time or ticket question into it', async () => {
    const c = world.customer('rp-later');
    await c.say('我要报修 空调不制冷');
    const later = await c.say('行 我先找找型号 明天再联系你们');
    expect(later.text).toMatch(/还没提交/);
    expect(later.text).not.toMatch(/工单号/);
  });

  it('never quotes another product\'s warranty rule, and reads "covered?" as a warranty question', async () => {
    const tv = world.customer('rp-tv-warranty');
    const reply = await tv.say('my TV was bought two weeks ago and has lines on the screen, is it still under warranty?');
    expect(reply.text).not.toMatch(/air conditioner|compressor/i);
    const phone = world.customer('rp-covered');
    const covered = await phone.say('my phone speaker died, bought it March 2024. covered?');
    expect(covered.text).toMatch(/out of warranty|expired/i);
  });

  it('keeps a calm "still the same" inside the fault conversation, and never asks for a model the customer cannot read', async () => {
    const c = world.customer('rp-calm-elderly');
    await c.say('电视打开了只有声音没有图像');
    const same = await c.say('我不会弄那些 插头拔了又插上了 还是一样');
    expect(same.mode).toBe('bot');
    expect(same.text).toMatch(/上门|预约/);
    const unread = await c.say('型号我看不清 字太小了 前年买的');
    expect(unread.text).not.toMatch(/知道型号吗|型号是/);
    expect(unread.text).toMatch(/手机号/);
  });

  it('answers a phone fault from the case about that fault, not one about the brand, and sends phones to a service centre, not a home visit', async () => {
    const c = world.customer('rp-phone-carry-in');
    const reply = await c.say('my iphone 13 speaker is crackling on calls');
    expect(reply.text).not.toMatch(/Face ID/);
    expect(reply.text).toMatch(/service centre/);
    expect(reply.text).not.toMatch(/engineer visit/);
    await c.say('still the same after restarting');
    await c.say('bought it in March 2025');
    const where = await c.say('13912345678');
    expect(where.text).toMatch(/city and district|nearest official service centre/);
  });

  it('says plainly which return rule applies: a fault on day 10 in a store is exchange or repair, and "退不了只能换？" is a question, not a no', async () => {
    const c = world.customer('rp-return-verdict');
    const first = await c.say('10天前在门店买的电视 屏幕出现一条竖线 能退吗');
    expect(first.text).toMatch(/可以换货或维修，已经不能退货/);
    const asked = await c.say('那意思是退不了只能换？我是门店买的 不是网上');
    expect(asked.text).not.toMatch(/有需要随时找我/);
    expect(asked.text).toMatch(/换货或维修/);
    const register = await c.say('要 登记换货 电话15011112222 北京朝阳区望京西园三区311号楼1单元801');
    expect(register.text).not.toMatch(/什么问题/);
  });

  it('tells a customer with no fault after the no-reason window that there is nothing to register', async () => {
    const c = world.customer('rp-return-no-fault');
    const reply = await c.say('bought a washer 12 days ago online, it works fine but it is too big. can I return it?');
    expect(reply.text).toMatch(/no-reason return has passed/);
    expect(reply.text).not.toMatch(/Shall I register/);
  });

  it('books the visit when "never mind" is followed by asking for the engineer', async () => {
    const c = world.customer('rp-never-mind-book');
    await c.say('油烟机吸力变小了');
    const booked = await c.say('算了 直接约师傅上门吧 13800001111');
    expect(booked.text).not.toMatch(/已取消/);
    expect(booked.text).toMatch(/型号|地址|什么时候买/);
  });

  it('acknowledges a demand for a manager while waiting, and writes it on the ticket', async () => {
    const c = world.customer('rp-wait-manager');
    const handed = await c.say('human please');
    expect(handed.mode).toBe('handoff_requested');
    const demand = await c.say('if no manager calls me today I will post this on weibo');
    expect(demand.text).toMatch(/manager/);
    expect(demand.text).not.toMatch(/passed (?:this|on)/);
    const [ticket] = await c.tickets();
    const events = await world.assistant.desk.tickets.events(ticket!.id);
    expect(events.some((e) => e.kind === 'note' && /escalation/i.test(JSON.stringify(e.detail)))).toBe(true);
  });

  it('answers a fee question asked the everyday way, without a question mark ("安装要钱不")', async () => {
    const c = world.customer('rp-install-fee');
    const reply = await c.say('刚买了台空调挂机 安装要钱不');
    expect(reply.text).toMatch(/安装免费|标准安装/);
    expect(reply.text).not.toMatch(/型号|手机号/);
  });

  it('notes the time the customer moves the visit to, not the one they rule out', async () => {
    const c = world.customer('rp-reschedule-target');
    await c.say('洗衣机不脱水 我要报修');
    await c.say('型号XQG100 2025年10月买的');
    await c.say('13912345678');
    await c.say('北京市朝阳区建国路88号3号楼2单元1502室');
    await c.say('对');
    const moved = await c.say('明天上午我要去医院 能不能改到下周二下午');
    // "下周二" from Tuesday 24 November is 1 December; tomorrow (the 25th) is the time ruled out.
    expect(moved.text).toMatch(/12月1日（周二）下午/);
    expect(moved.text).not.toMatch(/11月25日/);
  });

  it('after a danger handoff, answers "I will just use the other burner" with: not until it is checked', async () => {
    const c = world.customer('rp-wait-use');
    const danger = await c.say('厨房有股煤气味');
    expect(danger.mode).toBe('handoff_requested');
    const use = await c.say('没人回我 那我先用右边那个炒个菜了啊');
    // Answered from the gas-leak rules: no, and no flame.
    expect(use.text).toMatch(/^(?:不行|现在不行|燃气公司查过之前不行)/);
    expect(use.text).toMatch(/不要点火/);
    const en = world.customer('rp-wait-use-en');
    await en.say('my microwave sparked and there was a burning smell');
    const meanwhile = await en.say('ok can I use it meanwhile to heat milk?');
    // A microwave that sparked: not until it is checked, and no gas words for it.
    expect(meanwhile.text).toMatch(/^(?:No|Not yet)\b/);
    expect(meanwhile.text).not.toMatch(/flame|gas/i);
  });

  it('answers the repeated-repair rule while the customer waits for a person', async () => {
    const c = world.customer('rp-wait-replace');
    await c.say('转人工');
    const asked = await c.say('冰箱修了三次还坏 按三包是不是该给我换新的？');
    expect(asked.text).toMatch(/换货或退货/);
  });
});
