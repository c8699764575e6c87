/**
 * The customer's wish read right (issue 16, session 10), whole conversations through the offline
 * assistant: a routine-care question is answered as care (or honestly not), never with a fault case
 * for another topic; damage our own people did is a complaint heard and filed, never the fault
 * questions; a booked visit is moved or called off on its ticket; a neighbour's or landlord's
 * complaint passed on is the customer's problem with the product, never an angry handoff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World, type Customer } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The fault questionnaire and the repair form: wrong for a care question or a damage complaint. */
const FAULT_QUESTIONS = /型号|什么问题|哪种产品|试过之后好了吗|model|what'?s the (?:problem|fault)|which appliance|did that fix it/i;
const HANDED_AS_ANGRY = /添了这么多麻烦|请人工客服专门跟进|truly sorry for all the trouble|getting a person to handle this/i;

describe('a routine-care question is answered as care', () => {
  it.each([
    ['zh', '直冷冰箱冷冻室多久需要除一次霜？', /除霜|化霜/],
    ['zh', '洗碗机的过滤网需不需要定期清洗', /过滤网|滤网/],
    ['en', 'Do I need to descale my kettle regularly?', /descal|scale/i],
    ['en', 'how often should I flush the tank of my electric water heater', /drain|flush/i],
    ['zh', '电热水器要不要每年排一次污', /排污|放水/],
  ])('from the care entry for that task (%s: %s)', async (_lang, line, task) => {
    const r = await world.customer(`care-${line}`).say(line);
    expect(r.text).toMatch(task);
    // Never the anode-rod text for a drain question, nor the fault questions.
    expect(r.text).not.toMatch(/镁棒|anode/i);
    expect(r.text).not.toMatch(FAULT_QUESTIONS);
  });

  it.each([
    ['zh', '电视屏幕要多久清洁一次', /说明书/],
    ['en', 'How often should I clean my TV screen?', /manual/i],
  ])('with no care entry: honestly not, with the manual and a person (%s)', async (_lang, line, manual) => {
    const r = await world.customer(`care-none-${line}`).say(line);
    expect(r.text).toMatch(manual);
    expect(r.text).toMatch(/转人工|human/);
    expect(r.text).not.toMatch(FAULT_QUESTIONS);
  });
});

describe('damage our people did is a complaint, not a fault', () => {
  it.each([
    ['zh', '装热水器的师傅打孔把我家卫生间的瓷砖打裂了，怎么处理', /安装|师傅/],
    ['zh', '你们送货的把我新买的冰箱侧面撞凹了一块！', /送货/],
    ['en', 'The movers you sent scratched the whole side of my new washing machine getting it up the stairs', /deliver/i],
    ['en', 'your engineer fixed the dishwasher but broke my cupboard door and left rubbish everywhere', /engineer/i],
  ])('is heard in our words and filed, with when and who asked (%s: %s)', async (_lang, line, who) => {
    const c = world.customer(`damage-${line}`);
    const r = await c.say(line);
    expect(r.text).toMatch(who);
    expect(r.text).toMatch(/投诉|complaint/i);
    expect(r.text).toMatch(/哪天|when/i);
    expect(r.text).not.toMatch(FAULT_QUESTIONS);
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.type)).toEqual(['complaint']);
  });

  it('a cracked screen the customer dropped is still a repair, not our damage (en)', async () => {
    const r = await world.customer('damage-own').say('I dropped my phone and the screen cracked, can a technician fix it?');
    expect(r.text).not.toMatch(/service complaint/i);
  });
});

/** Books a repair to the end, so a visit is on a ticket. */
async function booked(c: Customer, lang: 'zh' | 'en'): Promise<string> {
  const lines =
    lang === 'zh'
      ? ['创维电视开机黑屏，有声音没图像', '55G7', '13816620937', '上海市闵行区莘庄镇都市路500弄12号601', '周五下午', '对']
      : ['my Beko tumble dryer stopped heating', 'DTGC8000W', '13816620938', 'Flat 1203, Building 4, 200 Yan An Road, Jingan, Shanghai', 'Friday afternoon', 'yes'];
  let last = '';
  for (const line of lines) last = (await c.say(line)).text;
  const number = /AS-[\w-]+/.exec(last)?.[0];
  expect(number).toBeTruthy();
  return number!;
}

describe('a booked visit is changed or called off on its ticket', () => {
  it.each([
    ['zh', '约的是周五下午上门，能换一下吗', '下周一上午'],
    ['en', 'the engineer is booked for Friday afternoon, can we change that?', 'Monday morning would be better'],
  ])('a change with no new time asks for it, then takes the next one (%s)', async (lang, change, newTime) => {
    const c = world.customer(`move-${change}`);
    const number = await booked(c, lang as 'zh' | 'en');
    const asked = await c.say(change);
    expect(asked.text).toMatch(/什么时间|When would suit/i);
    expect(asked.text).not.toMatch(FAULT_QUESTIONS);
    // The booked Friday is never read as the new time.
    expect(asked.text).not.toMatch(/改为|now /);
    const moved = await c.say(newTime);
    expect(moved.text).toContain(number);
    expect(moved.text).toMatch(/周一|Mon/);
  });

  it.each([
    ['zh', '上门就不用了，帮我取消吧，已经好了', '对'],
    ['en', 'please cancel the technician visit, we found someone else', 'yes'],
  ])('a cancel confirms which visit, puts it on the ticket and says what happens next (%s)', async (lang, cancel, yes) => {
    const c = world.customer(`cancel-${cancel}`);
    const number = await booked(c, lang as 'zh' | 'en');
    const confirm = await c.say(cancel);
    expect(confirm.text).toContain(number);
    expect(confirm.text).not.toMatch(/^(?:好的|OK)[。.]?\s/);
    // The reason was given: it is not asked again.
    expect(confirm.text).not.toMatch(/原因|tell me why/i);
    const done = await c.say(yes);
    expect(done.text).toContain(number);
    expect(done.text).toMatch(/取消|cancel/i);
    expect(done.text).toMatch(/工程师打电话|engineer calls/i);
    const [ticket] = await c.tickets();
    const notes = (await world.assistant.desk.tickets.events(ticket!.id)).filter((e) => e.kind === 'note').map((e) => JSON.stringify(e));
    expect(notes.some((n) => /cancel the visit/.test(n) && /已经好了|found someone else/.test(n))).toBe(true);
  });
});

describe("someone else's complaint is the customer's problem with the product", () => {
  it.each([
    ['zh', '物业打电话说楼下住户投诉我们家空调外机半夜嗡嗡响', /外机|噪音|吵/],
    ['zh', '房东说楼下那家一直抱怨我们空调外机往他们窗台上滴水', /滴水|排水管/],
    ['en', 'The HOA sent a letter: the downstairs neighbours keep complaining that water drips from our AC outdoor unit onto their patio', /drain|drip/i],
    ['en', 'my wife is furious, the neighbours complained again that the outdoor unit of the air conditioner is so loud at night', /outdoor unit|noise|quiet|loud/i],
  ])('is helped with, never handed off as angry (%s: %s)', async (_lang, line, help) => {
    const c = world.customer(`others-${line}`);
    const r = await c.say(line);
    expect(r.text).toMatch(help);
    expect(r.text).not.toMatch(HANDED_AS_ANGRY);
    expect(r.mode).not.toBe('handoff_requested');
    expect(await c.tickets()).toEqual([]);
  });
});
