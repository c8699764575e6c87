/**
 * A colloquial yes at the restated request, with thanks beside it (issue 16): the northern "对着嘞",
 * the British "spot on" were not read as a yes, the thanks beside them was read as a goodbye, and
 * the booking ended with "you're welcome" and no ticket. Both must file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING = {
  zh: ['美的洗碗机洗完碗底下积了一摊水，麻烦报修', '型号WQP12-7602，电话13711112222，地址南京市鼓楼区中山北路30号5栋201', '前年冬天买的'],
  en: ['my Hisense fridge freezer is frosting up inside, please book a repair', 'model RB390N4, phone 13711113333, address 8 Mill Lane, Bristol', 'bought it in March last year'],
};
const SUMMARY = { zh: /跟您确认一下报修信息/, en: /Let me confirm the repair request/ };
const FILED = { zh: /已提交|工单号/, en: /Filed: ticket/ };

describe('a colloquial yes with thanks at the summary files the request', () => {
  it.each([
    ['zh', '都对着嘞 麻烦你了'],
    ['zh', '对着哩，谢谢'],
    ['en', 'spot on, cheers'],
    ['en', "bang on thanks, that's the one"],
  ] as const)('(%s) "%s"', async (lang, yes) => {
    const c = world.customer(`colloquial-yes-${lang}-${yes}`);
    let said = await c.say(BOOKING[lang][0]!);
    for (const line of BOOKING[lang].slice(1)) said = await c.say(line);
    expect(said.text).toMatch(SUMMARY[lang]);
    said = await c.say(yes);
    expect(said.text).toMatch(FILED[lang]);
    expect(said.tools).toContain('createTicket');
    expect(await c.tickets()).toHaveLength(1);
  });
});
