/**
 * The status of a ticket speaks of who actually acts next (playtest round 17): a ticket handed to a
 * person, a complaint, a return or exchange, or a repair of something carried to a service centre
 * is picked up by our customer-service staff, never "the engineer will contact you"; an engineer
 * calls first only for a repair visit. A ticket nobody has picked up is given no time it will be
 * done by, only the time someone will be in touch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewTicket } from '../../tickets/ticket';
import { repairTicket } from '../../testing/desk';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** A web customer with one ticket of their own, filed as given (the desk has not touched it). */
async function holding(ref: string, ticket: Partial<NewTicket>): Promise<Customer> {
  const id = (await world.assistant.desk.customers.resolve({ channel: 'web', externalId: ref })).id;
  await world.assistant.desk.tickets.create(repairTicket(id, { errorCode: undefined, model: undefined, brand: undefined, ...ticket }), { actor: 'bot' });
  return world.customer(ref);
}

const ENGINEER = /工程师|师傅|engineer|technician/i;
const DONE_BY = /预计 .+ 前处理完|expected to be done by/;

describe('a ticket nobody has picked up yet: who will be in touch', () => {
  it.each([
    ['zh', 'earbuds handed to a person', { category: 'earphones', intent: 'human_request', symptom: '耳机：右边耳机充不进电' }, '我那个单子现在到哪一步了？', /客服/],
    ['en', 'earbuds handed to a person', { category: 'earphones', intent: 'human_request', symptom: 'earbuds: the left bud will not pair' }, 'any news on my ticket?', /customer-service person/],
    ['zh', 'a complaint', { type: 'complaint', category: undefined, intent: 'complaint', symptom: '投诉：客服电话一直打不通' }, '帮我查查工单进度', /客服专员[\s\S]*投诉/],
    [
      'en',
      'a complaint',
      { type: 'complaint', category: undefined, intent: 'complaint', symptom: 'complaint: the hotline kept hanging up on me' },
      'any update on my complaint ticket?',
      /customer-service person[\s\S]*complaint/,
    ],
    ['zh', 'a return', { type: 'warranty_claim', category: 'kettle', intent: 'consultation', symptom: '退换货申请：电水壶烧水有异味' }, '查一下我的工单进度到哪了', /售后客服[\s\S]*退换货/],
    [
      'en',
      'an exchange',
      { type: 'warranty_claim', category: 'smartwatch', intent: 'consultation', symptom: 'return/exchange: the watch screen flickers' },
      'check my ticket status please',
      /after-sales staff[\s\S]*exchange/,
    ],
    ['zh', 'a washer handed to a person', { category: 'washing_machine', intent: 'human_request', symptom: '洗衣机：转人工' }, '查询一下工单状态', /人工客服/],
    ['en', 'a fridge handed to a person', { category: 'fridge', intent: 'human_request', symptom: 'fridge: wants a person' }, 'can you check the status of my ticket', /customer-service person/],
  ])('%s: %s', async (_lang, what, ticket, ask, who) => {
    const c = await holding(`r17-status-${what}-${ask}`, ticket as Partial<NewTicket>);
    const said = await c.say(ask);
    expect(said.text).toMatch(/AS-/);
    expect(said.text).toMatch(who);
    expect(said.text).not.toMatch(ENGINEER);
    expect(said.text).not.toMatch(DONE_BY);
  });

  it.each([
    ['zh', '我的维修工单进度怎么样了', /工程师会在 .+ 前给您打电话约上门时间/],
    ['en', "what's the status of my repair ticket?", /engineer will call you by .+ to arrange the visit/],
  ])('a repair visit still says the engineer calls to arrange it (%s)', async (_lang, ask, engineer) => {
    const c = await holding(`r17-status-visit-${ask}`, { category: 'air_conditioner', intent: 'repair_request', symptom: '空调不制冷' });
    const said = await c.say(ask);
    expect(said.text).toMatch(engineer);
    expect(said.text).not.toMatch(DONE_BY);
  });
});
