/**
 * Calling off a booked visit (playtest round 14): the request is heard whatever its word order (the
 * visit named first, the product or the day in between), never as a repair form or a status question;
 * inside the cancel job a phone number finds the ticket by a texted code (never a status or repair job),
 * a lost ticket number alone asks for that phone, and coming back to the job reads as English.
 * Phrasings and products written for this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogSmsSender } from '../../channels/sms/log-sms-sender';
import { DEFAULT_ABUSE_LIMITS } from '../../bot/tools/abuse-limits';
import { repairTicket } from '../../testing/desk';
import { openWorld, type Customer, type World } from '../../testing/world';
import type { Ticket } from '../../tickets/ticket';

// Saturday 5 December 2026, 10:00 in Beijing.
const NOW = '2026-12-05T02:00:00Z';
const PHONE = '13766665555';
const ASKS_WHICH_TICKET = /要取消上门的工单号|visit you want to cancel/i;
const REPAIR_OR_STATUS = /哪种产品需要维修|什么问题|回到刚才的报修|这个对话里还没有您的工单|which product|what's the problem|describe the problem|Back to the repair|I don't see a ticket for you/i;

let world: World;
let sms: LogSmsSender;
let oven: Ticket;
beforeAll(async () => {
  world = await openWorld({}, NOW);
  sms = world.assistant.sms as LogSmsSender;
  const { desk } = world.assistant;
  // Booked in another chat (by phone, say): this chat knows nothing of it until the phone is proved.
  const elsewhere = (await desk.customers.resolve({ channel: 'wechat', externalId: 'wx-oven-owner' })).id;
  oven = (
    await desk.tickets.create(repairTicket(elsewhere, { category: 'oven', brand: 'Midea', symptom: '烤箱不加热', contactPhone: PHONE, address: '苏州市姑苏区人民路8号2幢301 / 周一上午' }), {
      actor: 'bot',
    })
  ).ticket;
});
afterAll(() => world.close());

const lastCode = () => /验证码 (\d{6})/.exec(sms.sent.filter((m) => m.purpose === 'proof_code').at(-1)!.text)![1]!;
/** A new chat, after the resend gap (each test's code goes out afresh). */
function newChat(ref: string): Customer {
  world.clock.advance(DEFAULT_ABUSE_LIMITS.codeResendAfterMs + 1000);
  return world.customer(ref);
}

describe('a cancel of a booked visit, whatever its word order', () => {
  it.each([
    ['zh', '后天热水器的上门我想取消掉'],
    ['zh', '冰箱预约的师傅，麻烦帮我撤销一下'],
    ['zh', '我要取消我下周一的洗碗机上门维修'],
    ['en', 'the engineer visit for my dishwasher on friday, can you cancel it?'],
    ['en', 'please call off the technician visit for my fridge'],
    ['en', "we'd like tomorrow's engineer visit for the dryer cancelled please"],
  ])('asks which ticket to cancel, never a repair form (%s: %s)', async (_lang, line) => {
    const said = await newChat(`order-${line}`).say(line);
    expect(said.text).toMatch(ASKS_WHICH_TICKET);
    expect(said.text).not.toMatch(REPAIR_OR_STATUS);
    expect(said.tools).not.toContain('ticketStatus');
  });

  it.each([
    ['zh', '之前那次上门已经取消了，现在洗衣机又不脱水了'],
    ['en', 'I cancelled the old appointment and now the washing machine leaks again'],
  ])('a cancel done before is not a new one (%s)', async (_lang, line) => {
    const said = await newChat(`past-${line}`).say(line);
    expect(said.text).not.toMatch(ASKS_WHICH_TICKET);
  });

  it.each([
    ['zh', '上门别取消，师傅来就行，我就问一下大概几点到'],
    ['en', "please don't cancel the engineer visit, I just want to know roughly when he comes"],
  ])('"don\'t cancel" on a booked visit is not a cancel (%s)', async (lang, line) => {
    const c = newChat(`keep-${line}`);
    const lines =
      lang === 'zh'
        ? ['海尔冰箱冷藏室不制冷', 'BCD-470', '13816620941', '上海市徐汇区漕溪北路88号5楼', '周三上午', '对']
        : ['my Bosch dishwasher will not drain', 'SMS6ZCI00G', '13816620942', 'Flat 8, 300 Huaihai Road, Xuhui, Shanghai', 'Wednesday morning', 'yes'];
    for (const l of lines) await c.say(l);
    const said = await c.say(line);
    expect(said.text).not.toMatch(/要取消的是工单|want to cancel the visit for ticket|登记取消|cancellation on it/i);
  });
});

