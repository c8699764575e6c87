/**
 * Round 17: at the restated request, a clear yes with a question beside it ("对对，没问题，哪天能来？",
 * "yep, all correct - when can they come?") files the ticket and answers the question; a question
 * alone, or an acknowledgement that only opens one, still leaves the summary waiting for its yes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ZH_BOOKING = ['油烟机吸力变得很小，麻烦派师傅来看看，电话13811112222，地址上海市徐汇区漕溪北路100弄5号602', '型号记不得了', '前年买的'];
const EN_BOOKING = [
  'my dishwasher leaves the plates dirty, please send a technician. phone 13811112222, address 100 Caoxi North Road, Xuhui District, Shanghai, flat 602',
  'no idea of the model',
  'bought it in March 2025',
];

async function atSummary(ref: string, lines: string[]) {
  const c = world.customer(ref);
  let last = await c.say(lines[0]!);
  for (const line of lines.slice(1)) last = await c.say(line);
  expect(last.text).toMatch(/确认一下|confirm the/i);
  return c;
}

describe('a yes with a question at the summary', () => {
  it.each([
    ['对对，没问题，师傅哪天能来？', /工程师|电话/],
    ['是的 都对 提交吧 大概几号能上门', /工程师|电话/],
    ['确认无误。那师傅要多久才到呢', /工程师|电话/],
  ])('files and answers "%s" (zh)', async (line, answer) => {
    const c = await atSummary(`r17-yesq-zh-${line}`, ZH_BOOKING);
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).toMatch(/已提交/);
    expect(said.text).toMatch(answer);
    expect(said.text).not.toMatch(/没有确切资料/);
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([['yep that is all correct - how soon can someone get here?'], ['yes yes, confirmed. when will the technician come?'], ["that's right, go ahead... what day can they come out?"]])(
    'files and answers "%s" (en)',
    async (line) => {
      const c = await atSummary(`r17-yesq-en-${line}`, EN_BOOKING);
      const said = await c.say(line);
      expect(said.tools).toContain('createTicket');
      expect(said.text).toMatch(/Filed/);
      expect(said.text).toMatch(/call/i);
      expect(await c.tickets()).toHaveLength(1);
    },
  );

  it.each([
    ['zh', ZH_BOOKING, '师傅哪天能来？'],
    ['zh', ZH_BOOKING, '好的，师傅来之前会先打电话吗？'],
    ['en', EN_BOOKING, 'when can the technician come?'],
    ['en', EN_BOOKING, "ok, so they'll ring before coming, right?"],
  ])('a question alone is answered and nothing is filed (%s: $2)', async (_lang, lines, line) => {
    const c = await atSummary(`r17-onlyq-${line}`, lines);
    const said = await c.say(line);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).toMatch(/回复“对”|reply "yes"/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});
