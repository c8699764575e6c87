/**
 * A yes to the restated repair that carries a condition ("quote me first", "call before coming",
 * "only if it's free") files the request, says the condition back in plain words with what will
 * really happen, and writes it on the ticket; it is never a question for the knowledge base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ZH_BOOKING = ['热水器打不着火，想约师傅来修', '型号不清楚', '前年3月买的', '上海市徐汇区漕溪北路100号2号楼1203', '13912345678'];
const EN_BOOKING = ['the dryer makes a loud banging noise, please send someone', 'no idea about the model', 'we bought it in January this year', '45 Oak Road, Leeds LS6 2AB', '07700 900456'];

async function atSummary(ref: string, lang: 'zh' | 'en') {
  const c = world.customer(ref);
  const lines = lang === 'zh' ? ZH_BOOKING : EN_BOOKING;
  let last = '';
  for (const line of lines) last = (await c.say(line)).text;
  expect(last).toMatch(/跟您确认|Let me confirm/);
  return c;
}

async function notesOf(c: ReturnType<World['customer']>): Promise<string> {
  const [ticket] = await c.tickets();
  return JSON.stringify((await world.assistant.desk.tickets.events(ticket!.id)).filter((e) => e.kind === 'note'));
}

const NO_KNOWLEDGE = /没有确切资料|不想给您说错|don't have (?:exact|reliable)|not sure about that|can't help/i;

describe('a condition said with the yes', () => {
  it.each([
    ['zh', '是的没错，但是修之前得先给我报个价，我看贵不贵再定'],
    ['zh', '对，可以提交。不经过我同意不要直接换零件'],
    ['en', 'yes, all correct - but send me a quote first, then I decide'],
    ['en', "that's right. don't repair anything without my OK on the price"],
  ])('quote first: filed, said back and noted (%s) %s', async (lang, line) => {
    const c = await atSummary(`cond-quote-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).not.toMatch(NO_KNOWLEDGE);
    expect(said.text).toMatch(lang === 'zh' ? /先告诉您[^。]*收费[^。]*您同意了才修/ : /nothing is repaired or charged without your agreement/);
    expect(await notesOf(c)).toMatch(/先报价|quote after inspection/);
  });

  it.each([
    ['zh', '嗯对的，师傅上门前先打个电话给我'],
    ['zh', '确认无误，麻烦提前联系我一下，我白天不一定在家'],
    ['en', 'yep looks good, please ring me before the engineer heads over'],
    ['en', 'correct, and give me a call before they come'],
  ])('call before coming: filed, said back and noted (%s) %s', async (lang, line) => {
    const c = await atSummary(`cond-call-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).not.toMatch(NO_KNOWLEDGE);
    expect(said.text).toMatch(lang === 'zh' ? /上门前会先给您打电话/ : /call you before coming/);
    expect(await notesOf(c)).toMatch(/上门前先电话联系客户/);
  });

  it.each([
    ['zh', '对 不过免费才修哦'],
    ['zh', '没问题，要是收费的话就算了'],
    ['en', 'yes but only if it is free'],
    ['en', "correct. if there's any charge, then don't bother"],
  ])('only if free: filed, the fee rule said plainly and noted (%s) %s', async (lang, line) => {
    const c = await atSummary(`cond-free-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).not.toMatch(NO_KNOWLEDGE);
    expect(said.text).toMatch(
      lang === 'zh' ? /是否免费要看保修[\s\S]*上门检测费|上门检测费[\s\S]*是否免费要看保修/ : /depends on the warranty[\s\S]*call-out fee|call-out fee[\s\S]*depends on the warranty/,
    );
    expect(await notesOf(c)).toMatch(/只接受免费维修/);
  });

  it.each([
    ['zh', '对，提交吧，师傅来之前会打电话吗'],
    ['en', 'yes file it, will they call me first?'],
  ])('a question about calling is still a question, answered (%s)', async (lang, line) => {
    const c = await atSummary(`cond-question-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.tools).toContain('createTicket');
    expect(said.text).not.toMatch(/已在工单[^。]*注明您的要求|Your condition is written/);
  });
});
