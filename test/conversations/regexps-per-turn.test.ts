/**
 * Per-turn cost: a turn of the offline brain does not rebuild its fixed patterns. Patterns built
 * inside functions that run every turn (the parts said to work, the offer on the table, the money
 * in a reply, the surname list...) cost up to 1.6 ms a turn; they are built once per module now.
 * What may still be built per turn depends on the message itself: a name once found (to find it
 * again) and an error code said not to show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRegExpsBuilt } from '../../testing/regexp-builds';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The most RegExp objects any one turn may build: a name found (2) and a code taken back (1). */
const MOST_PER_TURN = 3;

describe('a turn builds no fixed pattern again', () => {
  it.each([
    ['zh', ['我们家的西门子冰箱保鲜室一点都不冷', '不过下面冻肉那层还是冻得邦邦硬', '联系人写赵先生，电话13700001111', '行，安排吧']],
    ['zh', ['燃气灶打不着火', '电池刚换过，点火针也擦了', '保修期还有吗？去年双十一买的', '上门要收多少钱']],
    ['en', ['the top compartment of my fridge is warm', 'but the freezer below is freezing everything solid', 'contact name is Ms. Lopez, number 13600002222', 'sure, go ahead']],
    ['en', ['my dryer keeps stopping halfway', 'the drum spins okay and the display lights up', 'how much would a repair cost me', 'no thanks, not now']],
  ])('a whole conversation (%s)', async (lang, lines) => {
    const c = world.customer(`regexps-${lang}-${lines[0]}`);
    const perTurn: number[] = [];
    for (const line of lines) {
      let said = '';
      perTurn.push(
        await countRegExpsBuilt(async () => {
          said = (await c.say(line)).text;
        }),
      );
      expect(said).not.toBe('');
    }
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(MOST_PER_TURN);
  });
});
