/**
 * The product is said back in a word the customer used or one every customer understands: 烘干机
 * (not 干衣机, which fewer people say), 烤面包机 (not 多士炉).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the product said back in a common word', () => {
  it.each([
    ['烘干机有点问题', /烘干机/, /干衣机/],
    ['我家烘干机不太对劲', /烘干机/, /干衣机/],
    ['烤面包机出了点问题', /烤面包机/, /多士炉/],
    ['吐司机最近不太正常', /烤面包机|吐司机/, /多士炉/],
  ])('(zh: %s)', async (line, said, never) => {
    const reply = await world.customer(`word-${line}`).say(line);
    expect(reply.text).toMatch(said);
    expect(reply.text).not.toMatch(never);
  });

  it.each([
    ['my tumble dryer has a problem', /dryer/],
    ['something is wrong with the pop-up toaster', /toaster/],
  ])('(en: %s)', async (line, said) => {
    const reply = await world.customer(`word-${line}`).say(line);
    expect(reply.text).toMatch(said);
  });
});
