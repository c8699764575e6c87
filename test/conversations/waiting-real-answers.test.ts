/**
 * A customer waiting for a person (21:30 in Shanghai, nobody at the desk) is never left with
 * "noted" when they ask something (issue 16, "waiting"): what to do meanwhile, whether it is still
 * covered, how long the repair takes, how much of a refund comes back each get their own answer;
 * the safety advice already given is pointed to in one line, not sent again; a warranty question
 * gets the warranty worked out, not the danger's advice nor the exclusions list; nothing already
 * said (a number, an answer) is sent again in full. The agent who picks the case up sees what was
 * added while waiting, questions left for them first, in the desk's own view (issue 17).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskViews } from '../../agent-desk/desk-views';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-11-24T13:30:00Z');
});
afterAll(() => world.close());

/** The bare acknowledgements: right for a statement, never the whole answer to a question. */
const ONLY_NOTED =
  /^(?:收到，这条已转给跟进您这个问题的人工客服，他们会在这里回复您。|这条也已转给人工客服，他们看到后会在这里回复您。|好的，您补充的内容人工客服都能看到，请留意这里的回复。|Got it\. I have passed this to the person handling your case; they will reply here\.|That is passed on too; the person handling your case will answer here\.|Noted: the person handling your case can see everything you add here, so watch for their reply\.)$/;
const UNANSWERED = /查不到可靠的答案|没法确认|don't have a reliable answer|isn't something I can confirm/;
const SAFETY_BLOCK = /⚠️|安全提示：|Safety first:/;
const EXCLUSIONS = /不可抗力|force majeure/;

async function waiting(ref: string, opening: string): Promise<Customer> {
  const c = world.customer(ref);
  const first = await c.say(opening);
  if (first.mode !== 'handoff_requested') expect((await c.say(/[\u4e00-\u9fff]/.test(opening) ? '转人工' : 'I want a person')).mode).toBe('handoff_requested');
  return c;
}

function answered(text: string): void {
  expect(text).not.toMatch(ONLY_NOTED);
  expect(text).not.toMatch(UNANSWERED);
}

