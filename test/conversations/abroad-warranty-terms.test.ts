/**
 * The warranty periods come from China's "three guarantees" rules. A customer abroad hears them as
 * the terms we apply, not as their law, and once in the conversation that local consumer law and
 * the brand's local warranty may give more, which the seller or local service partner confirms.
 * In mainland China, and for a Chinese customer whose country is unknown, nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const AS_LAW_EN = /China's national "three guarantees" warranty rules|statutory/;
const LOCAL_NOTE_EN = /local consumer law and the brand's local warranty may give you more; the seller or the local service partner confirms it/g;
const LOCAL_NOTE_ZH = /所在地的消费者保护法律和品牌在当地的保修可能给您更多保障/g;

describe('warranty terms for a customer abroad (en)', () => {
  it.each([
    ["I'm in Dubai - what's the guarantee period on a washing machine?", /1 year/],
    ['we live in Berlin, how many years is a fridge compressor covered for?', /3 years/],
    ['hello from Lagos. how long does the warranty on an air conditioner last?', /1 year/],
  ])('the periods stay, said as our terms, with the local-law note: %s', async (line, period) => {
    const said = await world.customer(`terms-en-${line}`).say(line);
    expect(said.text).toMatch(period);
    expect(said.text).toMatch(/warranty terms we apply/);
    expect(said.text).toMatch(LOCAL_NOTE_EN);
    expect(said.text).not.toMatch(AS_LAW_EN);
  });

  it('the local-law note is said once in a conversation, not on every warranty reply', async () => {
    const c = world.customer('terms-en-once');
    const replies = await c.sayAll(
      "we're based in Johannesburg. how long is a fridge covered?",
      'my air conditioner was bought in May 2025, is it still under warranty?',
      'and the compressor, how long is that one covered?',
    );
    expect(replies.join('\n').match(LOCAL_NOTE_EN)).toHaveLength(1);
    for (const reply of replies) expect(reply).not.toMatch(AS_LAW_EN);
  });

  it('English with the country unknown is unchanged', async () => {
    const said = await world.customer('terms-en-unknown').say('how long is the warranty on a fridge?');
    expect(said.text).toMatch(/three guarantees/);
    expect(said.text).not.toMatch(LOCAL_NOTE_EN);
  });
});

describe('warranty terms for a customer abroad (zh)', () => {
  it.each([
    ['我人在温哥华，冰箱保修几年', /1年/],
    ['我们住在新加坡，洗衣机电机保几年', /3年/],
  ])('%s', async (line, period) => {
    const said = await world.customer(`terms-zh-${line}`).say(line);
    expect(said.text).toMatch(period);
    expect(said.text).toMatch(/我们执行的保修条款/);
    expect(said.text).toMatch(LOCAL_NOTE_ZH);
    expect(said.text).not.toMatch(/国家三包规定|按三包规定/);
  });

  it('once in a conversation (zh)', async () => {
    const replies = await world.customer('terms-zh-once').sayAll('我家在悉尼，空调保修多久', '压缩机保几年');
    expect(replies.join('\n').match(LOCAL_NOTE_ZH)).toHaveLength(1);
  });

  it.each(['冰箱保修几年', '我在广州，洗衣机电机保几年'])('mainland or unknown in Chinese is unchanged: %s', async (line) => {
    const said = await world.customer(`terms-zh-cn-${line}`).say(line);
    expect(said.text).toMatch(/三包规定/);
    expect(said.text).not.toMatch(/我们执行的保修条款|当地/);
  });
});
