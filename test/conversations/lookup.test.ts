/**
 * A customer who lost the ticket number finds the ticket by the phone on it and moves the visit
 * (issue 16, lookup): the code goes to that phone with the same words whether or not it has
 * tickets, the proven phone's open tickets are listed and one is picked, the new time is said back
 * as a calendar day and kept on the ticket, a reschedule never opens a repair form, a person is
 * offered when the code cannot come, and a weekend question is answered from the knowledge base.
 * Products here differ from the report's (a TV): a range hood, a dishwasher, a microwave.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { repairTicket } from '../../testing/desk';
import { openWorld, type Customer, type World } from '../../testing/world';
import type { Ticket } from '../../tickets/ticket';

// Saturday 5 December 2026, 10:00 in Beijing: "下周一" is 7 December, "Saturday" the 12th.
const NOW = '2026-12-05T02:00:00Z';
const PHONE = '13733334444';
const REPAIR_FORM = /请简单说一下是什么问题|什么时候购买|briefly describe|when did you buy/i;

let world: World;
let sms: LogSmsSender;
let hood: Ticket;
let dishwasher: Ticket;
let microwave: Ticket;
beforeAll(async () => {
  world = await openWorld({}, NOW);
  sms = world.assistant.sms as LogSmsSender;
  const { desk } = world.assistant;
  const wechat = (await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-hood-owner' })).id;
  hood = (
    await desk.tickets.create(
      repairTicket(wechat, { category: 'range_hood', brand: 'Fotile', symptom: '油烟机吸力变小，噪音大', contactPhone: PHONE, address: '杭州市西湖区文三路1号3幢502 / 周五下午' }),
      { actor: 'bot' },
    )
  ).ticket;
  world.clock.advance(60_000);
  dishwasher = (
    await desk.tickets.create(repairTicket(wechat, { category: 'dishwasher', brand: 'Siemens', symptom: '洗碗机显示E15', contactPhone: PHONE, address: '杭州市西湖区文三路1号3幢502' }), {
      actor: 'bot',
    })
  ).ticket;
  const own = (await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-microwave-owner' })).id;
  microwave = (
    await desk.tickets.create(repairTicket(own, { category: 'microwave', brand: 'Galanz', symptom: '微波炉不加热', contactPhone: '13500001234', address: '南京市鼓楼区中山路1号 / 明天上午' }), {
      actor: 'bot',
    })
  ).ticket;
});
afterAll(() => world.close());

const codes = () => sms.sent.filter((m) => m.purpose === 'proof_code');
const lastCode = () => /验证码 (\d{6})/.exec(codes().at(-1)!.text)![1]!;
/** A new chat, after the resend gap (each test's code goes out afresh). */
function newChat(ref: string): Customer {
  world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
  return world.customer(ref);
}

