/**
 * How a turn reads the message around storing it (bot/pipeline.ts): the rules read it while the
 * inbound COMMIT is on its way to the disk, with the customer's open tickets read in the same unit
 * as the message; a read that fails there fails the turn (an apology), never the storing of the
 * message. Real SQLite, the shipped knowledge base and the offline brain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../bot/phrases';
import { openWorld, type World } from '../helpers/world';
import { repairTicket } from '../helpers/desk';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('reading the message around storing it', () => {
  it('understands the message after its COMMIT is handed to SQLite and before that COMMIT is answered', async () => {
    const { desk, understanding } = world.assistant;
    const events: string[] = [];
    const exec = desk.db.exec.bind(desk.db);
    desk.db.exec = async (sql) => {
      const statement = sql.split(' ')[0]!;
      events.push(`${statement} sent`);
      await exec(sql);
      events.push(`${statement} done`);
    };
    const understand = understanding.understand.bind(understanding);
    understanding.understand = (...args) => {
      events.push('understood');
      return understand(...args);
    };

    const said = await world.customer('order-1').say('格力空调开机显示E1，不制冷');
    desk.db.exec = exec;
    understanding.understand = understand;

    expect(said.understanding?.intent).toBe('fault_report');
    // The first unit stores the customer and the message; the second the reply and the state.
    expect(events).toEqual(['BEGIN sent', 'BEGIN done', 'COMMIT sent', 'understood', 'COMMIT done', 'BEGIN sent', 'BEGIN done', 'COMMIT sent', 'COMMIT done']);
  });

  it('counts the open tickets of a returning customer, read in the same unit as the message', async () => {
    const { desk } = world.assistant;
    const customer = await desk.customers.resolve({ channel: 'web', externalId: 'returning-1' });
    await desk.tickets.create(repairTicket(customer.id), { actor: 'bot' });

    const said = await world.customer('returning-1').say('空调不制冷了');

    expect(said.understanding?.reasons.join('\n')).toMatch(/Repeated contact .*\(1 earlier contact\)/);
    const first = await world.customer('first-time-1').say('空调不制冷了');
    expect(first.understanding?.reasons.join('\n')).not.toMatch(/Repeated contact/);
  });

  it('apologises when the open tickets cannot be read, with the message kept', async () => {
    const { desk } = world.assistant;
    await desk.customers.resolve({ channel: 'web', externalId: 'unlucky-1' });
    const list = desk.tickets.list.bind(desk.tickets);
    desk.tickets.list = async () => {
      desk.tickets.list = list;
      throw new Error('disk read failed');
    };

    const said = await world.customer('unlucky-1').say('洗衣机显示E21，不排水');

    expect(said.text).toContain(say('apology', 'zh'));
    expect(said.mode).toBe('handoff_requested');
    const history = await desk.conversations.history(said.conversationId);
    expect(history.map((m) => [m.direction, m.text])).toEqual([
      ['in', '洗衣机显示E21，不排水'],
      ['out', say('apology', 'zh')],
    ]);
  });
});
