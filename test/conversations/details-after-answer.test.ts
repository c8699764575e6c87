/**
 * After a first answer the customer says what the product really does ("now the picture's gone too",
 * "室外机全是冰"). Those are new symptom words, not a report that the steps failed: they are matched
 * again with the product known and the better case answered, or, when nothing fits, said honestly
 * with the visit offered; never "if the steps above still don't fix it". Wordings are our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const chat = (...lines: string[]): Promise<string[]> => world.customer(`details-after-${++n}`).sayAll(...lines);
const STEPS_ABOVE = /按上面的方法试过还是不行，回复|If the steps above still don't fix it/;

describe('new symptom words after a first answer', () => {
  it.each([
    ['zh', '电视没有声音了', '现在连画面也没了，只剩黑屏', /有声音没图像/],
    ['zh', '电视没声了', '刚发现屏幕是黑的，但是能听到一点声音', /有声音没图像/],
    ['en', 'the TV has no sound', 'now the screen is black too and it says no signal', /black screen|no signal/],
    ['en', 'my TV keeps losing sound', 'actually the screen goes dark but I can still hear it', /sound but a black screen/],
  ])('find the case that fits them (%s: %s / %s)', async (_lang, first, details, title) => {
    const [, reply] = await chat(first, details);
    expect(reply).not.toMatch(STEPS_ABOVE);
    expect(reply).toMatch(title);
  });

  it.each([
    ['zh', '空调开制热没效果', '室外机上挂满了冰，出来的风是凉的'],
    ['en', 'the AC is not heating the room', 'there is a thick layer of ice on the outside unit and the air coming out is cool'],
  ])('that fit no better case: said honestly, with a visit offered (%s)', async (_lang, first, details) => {
    const [, reply] = await chat(first, details);
    expect(reply).not.toMatch(STEPS_ABOVE);
    expect(reply).not.toMatch(/三包|warranty|covered for/i);
    expect(reply).toMatch(/工程师上门|engineer visit|engineer/);
  });

  it.each([
    ['zh', '电视没有声音了', '好的，晚上回家试试'],
    ['en', 'the TV has no sound', "ok I'll try that tonight"],
  ])('an "ok, later" is no new symptom: the answer stands (%s)', async (_lang, first, later) => {
    const [, reply] = await chat(first, later);
    expect(reply).not.toMatch(/这个情况一般是|This is usually|没有对得上|no fix that matches/);
  });
});
