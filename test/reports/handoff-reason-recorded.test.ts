/**
 * A handoff is counted under the strongest reason present in its conversation, through the real
 * bot and the manager's report: a furious repeat contact or a complaint that asks for a person is
 * anger or complaint, not "customer asked"; a danger told while waiting makes the handoff a danger
 * one; a plain request for a person stays "customer asked".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport } from '../../reports/service-report';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 180_000);
afterAll(() => world?.close());

/** The handoff counts by category of one conversation, told line by line. */
async function countsOf(ref: string, lines: string[]) {
  world.clock.advance(60_000);
  const from = world.clock.now();
  const customer = world.customer(ref);
  let mode = '';
  for (const line of lines) mode = (await customer.say(line)).mode;
  expect(mode).not.toBe('bot');
  const period = { from, to: new Date(world.clock.now().getTime() + 1000) };
  const report = buildServiceReport(await world.assistant.desk.reports.read(period), { period, now: world.clock.now(), sla: DEFAULT_SLA });
  expect(report.conversations).toBe(1);
  return Object.fromEntries(report.handoffs.byCategory.filter((c) => c.requests).map((c) => [c.category, c.requests]));
}

describe.each([
  {
    lang: 'zh',
    furious: ['这都第四次联系你们了，说好的师傅一直没上门，找个真人来'],
    complaint: ['我要正式投诉你们的售后，叫人工来处理'],
    dangerWaiting: ['请帮我转人工客服', '厨房燃气灶这边现在闻到很重的煤气味'],
    plain: ['能帮我转一下人工吗'],
  },
  {
    lang: 'en',
    furious: ["Fourth time messaging you, the technician didn't turn up again, put me through to someone"],
    complaint: ["I'd like to lodge a formal complaint about your service, connect me to an agent"],
    dangerWaiting: ['can I speak to a real person please', "there's smoke pouring out of the tumble dryer right now"],
    plain: ['can I speak to a human agent please'],
  },
])('the reason a handoff is counted under ($lang)', ({ lang, furious, complaint, dangerWaiting, plain }) => {
  it('counts a furious repeat contact asking for a person as anger or complaint', async () => {
    expect(await countsOf(`reason-furious-${lang}`, furious)).toEqual({ anger_or_complaint: 1 });
  });

  it('counts a complaint asking for a person as anger or complaint', async () => {
    expect(await countsOf(`reason-complaint-${lang}`, complaint)).toEqual({ anger_or_complaint: 1 });
  });

  it('counts a handoff whose customer reported a danger while waiting as danger', async () => {
    expect(await countsOf(`reason-danger-${lang}`, dangerWaiting)).toEqual({ danger: 1 });
  });

  it('keeps a plain request for a person as customer asked', async () => {
    expect(await countsOf(`reason-plain-${lang}`, plain)).toEqual({ customer_asked: 1 });
  });
});
