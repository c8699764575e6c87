/**
 * A demand for someone above the desk (a supervisor, someone senior, a person who can decide; 主管、
 * 能做主的人、说了算的) is a request for a person: the conversation is handed over with the complaint
 * on the ticket, and the phone and address sent while waiting go on that ticket. A customer who
 * asked for "someone senior" after two missed visits got a complaint ticket and no handoff, then
 * "I can't help with that" for his details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('someone who can decide, asked for', () => {
  it.each([
    [
      'en',
      'The repair guy failed to come on both booked days. I am tired of canned answers, get me somebody higher up who can actually make a decision or I go to the press',
      '0412 556 781, 9 Harbour Street, Unit 4',
      /a manager to handle it/,
      /(?:now on|added to) ticket/,
    ],
    ['zh', '约了两次师傅都没上门，别再给我回模板了，叫你们说了算的人来跟我谈，不然我去网上曝光', '电话13800012345，地址南京市鼓楼区中山路8号', /由主管处理/, /记到工单/],
  ] as const)('(%s) hands over and keeps the details on the ticket', async (_lang, demand, details, heard, kept) => {
    const c = world.customer(`senior-${demand.slice(0, 12)}`);
    const first = await c.say(demand);
    expect(first.mode).toMatch(/handoff/);
    expect(first.text).toMatch(heard);
    const [ticket] = await c.tickets();
    expect(ticket).toBeDefined();
    const second = await c.say(details);
    expect(second.text).toMatch(kept);
    expect(second.text).not.toMatch(/can't help|帮不上|哪个产品|Which product/);
    const events = JSON.stringify(await world.assistant.desk.tickets.events(ticket!.id));
    expect(events).toMatch(/Customer asks for/);
  });

  it.each([
    ['en', 'my boss bought this washer last year and it now leaks from the door'],
    ['zh', '我们领导家的空调不制冷了，想报修'],
  ] as const)('(%s) someone senior only mentioned is no request for a person: %s', async (_lang, text) => {
    const c = world.customer(`senior-mention-${text.slice(0, 12)}`);
    const said = await c.say(text);
    expect(said.mode).not.toMatch(/handoff/);
  });
});
