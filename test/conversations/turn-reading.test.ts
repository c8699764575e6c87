/**
 * How a turn runs around storing its message (bot/pipeline.ts): the turn starts while the
 * inbound COMMIT is on its way to the disk (reading the message and searching the knowledge base
 * overlap that fsync), and nothing changes before the message is stored: a write waits for it, and
 * never happens when the message could not be stored. The customer's open tickets are read in the
 * same unit as the message; a read that fails there fails the turn (an apology), never the storing
 * of the message. Real SQLite, the shipped knowledge base and the offline brain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../bot/phrases';
import { openWorld, type World } from '../../testing/world';
import { repairTicket, sqliteOf } from '../../testing/desk';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('reading the message around storing it', () => {
  it("reads and searches after the message's COMMIT is handed to SQLite and before that COMMIT is answered", async () => {
    const { desk, understanding, knowledge } = world.assistant;
    const events: string[] = [];
    const exec = sqliteOf(desk).db.exec.bind(sqliteOf(desk).db);
    sqliteOf(desk).db.exec = async (sql) => {
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
    const search = knowledge.search.bind(knowledge);
    knowledge.search = (...args) => {
      events.push('searched');
      return search(...args);
    };

    const said = await world.customer('order-1').say('格力空调开机显示E1，不制冷');
    sqliteOf(desk).db.exec = exec;
    understanding.understand = understand;
    knowledge.search = search;

    expect(said.understanding?.intent).toBe('fault_report');
    expect(said.tools).toEqual(['searchKnowledge']);
    // The first unit stores the customer and the message; the second the reply and the state.
    expect(events).toEqual(['BEGIN sent', 'BEGIN done', 'COMMIT sent', 'understood', 'searched', 'COMMIT done', 'BEGIN sent', 'BEGIN done', 'COMMIT sent', 'COMMIT done']);
  });

  it("files nothing when the message cannot be stored: the turn's writes wait for it and fail with it", async () => {
    const { desk } = world.assistant;
    const shock = world.customer('unstored-1');
    await shock.say('热水器最近有点问题');
    const before = { tickets: await shock.tickets(), outbox: await desk.outbox.pendingCount() };
    const exec = sqliteOf(desk).db.exec.bind(sqliteOf(desk).db);
    let commits = 0;
    sqliteOf(desk).db.exec = async (sql) => {
      // The disk refuses the COMMIT that would store the message (SQLite then rolls the unit back).
      if (sql === 'COMMIT' && commits++ === 0) throw new Error('disk I/O error');
      return exec(sql);
    };

    // Danger files a P1 ticket and hands off in this very turn, unless the message is not stored.
    await expect(shock.say('热水器漏电了，洗澡的时候手麻了一下')).rejects.toThrow('disk I/O error');
    sqliteOf(desk).db.exec = exec;

    expect(await shock.tickets()).toEqual(before.tickets);
    expect(await desk.outbox.pendingCount()).toBe(before.outbox);
    // Stored, the same message is answered: P1 ticket and handoff.
    const again = await shock.say('热水器漏电了，洗澡的时候手麻了一下');
    expect(again.mode).toBe('handoff_requested');
    expect((await shock.tickets())[0]).toMatchObject({ priority: 'P1' });
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
