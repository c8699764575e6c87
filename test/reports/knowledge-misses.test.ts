/**
 * Questions with no good case are stored by the real pipeline (offline brain, shipped knowledge
 * base): the wording redacted, the product as understood; a question the knowledge base answers
 * leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { sqliteOf } from '../../testing/desk';

let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 60_000);
afterAll(() => world?.close());

type Miss = { wording: string; category: string | null; brand: string | null; error_code: string | null; message_id: number | null; language: string };

/**
 * What one customer says, and the misses it left: the world is shared by the file's tests, which
 * may run in any order, so each test reads only the rows written after it began.
 */
async function sayAndReadMisses(customerId: string, text: string) {
  const before = await sqliteOf(world.assistant.desk).db.get<{ last: number | null }>('SELECT MAX(id) AS last FROM knowledge_misses');
  const said = await world.customer(customerId).say(text);
  const rows = await sqliteOf(world.assistant.desk).db.all<Miss>('SELECT wording, category, brand, error_code, message_id, language FROM knowledge_misses WHERE id > ? ORDER BY id', [
    before?.last ?? 0,
  ]);
  return { said, rows };
}

describe('knowledge misses', () => {
  it('stores nothing for a question the knowledge base answers', async () => {
    const { said, rows } = await sayAndReadMisses('answered', '格力空调显示E1，不制冷');
    expect(said.tools).toContain('searchKnowledge');
    expect(rows).toEqual([]);
  });

  it('stores an error code the knowledge base does not hold, masked, with the product and the message it came from', async () => {
    const { said, rows } = await sayAndReadMisses('unknown-code', '你好，格力空调显示Q7是什么意思，我电话13912345678');
    expect(said.tools).toContain('searchKnowledge');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ category: 'air_conditioner', brand: 'Gree', error_code: 'Q7', language: 'zh' });
    expect(rows[0]!.wording).toContain('Q7');
    expect(rows[0]!.wording).not.toContain('13912345678');
    expect(rows[0]!.message_id).toEqual(expect.any(Number));
  });
});
