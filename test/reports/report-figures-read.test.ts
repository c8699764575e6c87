/**
 * The manager's report as it reads after real conversations with the bot and a person at the
 * desk: waits under a minute are shown in seconds and longer ones in minutes and seconds; the SLA
 * table's row counts the handoffs without a ticket it measures; a request for a person or a remark
 * about the bot is no knowledge gap; every ticket is in the top faults, a ticket with no brand in
 * the group "brand not given".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportsPage } from '../../agent-desk/web/reports-page';
import type { AgentAccount } from '../../agent-desk/agent-accounts';
import { reportLines } from '../../reports/report-lines';
import { buildServiceReport, type ServiceReport } from '../../reports/service-report';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 180_000);
afterAll(() => world?.close());

async function reportSince(from: Date): Promise<ServiceReport> {
  const period = { from, to: new Date(world.clock.now().getTime() + 1000) };
  return buildServiceReport(await world.assistant.desk.reports.read(period), { period, now: world.clock.now(), sla: DEFAULT_SLA });
}

const manager = { id: 1, name: 'wang', role: 'manager', disabled: false } as unknown as AgentAccount;
const page = (report: ServiceReport, lang: 'zh' | 'en') => reportsPage({ lang, agent: manager, csrfToken: 'x', timeZone: 'Asia/Shanghai', fromDay: '2026-11-24', toDay: '2026-11-25', report });

describe.each([
  {
    lang: 'zh' as const,
    person: ['麻烦找个客服跟我说', '我想跟真人沟通一下'],
    reply: '您好，我是客服小李，请讲。',
    aboutBot: '你这个自动回复根本看不懂我说的话',
    noBrand: '家里微波炉转盘不转了也不加热，帮我转人工',
    words: { tickets: '工单', handoffs: '无工单转人工', noBrand: '未提供品牌' },
  },
  {
    lang: 'en' as const,
    person: ['please get me a customer service agent', 'I want to talk with a real human'],
    reply: 'Hello, this is Li from the service team.',
    aboutBot: 'you are a useless robot and you never understand me',
    noBrand: "my microwave is broken, it won't warm anything up, I want it repaired, get me an agent",
    words: { tickets: 'Tickets', handoffs: 'Handoffs without a ticket', noBrand: 'brand not given' },
  },
])('the manager report read ($lang)', ({ lang, person, reply, aboutBot, noBrand, words }) => {
  it('shows short waits in seconds, counts the handoffs of its SLA row, lists no request for a person as a gap, and every ticket in top faults', async () => {
    world.clock.advance(3_600_000);
    const from = world.clock.now();
    // Two requests for a person, answered 40 s and 100 s after they were made.
    for (const [i, line] of person.entries()) {
      const turn = await world.customer(`figures-${lang}-${i}`).say(line);
      expect(turn.mode).toBe('handoff_requested');
      world.clock.advance(i === 0 ? 10_000 : 70_000);
      await world.assistant.handoffs.agentReply(turn.conversationId, 'web-desk:li', reply);
    }
    const bot = await world.customer(`figures-${lang}-bot`).say(aboutBot);
    expect(bot.text).toBeTruthy();
    const filed = await world.customer(`figures-${lang}-nobrand`).say(noBrand);
    expect(filed.ticket).toBeDefined();

    const report = await reportSince(from);
    const lines = reportLines(report);
    const line = (item: RegExp) => lines.find((l) => item.test(l.item))!;

    // Waits of 40 s and 100 s: the median is the lower middle (40 s), p90 the longer one.
    expect(report.firstResponse.n).toBe(2);
    expect(line(/^First response.*median/).value).toBe('40 s');
    expect(line(/^First response.*p90/).value).toBe('1 min 40 s');
    const html = page(report, lang);
    // The page names its units in its own language (the plain-text lines above stay English).
    const [median, p90] = lang === 'zh' ? ['40 秒', '1 分钟 40 秒'] : ['40 s', '1 min 40 s'];
    expect(html).toContain(`data-figure="first-response"><th>${lang === 'zh' ? '首次响应' : 'First response'}</th><td class="median">${median}</td><td class="p90">${p90}<`);

    // The tier of the two ticketless handoffs: its row says what it counts.
    const tier = report.sla.tiers.find((t) => t.handoffs === 2)!;
    expect(tier.firstResponse.met).toBe(2);
    expect(line(new RegExp(`^${tier.priority}: handoffs without a ticket`)).count).toBe(2);
    const row = html.match(new RegExp(`<tr data-tier="${tier.priority}">[\\s\\S]*?</tr>`))![0];
    expect(row).toContain(`<td class="tickets">${tier.tickets}</td><td class="handoffs">2</td>`);
    expect(row).toContain('(2/2)');
    expect(html).toContain(`<th>${words.tickets}</th><th>${words.handoffs}</th>`);

    // No gap from a request for a person or a remark about the bot.
    expect(report.knowledgeGaps).toEqual([]);

    // The microwave with no brand given is in the top faults, in its own group.
    const group = report.topFaults.find((g) => g.category === 'microwave' && !g.brand);
    expect(group?.tickets).toBe(1);
    expect(html).toContain(words.noBrand);
    expect(lines.some((l) => l.section.startsWith('Top faults') && /brand not given/.test(l.item) && l.count === 1)).toBe(true);
  });
});
