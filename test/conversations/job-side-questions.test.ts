/**
 * Playtest (session 18): questions about the job asked in the middle of it — in a repair form or
 * while waiting for a person — got "no reliable answer" or a canned blurb and the form question
 * again. A new one instead of a repair gets the 三包 rules; whether the person sees what was told,
 * an earlier booking, a call at night, whether a booking was cancelled get a person's answer; a
 * question nothing answers is written down for the person, on the ticket. The job then goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import type { Customer } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_RELIABLE = /没有可靠|没有确切|查不到可靠|no reliable|nothing reliable|don't have a reliable/i;
const HOURS_BLURB = /值班|work 8:00–20:00 China time every day/;

/** A repair form open at its first question. */
async function inForm(ref: string, lang: 'zh' | 'en'): Promise<Customer> {
  const c = world.customer(ref);
  const said = await c.say(lang === 'zh' ? '热水器不出热水了，麻烦安排师傅来修一下' : 'the dishwasher will not start at all, please send someone to repair it');
  expect(said.text).toMatch(lang === 'zh' ? /型号|什么时候买/ : /model|when did you buy/i);
  return c;
}

/** Handed to a person and waiting. */
async function waiting(ref: string, lang: 'zh' | 'en'): Promise<Customer> {
  const c = world.customer(ref);
  const said = await c.say(lang === 'zh' ? '烘干机转不起来了，直接给我转人工客服' : 'my oven fan makes a grinding noise, put me through to a real person please');
  expect(said.tools).toContain('handOff');
  return c;
}

/** The form goes on after the answer: a form question follows. */
const FORM_GOES_ON = /回到刚才|型号|什么时候买|手机号|电话|地址|Back to|model|when did you buy|phone|number|address/i;

async function notesOf(c: Customer): Promise<string> {
  const [ticket] = await c.tickets();
  if (!ticket) return '';
  const events = await world.assistant.desk.tickets.events(ticket.id);
  return JSON.stringify(events.filter((e) => e.kind === 'note'));
}