describe('a question while waiting gets its own answer', () => {
  it('gas smell (zh): what to do meanwhile points to the advice in one line; the warranty is worked out from the date, then pointed back to', async () => {
    const c = await waiting('wait-real-gas', '家里燃气热水器那边有股煤气味');
    const meanwhile = await c.say('那我在等的时候应该做点什么？');
    answered(meanwhile.text);
    expect(meanwhile.text).toMatch(/继续按上面的安全提示/);
    expect(meanwhile.text).not.toMatch(SAFETY_BLOCK);
    expect(meanwhile.text).toMatch(/购买凭证/);

    const cover = await c.say('这台热水器是去年5月买的，现在还在保修期吗');
    answered(cover.text);
    expect(cover.text).toMatch(/2025年5月/); // the date in words, worked out
    expect(cover.text).toMatch(/已过保修期|在保修期内/);
    expect(cover.text).not.toMatch(SAFETY_BLOCK);
    expect(cover.text).not.toMatch(EXCLUSIONS);

    const again = await c.say('那还保不保修？');
    expect(again.text).toMatch(/上面已经按您说的购买时间算过/);
    expect(again.text).not.toContain('保修管的是正常使用下出现的性能故障'); // the paragraph is not sent again
  });

  it('swollen laptop battery (en): the warranty question is answered with the warranty, the advice is not repeated', async () => {
    const c = await waiting('wait-real-battery', 'my laptop battery has swollen up, the trackpad is pushed out');
    const cover = await c.say('is it covered? I bought the laptop in May');
    answered(cover.text);
    expect(cover.text).toMatch(/May 2026/);
    expect(cover.text).toMatch(/under warranty|covered/);
    expect(cover.text).not.toMatch(SAFETY_BLOCK);
    expect(cover.text).not.toMatch(EXCLUSIONS);
    // The danger named inside the question: the answer, not the advice again.
    const named = await c.say('the battery is swollen though, is that covered?');
    expect(named.text).not.toMatch(SAFETY_BLOCK);
    expect(named.text).not.toMatch(/keep following the safety advice/);
    expect(named.text).toMatch(/from the date you gave/);
    // The same number twice: said to be on the ticket, not "passed on" as news.
    await c.say('my number is 13687654321');
    const twice = await c.say('my number is 13687654321');
    expect(twice.text).toMatch(/already on ticket/);
    expect(twice.text).toContain('136****4321');
  });

  it('sparking socket (en): meanwhile keeps to the safety advice without a product tip that touches the plug', async () => {
    const c = await waiting('wait-real-socket', 'the socket behind my fridge is sparking and smells burnt');
    const meanwhile = await c.say('what should I do in the meantime?');
    answered(meanwhile.text);
    expect(meanwhile.text).toMatch(/keep following the safety advice above/i);
    expect(meanwhile.text).not.toMatch(SAFETY_BLOCK);
    expect(meanwhile.text).not.toMatch(/fridge door shut/);
  });

  it('angry repeat repair (zh): how long the repair takes and what to do in the heat are answered', async () => {
    const c = await waiting('wait-real-ac', '空调修了四次了还是不制冷，你们太差劲了！');
    const long = await c.say('这次要修多久？');
    answered(long.text);
    expect(long.text).toMatch(/工程师/);
    const hot = await c.say('这几天天这么热，我怎么办');
    answered(hot.text);
    expect(hot.text).toMatch(/停用/);
    // Asked again: one line back to it, not the lines again.
    const again = await c.say('等的这段时间我该做什么');
    answered(again.text);
    expect(again.text).toMatch(/上面已经说过/);
    expect(again.text).not.toContain('购买凭证（发票或订单截图）');
  });

  it('refund dispute (en): how much comes back is answered, and the refund rule asked again later is not sent in full', async () => {
    const c = await waiting('wait-real-refund', 'I returned the air purifier for a refund ten days ago and still nothing, this is unacceptable');
    const when = await c.say('when will my refund arrive?');
    expect(when.text).toMatch(/working day/);
    const much = await c.say('will I get the full amount back?');
    answered(much.text);
    expect(much.text).toMatch(/full/);
    await c.say('ok');
    await c.say('fine');
    const again = await c.say('when will my refund arrive?');
    expect(again.text).toMatch(/As above/);
    expect(again.text.match(/working day/g) ?? []).toHaveLength(0);
  });

  it('refund dispute (zh): a refund question asked as a status question also hears when money arrives', async () => {
    const c = await waiting('wait-real-refund-zh', '退的那台吸尘器半个月了钱还没退给我，气死了');
    const when = await c.say('我的退款什么时候能到账？');
    expect(when.text).toMatch(/工作日/);
    const much = await c.say('能全额退吗？');
    answered(much.text);
    expect(much.text).toMatch(/全部货款|全额/);
  });
});

describe('a leak told before asking for a person', () => {
  it('keeps the fault on the ticket for the desk, and "anything to do before the engineer comes?" hears to stop the leak (en)', async () => {
    const c = world.customer('wait-real-leak');
    await c.say('the water purifier is leaking under the sink');
    const handed = await c.say('I want to speak to someone');
    expect(handed.mode).toBe('handoff_requested');
    const [ticket] = await c.tickets();
    expect(ticket!.symptom).toMatch(/leak/);
    expect(ticket!.symptom).not.toMatch(/speak to someone/);
    const before = await c.say('do I need to do anything before the engineer comes?');
    answered(before.text);
    expect(before.text).toMatch(/leave it off until it is repaired/);
    expect(before.text).not.toMatch(/keep using it/);
  });
});

describe('the desk sees what was added while waiting', () => {
  it('lists a question left for the agent first, the danger, and what the bot answered, masked', async () => {
    const c = await waiting('wait-real-desk', '微波炉门边在冒火花');
    await c.say('我的电话是13511112222');
    await c.say('工程师能顺便帮我看看烤箱吗？');
    const conversationId = (await c.say('微波炉是今年3月买的，还在保修期吗')).conversationId;
    const desk = world.assistant.desk;
    const views = new DeskViews({ queue: desk.handoffQueue, conversations: desk.conversations, tickets: desk.tickets, customers: desk.customers, knowledgeTitle: () => undefined, clock: world.clock });
    const view = await views.conversation(conversationId);
    const kinds = view.whileWaiting.map((n) => n.kind);
    expect(kinds[0]).toBe('open_question');
    expect(view.whileWaiting[0]!.text).toContain('烤箱');
    expect(kinds).toContain('details');
    expect(kinds).toContain('answered');
    // Personal data stays masked in the digest as in the rest of the view.
    expect(view.whileWaiting.map((n) => n.text).join(' ')).not.toContain('13511112222');
    const item = (await views.queue()).find((q) => q.conversationId === conversationId);
    expect(item?.openQuestions).toBe(1);
  });
});
