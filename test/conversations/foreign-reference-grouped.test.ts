/**
 * A reference number in someone else's grouped format ("ref no. QX-2025-77310", "job KTR-88213-B")
 * is said plainly to be none of ours, with the phone lookup offered, in English as in Chinese;
 * before, the English customer was asked for the ticket number again or told "I can't help".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a grouped reference number of another format', () => {
  it.each([
    ['en', 'can you check on my repair? ref no. QX-2025-77310', 'QX-2025-77310'],
    ['en', 'where is my job? job number KTR-88213-B', 'KTR-88213-B'],
    ['en', 'any news on case #2026/88310 please', '2026/88310'],
    ['zh', '帮我查下工单号 GD-2026-03318 到哪一步了', 'GD-2026-03318'],
    ['zh', '维修单号是 HX-77120-A，师傅什么时候来', 'HX-77120-A'],
  ])('not ours, said plainly, phone lookup offered (%s): %s', async (_lang, line, number) => {
    const said = await world.customer(`grouped-${line}`).say(line);
    expect(said.text).toContain(number);
    expect(said.text).toMatch(/isn't one of our|不是我们/);
    expect(said.text).toMatch(/mobile number|手机号/);
    expect(said.text).not.toMatch(/can't help with that|I handle after-sales/);
  });

  it.each([
    ['en', 'my washer XQG100-1408 needs repair, it will not drain'],
    ['zh', '洗衣机型号XQG100-1408，不排水了要报修'],
  ])('a model number in groups is no reference (%s)', async (_lang, line) => {
    const said = await world.customer(`model-${line}`).say(line);
    expect(said.text).not.toMatch(/isn't one of our|不是我们售后工单/);
  });
});
