import { describe, expect, it } from 'vitest';
import { describeDeskPostsContract } from '../contracts/stores/desk-posts.contract';
import { openPostgresGroup, openSqliteGroup } from '../helpers/outbox-group-desks';

describeDeskPostsContract('SQLite', openSqliteGroup);
describeDeskPostsContract('PostgreSQL', () => openPostgresGroup());

describe('desk posts on PostgreSQL with several instances', () => {
  it('keeps one row per item with the first start and the confirmation, however two instances interleave', async () => {
    const a = await openPostgresGroup();
    const b = await openPostgresGroup(a.url);
    try {
      const ids: number[] = [];
      for (let i = 0; i < 20; i++) ids.push((await a.outbox.enqueue({ destination: 'slack', kind: 'x', payload: { i } }))!);
      const early = new Date('2026-11-24T01:00:00.000Z');
      const late = new Date('2026-11-24T01:00:05.000Z');
      await Promise.all(ids.flatMap((id) => [a.deskPosts.begin(id, early), b.deskPosts.begin(id, late), a.deskPosts.confirm(id, 'C1', `${id}.1`, late)]));
      for (const id of ids) {
        const post = await b.deskPosts.get(id);
        // Whichever came first set the start; the confirmation is never lost to a later begin.
        expect(post).toMatchObject({ outboxId: id, channelId: 'C1', ts: `${id}.1` });
        expect([early.toISOString(), late.toISOString()]).toContain(post!.startedAt);
      }
    } finally {
      await b.close();
      await a.close();
    }
  });
});
