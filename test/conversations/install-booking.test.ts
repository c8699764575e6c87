/**
 * An installation booked for a product just delivered (issue 16): after the fee question, "约个师傅
 * 来装" with the address and phone got what the desk can do, and "book the installation" was taken
 * as a fault with the whole message for its problem. It is a visit like a repair, with the
 * installation as its job: the facts in the same message kept, and filed on the yes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('booking the installation of a new appliance', () => {
  it('(zh) the fee asked, then a visit booked with the details: filed as an installation', async () => {
    const c = world.customer('install-booking-zh');
    await c.say('刚到货的美的洗碗机 装的话收费吗');
    const summary = await c.say('行 那约个师傅来装 型号RX600 地址杭州市西湖区文三路88号2幢601 电话13655556666');
    expect(summary.text).toMatch(/跟您确认一下报修信息/);
    expect(summary.text).toMatch(/安装/);
    expect(summary.text).not.toMatch(/什么问题/);
    const filed = await c.say('对');
    expect(filed.tools).toContain('createTicket');
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.symptom).toMatch(/安装/);
    expect(tickets[0]!.contactPhone ?? '').toContain('13655556666');
  });

  it('(en) the fee asked, then "book the installation" with the details: filed as an installation', async () => {
    const c = world.customer('install-booking-en');
    await c.say('our new Bosch dishwasher was just delivered, do you charge for installation?');
    let said = await c.say('ok please book the installation then. model SMS4HTI45, 22 Rose Street, Edinburgh EH2 2PR, phone 07700 900456');
    if (!/Let me confirm/.test(said.text)) said = await c.say('bought it last week');
    expect(said.text).toMatch(/Let me confirm/);
    expect(said.text).toMatch(/Problem: installation/);
    const filed = await c.say('yes');
    expect(filed.tools).toContain('createTicket');
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.symptom).toMatch(/installation/i);
  });
});