describe('a new one instead of a repair, some months after buying', () => {
  it.each([
    ['zh', '用了才三个多月就坏，可以给我换台新的吗'],
    ['zh', '买了五个月，不想修了，能不能直接换新机'],
    ['en', 'we bought it three months ago, would you just swap it for a new unit?'],
    ['en', "it's barely six months old — can't I simply get a brand new one instead of a repair?"],
  ])('in a repair form: the 7/15-day and two-repairs rules, then the form goes on (%s: %s)', async (lang, line) => {
    const c = await inForm(`job-new-form-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toMatch(lang === 'zh' ? /7日内[\s\S]*15日内[\s\S]*两次修理/ : /7 days[\s\S]*15 days[\s\S]*two repairs/i);
    expect(said.text).toMatch(lang === 'zh' ? /先免费维修/ : /free repair comes first/i);
    expect(said.text).not.toMatch(NO_RELIABLE);
    expect(said.text).toMatch(FORM_GOES_ON);
    expect(said.tools).not.toContain('handOff');
  });

  it.each([
    ['zh', '机器刚用了两个月，直接换个新的行不行'],
    ['en', 'only had it for four months, could you replace it rather than fix it?'],
  ])('while waiting for a person: the same rules, and the person is told (%s)', async (lang, line) => {
    const c = await waiting(`job-new-wait-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toMatch(lang === 'zh' ? /三包[\s\S]*两次修理/ : /three guarantees[\s\S]*two repairs/i);
    expect(said.text).not.toMatch(NO_RELIABLE);
  });
});

describe('questions about the person who takes over', () => {
  it.each([
    ['zh', '到时候师傅知道我跟你讲的这些吗'],
    ['zh', '转过去以后还要我从头再说一遍吗'],
    ['en', "does the technician get to see everything I've written here?"],
    ['en', 'am I going to have to explain all of this again from the start?'],
  ])('whether they see what was told: yes, it goes with the case (%s: %s)', async (lang, line) => {
    const form = await inForm(`job-sees-form-${line}`, lang as 'zh' | 'en');
    const inTheForm = await form.say(line);
    expect(inTheForm.text).toMatch(lang === 'zh' ? /能看到|不用从头/ : /sees this conversation|won't have to explain/i);
    expect(inTheForm.text).toMatch(FORM_GOES_ON);
    const wait = await waiting(`job-sees-wait-${line}`, lang as 'zh' | 'en');
    const whileWaiting = await wait.say(line);
    expect(whileWaiting.text).toMatch(lang === 'zh' ? /能看到|不用从头/ : /sees this conversation|won't have to explain/i);
    expect(whileWaiting.text).not.toMatch(NO_RELIABLE);
  });

  it.each([
    ['zh', '上个月我已经报修过一次了，你们那边能查到那次的记录吗'],
    ['en', 'I made an appointment a couple of weeks ago already, can your people pull it up?'],
  ])('an earlier booking: the bot cannot see it, the person searches by phone or name, and it is on the ticket (%s)', async (lang, line) => {
    const wait = await waiting(`job-earlier-wait-${line}`, lang as 'zh' | 'en');
    const said = await wait.say(line);
    expect(said.text).toMatch(lang === 'zh' ? /查不到[\s\S]*手机号或姓名/ : /can't see your earlier booking[\s\S]*phone number or name/i);
    expect(said.text).not.toMatch(HOURS_BLURB);
    expect(await notesOf(wait)).toMatch(/earlier booking/);
    const form = await inForm(`job-earlier-form-${line}`, lang as 'zh' | 'en');
    const inTheForm = await form.say(line);
    expect(inTheForm.text).toMatch(lang === 'zh' ? /手机号或姓名/ : /phone number or name/i);
    expect(inTheForm.text).toMatch(FORM_GOES_ON);
  });

  it.each([
    ['zh', '你们不会大半夜打电话过来吧？'],
    ['zh', '凌晨两点会有人来电话吗'],
    ['en', 'is somebody seriously going to phone me in the middle of the night?'],
    ['en', 'will the engineer ring at 3am?'],
  ])('a call at night: calls are made in working hours, and nothing is handed over for it (%s: %s)', async (lang, line) => {
    const form = await inForm(`job-night-form-${line}`, lang as 'zh' | 'en');
    const inTheForm = await form.say(line);
    expect(inTheForm.text).toMatch(/8:00[\s\S]*20:00/);
    expect(inTheForm.tools).not.toContain('handOff');
    expect(inTheForm.text).toMatch(FORM_GOES_ON);
    const wait = await waiting(`job-night-wait-${line}`, lang as 'zh' | 'en');
    const whileWaiting = await wait.say(line);
    expect(whileWaiting.text).toMatch(lang === 'zh' ? /不会半夜/ : /middle of the night/i);
    // (A doubted night call is no time to call: nothing like "2am" is noted as when to ring.)
    expect(whileWaiting.text).not.toMatch(/记到工单|on the ticket so they see it/i);
  });
});

describe('a call at night, for a customer abroad', () => {
  it('is answered in their own time, never as China hours that fall in their night', async () => {
    const c = world.customer('job-night-abroad');
    await c.say("we're in Leeds and the tumble dryer won't turn, can you book an engineer");
    const said = await c.say("they won't call me at 1am, will they?");
    expect(said.text).toMatch(/local time/i);
    expect(said.text).not.toMatch(/China time|0:00–12:00/);
    expect(said.tools).not.toContain('handOff');
  });
});

describe('whether a booking the bot cannot see was cancelled', () => {
  it.each([
    ['zh', '我那个上门预约是不是已经给取消了？'],
    ['zh', '之前约的师傅还算数吗'],
    ['en', 'did my visit get cancelled?'],
    ['en', 'has the engineer appointment been called off?'],
  ])('said plainly it cannot see it, the person checks; no opening hours, nothing cancelled (%s: %s)', async (lang, line) => {
    const form = await inForm(`job-cancelled-form-${line}`, lang as 'zh' | 'en');
    const inTheForm = await form.say(line);
    expect(inTheForm.text).toMatch(lang === 'zh' ? /看不到/ : /can't see that booking/i);
    expect(inTheForm.text).not.toMatch(/已取消|cancelled the|which ticket/i);
    expect(inTheForm.text).toMatch(FORM_GOES_ON);
    const wait = await waiting(`job-cancelled-wait-${line}`, lang as 'zh' | 'en');
    const whileWaiting = await wait.say(line);
    expect(whileWaiting.text).toMatch(lang === 'zh' ? /看不到/ : /can't see that booking/i);
    expect(whileWaiting.text).not.toMatch(HOURS_BLURB);
    expect(await notesOf(wait)).toMatch(/cancelled/);
  });
});

describe('a question nothing here answers, in the middle of a job', () => {
  it.each([
    ['zh', '上门的师傅会不会说粤语？', ['不知道', '前年3月', '13812345678', '上海市徐汇区漕溪北路200号5号楼1203', '对']],
    ['en', 'can the engineer bring a ladder?', ["don't know", 'March 2025', '13812345678', 'Room 1203, Building 5, 200 Caoxi North Road, Xuhui District, Shanghai', 'yes']],
  ])('in a repair form: written down, said so, and on the ticket once filed (%s)', async (lang, question, rest) => {
    const c = await inForm(`job-unknown-form-${question}`, lang as 'zh' | 'en');
    const said = await c.say(question);
    expect(said.text).toMatch(lang === 'zh' ? /记下来|写在工单/ : /written your question down/i);
    expect(said.text).toMatch(FORM_GOES_ON);
    for (const line of rest) await c.say(line);
    const [ticket] = await c.tickets();
    expect(ticket).toBeDefined();
    expect(await notesOf(c)).toContain(question.slice(0, 8));
  });

  it.each([
    ['zh', '来修的师傅听得懂粤语吗？'],
    ['en', 'do your engineers carry shoe covers with them?'],
  ])('while waiting: said so, and the question is on the ticket (%s)', async (lang, question) => {
    const c = await waiting(`job-unknown-wait-${question}`, lang as 'zh' | 'en');
    await c.say(question);
    expect(await notesOf(c)).toMatch(/questions to answer/);
  });
});
