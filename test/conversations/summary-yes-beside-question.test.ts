/**
 * At the restated request, a yes in words the first reader passed over ("是的没错", "嗯嗯就这样提交",
 * "go for it") with a question after it files the ticket and answers (or says who will answer) the
 * question; the summary is never shown again unfiled. "对了" ("by the way") in front of a question is no yes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ZH_BOOKING = ['燃气灶右边的火打不着了，请安排师傅上门，电话13922223333，地址广州市天河区体育西路88号3栋1201', '型号看不清', '去年春天买的'];
const EN_BOOKING = [
  'my oven fan is grinding loudly, please send an engineer. phone 13922223333, address 88 Tiyu West Road, Tianhe District, Guangzhou, unit 1201',
  'not sure of the model',
  'got it in April 2025',
];

async function atSummary(ref: string, lines: string[]) {
  const c = world.customer(ref);
  let last = await c.say(lines[0]!);
  for (const line of lines.slice(1)) last = await c.say(line);
  expect(last.text).toMatch(/确认一下|confirm the/i);
  return c;
}

describe('a yes beside a question at the summary is filed', () => {
  it.each([['是的没错 请问上门要收费吗'], ['嗯嗯就这样提交 顺便问下师傅要带工具吗'], ['没错没错 登记吧 修的时候我得在家吗']])('files "%s" (zh)', async (line) => {
    const c = await atSummary(`w2-yesq-zh-${line}`, ZH_BOOKING);
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).toMatch(/已提交/);
    expect(said.text).not.toMatch(/回复“对”/);
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([['yeah go for it. do I pay for the parts?'], ['yes, just do it - will they need the receipt'], ['correct, lodge it. will the engineer ring first?']])('files "%s" (en)', async (line) => {
    const c = await atSummary(`w2-yesq-en-${line}`, EN_BOOKING);
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).toMatch(/Filed/);
    expect(said.text).not.toMatch(/reply "yes"/i);
    expect(await c.tickets()).toHaveLength(1);
  });

  it('"对了" in front of a question is "by the way", not a yes (zh)', async () => {
    const c = await atSummary('w2-yesq-zh-bytheway', ZH_BOOKING);
    const said = await c.say('对了 师傅修的时候要我在家吗');
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
  });
});