describe('the phone step inside the cancel job', () => {
  it('zh: a lost number asks for the phone, the phone said with "帮我查" sends a code, the code puts the cancel on the ticket', async () => {
    const c = newChat('phone-zh');
    await c.say('烤箱周一的上门，我这边想取消');
    const lost = await c.say('单号找不到了');
    expect(lost.text).toMatch(/手机号/);
    expect(lost.tools).not.toContain('handOff');
    expect(lost.text).not.toMatch(REPAIR_OR_STATUS);
    const phone = await c.say(`报修的时候留的电话是${PHONE}，帮我查查`);
    expect(phone.text).toMatch(/验证码已发到 137\*\*\*\*5555/);
    expect(phone.text).not.toMatch(REPAIR_OR_STATUS);
    const done = await c.say(lastCode());
    expect(done.text).toContain(oven.number);
    expect(done.text).toMatch(/取消上门/);
    const notes = (await world.assistant.desk.tickets.events(oven.id)).filter((e) => e.kind === 'note').map((e) => JSON.stringify(e));
    expect(notes.some((n) => /cancel the visit/.test(n))).toBe(true);
  });

  it('en: a lost number asks for the phone, "look it up with ..." sends a code, the code puts the cancel on the ticket', async () => {
    const c = newChat('phone-en');
    await c.say('the oven repair visit on monday, I want to cancel it');
    const lost = await c.say("I can't find the ticket number anywhere");
    expect(lost.text).toMatch(/mobile number/i);
    expect(lost.tools).not.toContain('handOff');
    expect(lost.text).not.toMatch(REPAIR_OR_STATUS);
    const phone = await c.say(`it was booked under ${PHONE}, can you look it up`);
    expect(phone.text).toMatch(/texted to 137\*\*\*\*5555/);
    expect(phone.text).not.toMatch(REPAIR_OR_STATUS);
    const done = await c.say(lastCode());
    expect(done.text).toContain(oven.number);
    expect(done.text).toMatch(/cancel the visit/i);
  });

  it.each([
    ['zh', '取消我周一的烤箱上门', '单号忘了', '手机号也记不起来了', /转人工/],
    ['en', 'cancel my oven visit on monday please', "I don't have the ticket number", "and I can't remember which phone I used", /reply "human"/i],
  ])('no number and no phone: the request goes to a person, without a contradicting "reply human" (%s)', async (_lang, cancel, lost, noPhone, replyHuman) => {
    const c = newChat(`nophone-${cancel}`);
    await c.say(cancel);
    await c.say(lost);
    const last = await c.say(noPhone);
    expect(last.tools).toContain('handOff');
    expect(last.text).toMatch(/取消要求|cancel request/i);
    expect(last.text).not.toMatch(replyHuman);
  });
});

describe('coming back to the job after a question', () => {
  it.each([
    ['en', 'please cancel the technician visit for my range hood', 'do your engineers come at weekends?', /Back to the request to cancel the visit:/],
    ['zh', '油烟机的上门我要取消', '你们周末上门吗？', /回到刚才的取消上门申请：/],
    ['en', 'can you move my range hood repair visit to next tuesday', 'do you work on weekends?', /Back to the request to change the visit time:/],
  ])('reads as a sentence (%s: %s)', async (_lang, job, question, resume) => {
    const c = newChat(`resume-${job}`);
    await c.say(job);
    const said = await c.say(question);
    expect(said.text).toMatch(resume);
    expect(said.text).not.toMatch(/Back to the (?:cancelling|changing)/);
  });
});