describe('moving a visit without the ticket number', () => {
  it('zh: phone in the first message, a code, the list, a pick by product, the new day said back and kept', async () => {
    const web = newChat('lookup-zh');
    const before = codes().length;
    const first = await web.say('师傅约的时间我有事，想改个时间，工单号找不到了，留的手机号是137 3333 4444');
    expect(first.text).toContain('137****4444');
    expect(first.text).toMatch(/如果这个号码下有工单/);
    expect(first.text).not.toMatch(REPAIR_FORM);
    expect(codes().length).toBe(before + 1);
    expect(codes().at(-1)!.to).toBe(PHONE);

    const wrong = await web.say('000000');
    expect(wrong.text).toMatch(/验证码不对/);
    const listed = await web.say(lastCode());
    // Newest first, in the customer's words, with the visit time; nothing of another phone.
    expect(listed.text.indexOf('洗碗机')).toBeGreaterThan(-1);
    expect(listed.text.indexOf('洗碗机')).toBeLessThan(listed.text.indexOf('油烟机'));
    // (The range hood's visit time: as filed, or as another test of this file moved it; tests may run in any order.)
    expect(listed.text).toMatch(/上门时间：(?:周五下午|.*以后)/);
    expect(listed.text).not.toContain(microwave.number);
    expect(listed.text).not.toMatch(/range_hood|dishwasher/);

    const picked = await web.say('油烟机那个');
    expect(picked.text).toMatch(/什么时间/);
    const moved = await web.say('下周一上午吧');
    expect(moved.text).toContain('12月7日（周一）上午');
    expect(moved.text).toContain(hood.number);
    expect(moved.text).toMatch(/工程师会再打电话/);
    const after = await world.assistant.desk.tickets.get(hood.id);
    expect(after.address).toBe('杭州市西湖区文三路1号3幢502 / 12月7日（周一）上午');
    const notes = (await world.assistant.desk.tickets.events(hood.id)).filter((e) => e.kind === 'note');
    expect(JSON.stringify(notes)).toContain('改约上门时间');
    expect((await world.assistant.desk.tickets.get(dishwasher.id)).address).toBe('杭州市西湖区文三路1号3幢502');
  });

  it('says the same to a phone with no tickets, and texts nothing there', async () => {
    const owner = newChat('lookup-same-a');
    const stranger = newChat('lookup-same-b');
    const sent = codes().length;
    const a = await owner.say('我要改约上门时间，单号不记得了，手机13733334444');
    const b = await stranger.say('我要改约上门时间，单号不记得了，手机13911112222');
    expect(a.text.replace('137****4444', 'X')).toBe(b.text.replace('139****2222', 'X'));
    expect(codes().length).toBe(sent + 1);
    expect(codes().some((m) => m.to === '13911112222')).toBe(false);
  });

  it('en: asked to look it up by phone, the code again, a pick by place, "after 7pm weekdays"', async () => {
    const web = newChat('lookup-en');
    const opened = await web.say('Hi, I need to reschedule the engineer visit for my dishwasher');
    expect(opened.text).toMatch(/ticket number|mobile number/i);
    expect(opened.text).not.toMatch(REPAIR_FORM);
    const lost = await web.say("I've lost the reference number. Can't you look it up by my phone number?");
    expect(lost.text).not.toMatch(/reliable answer/i);
    expect(lost.text).toMatch(/mobile number/i);
    const sent = await web.say('137 3333 4444');
    expect(sent.text).toContain('137****4444');
    const again = await web.say("I didn't get any text");
    expect(again.text).toMatch(/sent again/i);
    expect(again.text).toMatch(/human/i);
    const listed = await web.say(lastCode());
    expect(listed.text).toMatch(/1\. .*Siemens dishwasher/i);
    expect(await web.say('2')).toMatchObject({ text: expect.stringMatching(/When would suit you/i) });
    const moved = await web.say('after 7pm weekdays');
    expect(moved.text).toMatch(/weekdays, after 7 pm/);
    expect(moved.text).toContain(hood.number);
    expect(moved.text).toMatch(/engineer will call to confirm/i);
  });

  it('offers a person when the code does not come, in both languages', async () => {
    const zh = newChat('lookup-nocode-zh');
    expect((await zh.say('能帮我改下上门时间吗 工单号丢了 电话13733334444')).text).toContain('137****4444');
    await zh.say('还没');
    const zhGaveUp = await zh.say('收不到啊');
    expect(zhGaveUp.text).toMatch(/转人工/);
    const en = newChat('lookup-nocode-en');
    expect((await en.say('I want to move my appointment but I lost the ticket number, my phone is 13733334444')).text).toContain('137****4444');
    await en.say('nothing yet');
    const enGaveUp = await en.say('still nothing');
    expect(enGaveUp.text).toMatch(/human|person/i);
  });

  it('asks no code for a ticket filed from the same chat identity', async () => {
    const owner = world.customer('wx-microwave-owner', 'wechat');
    const sent = codes().length;
    const moved = await owner.say('能改到周日下午吗');
    expect(moved.text).toContain(microwave.number);
    expect(moved.text).toContain('12月6日（周日）下午');
    expect(codes().length).toBe(sent);
  });

  it('status without the number goes the same way', async () => {
    const web = newChat('lookup-status');
    const asked = await web.say('我的工单到哪一步了？单号忘了');
    expect(asked.text).toMatch(/手机号/);
    await web.say('手机 13733334444');
    const shown = await web.say(lastCode());
    expect(shown.text).toContain(hood.number);
    expect(shown.text).toContain(dishwasher.number);
    expect(shown.text).toMatch(/已受理/);
  });

  it('answers whether engineers come at weekends from the knowledge base', async () => {
    const zh = await world.customer('lookup-weekend-zh').say('你们周末能上门吗');
    expect(zh.text).toMatch(/周六、周日/);
    expect(zh.text).toMatch(/8:00/);
    const en = await world.customer('lookup-weekend-en').say('Do your engineers work weekends?');
    expect(en.text).toMatch(/Saturdays, Sundays/);
    expect(en.text).not.toMatch(REPAIR_FORM);
  });
});
