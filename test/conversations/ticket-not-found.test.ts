/**
 * A ticket number no ticket has is answered plainly: not found, and what to do (check the number
 * in the text message, give the phone the repair was booked with, or ask for a person). Never
 * "we have just texted a code": no ticket, no phone, no code. A ticket of another chat still gets the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_WORDS } from '../../bot/engine/flows/status-flow';
import { newTicketNumber } from '../../tickets/ticket-number';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const unknown = newTicketNumber('20261120');

describe('a ticket number that does not exist', () => {
  it.each([
    ['zh', `帮我查下工单 ${unknown} 到哪一步了`, /没有找到/],
    ['zh', `工单号是${unknown}，师傅什么时候来`, /没有找到/],
    ['en', `any news on ticket ${unknown}?`, /couldn't find a ticket/i],
    ['en', `what's the status of my repair, ${unknown}`, /couldn't find a ticket/i],
  ])('%s: %s', async (lang, line, notFound) => {
    const said = await world.customer(`nf-${lang}-${line}`).say(line);
    expect(said.text).toMatch(notFound);
    expect(said.text).not.toContain(STATUS_WORDS.codeSent[lang as 'zh' | 'en']);
    expect(said.text).not.toMatch(/发了一条|验证码发给我|texted a|send me the code/i);
    expect(said.text).toMatch(/AS-\d{8}-/);
    expect(said.text).toMatch(/手机号|mobile number/);
    expect(said.text).toMatch(/转人工|human/);
  });

  it.each([
    ['zh', '查一下进度，工单号 AS-20261120-7KQ4-M9XA'],
    ['en', 'where is my repair? ticket AS-20261120-7KQ4-M9XA'],
  ])('a number whose check character is wrong gets the same plain answer (%s)', async (lang, line) => {
    const said = await world.customer(`nf-shape-${lang}`).say(line);
    expect(said.text).toContain(STATUS_WORDS.notFoundHead[lang as 'zh' | 'en']);
  });

  it.each([
    ['zh', `工单 ${unknown} 的进度`, '13912345678'],
    ['en', `status of ${unknown} please`, '13912345678'],
  ])('the phone sent next looks the ticket up by phone (%s)', async (lang, line, phone) => {
    const c = world.customer(`nf-phone-${lang}`);
    await c.say(line);
    const next = await c.say(phone);
    expect(next.text).toMatch(/139\*{4}5678/);
  });
});

describe('a ticket of another chat still needs the code', () => {
  it.each([
    ['zh', (n: string) => `我的工单 ${n} 到哪一步了`],
    ['en', (n: string) => `how is ticket ${n} going?`],
  ])('%s', async (lang, ask) => {
    const owner = world.customer(`nf-owner-${lang}`, 'wechat');
    for (const line of ['洗衣机不脱水了，要报修', '不知道', '去年', '13912345678', '杭州市西湖区文三路88号3栋502', '对']) await owner.say(line);
    const [ticket] = await owner.tickets();
    const said = await world.customer(`nf-other-${lang}`).say(ask(ticket!.number));
    expect(said.text).toContain(STATUS_WORDS.codeSent[lang as 'zh' | 'en']);
  });
});
