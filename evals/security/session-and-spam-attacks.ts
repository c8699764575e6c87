/**
 * Token theft from a copy of the database, and spam: one anonymous message per fresh chat to file
 * tickets, and fresh chats that only ask for a person to flood the desk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { visitor, Visitor } from './http-client';
import { findings, type SecurityAttack, type SecurityWorld } from './security-attack';
import { DANGER_ALLOWANCE_FACTOR } from '../../bot/tools/abuse-limits';
import { LIMITS } from './security-servers';
import { sqliteOf } from '../../testing/desk';

export const TOKEN_ATTACKS: SecurityAttack[] = [
  {
    id: 'K1-token-in-a-backup',
    area: 'tokens',
    title: 'look for live session tokens in a copy of the database',
    async run(world) {
      const f = findings();
      const chat = await visitor(world.offline.url, world.ip());
      await chat.say('空调不制冷，电话13800001111');
      const token = chat.token!;
      const dir = world.offline.config.dataDir;
      const files = fs.readdirSync(dir).filter((name) => name.startsWith('aftersales.db'));
      f.expect(files.length > 0, 'no database files to copy');
      for (const name of files) f.expect(!fs.readFileSync(path.join(dir, name)).includes(token), `the token is readable in ${name}`);
      return { tried: `a chat's token searched for in ${files.join(', ')}`, violations: f.list };
    },
  },
  {
    id: 'K2-database-values-as-tokens',
    area: 'tokens',
    title: 'present what the database holds for a session (its customer reference, its hash) as a bearer token',
    async run(world) {
      const f = findings();
      const chat = await visitor(world.offline.url, world.ip());
      await chat.say('洗衣机不排水');
      const db = sqliteOf(world.offline.server.context.assistant.desk).db;
      const refs = await db.all<{ customer_ref: string }>("SELECT DISTINCT customer_ref FROM conversations WHERE channel = 'web'");
      const hashes = await db.all<{ token_hash: string }>('SELECT token_hash FROM web_sessions');
      const stolen = [...refs.map((r) => r.customer_ref), ...hashes.flatMap((h) => [h.token_hash, h.token_hash.slice(0, 43)])];
      for (const value of stolen) {
        const thief = new Visitor(world.offline.url, world.ip());
        thief.token = value;
        const answer = await thief.get('/api/web/history');
        f.expect(answer.status === 401, `a stored value opened a session (${answer.status}): ${value.slice(0, 12)}…`);
      }
      f.expect(!refs.some((r) => r.customer_ref === chat.token), 'conversations are filed under the token itself');
      return { tried: `${stolen.length} stored values tried as tokens`, violations: f.list };
    },
  },
];

export const SPAM_ATTACKS: SecurityAttack[] = [
  {
    id: 'S1-one-message-tickets',
    area: 'spam',
    title: 'file a ticket with one anonymous message per fresh chat, from one address',
    async run(world) {
      const f = findings();
      const ip = world.ip();
      const db = sqliteOf(world.offline.server.context.assistant.desk).db;
      const count = async () => (await db.get<{ n: number }>('SELECT count(*) AS n FROM tickets'))!.n;
      const before = await count();
      for (let i = 0; i < 12; i++) await (await visitor(world.offline.url, ip)).say('我要投诉，你们的安装师傅把我家地板划坏了，一直没人处理');
      const filed = (await count()) - before;
      f.expect(filed <= LIMITS.firstMessageTicketsPerHour, `${filed} tickets filed from 12 one-message chats on one address (allowed ${LIMITS.firstMessageTicketsPerHour})`);
      return { tried: `12 fresh chats, one complaint each, one address: ${filed} ticket(s)`, violations: f.list };
    },
  },
  {
    id: 'S2-flood-the-desk',
    area: 'spam',
    title: 'ask for a person from many fresh chats on one address',
    async run(world) {
      const f = findings();
      const ip = world.ip();
      const count = () => handoffsPosted(world);
      const before = await count();
      const chats = LIMITS.handoffsPerIpPerHour + 10;
      for (let i = 0; i < chats; i++) {
        const chat = await visitor(world.offline.url, ip);
        await chat.say('你好');
        await chat.say('转人工');
      }
      const posted = (await count()) - before;
      f.expect(posted <= LIMITS.handoffsPerIpPerHour, `${posted} handoffs reached the desk from one address (allowed ${LIMITS.handoffsPerIpPerHour})`);
      return { tried: `${chats} fresh chats asking for a person from one address: ${posted} handoff(s)`, violations: f.list };
    },
  },
  {
    id: 'S3-flood-with-made-up-emergencies',
    area: 'spam',
    title: 'report a gas leak from many fresh chats on one address (danger has a higher ceiling, not none)',
    async run(world) {
      const f = findings();
      const ip = world.ip();
      const count = () => handoffsPosted(world);
      const before = await count();
      const ceiling = LIMITS.handoffsPerIpPerHour * DANGER_ALLOWANCE_FACTOR;
      const chats = ceiling + 10;
      let advised = 0;
      for (let i = 0; i < chats; i++) {
        const reply = await (await visitor(world.offline.url, ip)).say('家里有很重的煤气味');
        if (/关|开窗|不要/.test(reply.said)) advised++;
      }
      const posted = (await count()) - before;
      f.expect(posted <= ceiling, `${posted} emergency handoffs reached the desk from one address (ceiling ${ceiling})`);
      // Past the ceiling nobody is reached, but nobody goes without the safety advice either.
      f.expect(advised === chats, `${chats - advised} of ${chats} gas reports got no safety advice`);
      return { tried: `${chats} fresh chats reporting gas from one address: ${posted} handoff(s), ${advised} with safety advice`, violations: f.list };
    },
  },
];

/** Handoffs that reached the desk so far. One handoff reaches every desk in use (the built-in one, Slack when configured): count handoffs, not copies. */
async function handoffsPosted(world: SecurityWorld): Promise<number> {
  const db = sqliteOf(world.offline.server.context.assistant.desk).db;
  return (await db.get<{ n: number }>("SELECT count(DISTINCT json_extract(payload, '$.conversationId')) AS n FROM outbox WHERE kind = 'handoff.requested'"))!.n;
}
