/**
 * A complaint about the service is said back as what happened (playtest round 17): an engineer who
 * never came is not "the engineer who came let you down"; one who came late, was rude, left a mess,
 * did not fix it or charged too much each hears their own failure, in our words, and the ticket
 * carries the same for the person handling it. Heard while waiting for a person and in the angry
 * handoff itself, in Chinese and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

async function waiting(ref: string, first: string): Promise<Customer> {
  const c = world.customer(ref);
  const said = await c.say(first);
  expect(said.mode).toBe('handoff_requested');
  return c;
}

async function notes(c: Customer): Promise<string> {
  const [ticket] = await c.tickets();
  const events = await world.assistant.desk.tickets.events(ticket!.id);
  return events.map((e) => JSON.stringify(e.detail)).join('\n');
}

const CAME = /上门工程师的表现|engineer who came let you down|engineer who came/;

describe('a visit nobody came to, heard as that', () => {
  it.each([
    ['zh', '燃气灶打不着火了，帮我转人工', '约的周六上午上门，我在家等了一上午，结果人影都没见到', /没人来[\s\S]*白等/],
    ['zh', '冰箱不制冷，我要找人工客服', '你们的维修师傅放我鸽子了，电话也不接', /没人来[\s\S]*白等/],
    ['en', 'my washer will not spin, put me through to a person', 'the technician was booked for 9am today and never turned up, I stayed home for nothing', /nobody came for the visit we booked/],
    ['en', 'the freezer is making a loud buzzing, I need a human', 'I took the afternoon off and your repair guy was a no-show, nobody called either', /nobody came for the visit we booked/],
  ])('while waiting for a person (%s)', async (_lang, first, noShow, said) => {
    const c = await waiting(`r17-noshow-${noShow}`, first);
    const heard = await c.say(noShow);
    expect(heard.text).toMatch(said);
    expect(heard.text).not.toMatch(CAME);
    expect(await notes(c)).toMatch(/nobody came \(no-show\)/);
  });

  it.each([
    ['zh', '太过分了！约好今天下午来修空调的师傅根本没来，白白请了半天假，我要投诉！', /没人来/],
    ['en', 'This is outrageous. The engineer you booked never showed up and nobody even rang me, I want to complain!', /nobody came for the visit we booked/],
  ])('in the angry handoff itself (%s)', async (_lang, first, said) => {
    const c = world.customer(`r17-noshow-angry-${first}`);
    const heard = await c.say(first);
    expect(heard.text).toMatch(said);
    expect(heard.text).not.toMatch(CAME);
  });
});

describe('what the engineer who came did, each said as itself', () => {
  it.each([
    ['zh', '抽油烟机还是响，转人工', '上周来的师傅晚了三个小时才到，进门还一脸不耐烦', [/迟到/, /态度不好/], /arrived late[\s\S]*rudeness|rudeness[\s\S]*arrived late/],
    ['zh', '电视没有图像，找人工', '来修的师傅修完比之前更严重了，还多收了我两百块', [/没有修好/, /收费/], /repair not done properly[\s\S]*charged/],
    [
      'en',
      'my dishwasher still leaks, human please',
      'the repairman turned up two hours late and left muddy footprints all over the kitchen',
      [/turned up late/, /left a mess/],
      /arrived late[\s\S]*mess/,
    ],
    [
      'en',
      'the oven is broken again, I want an agent',
      'the engineer who came overcharged me and made it worse than before',
      [/not done properly/, /charged/],
      /repair not done properly[\s\S]*charged/,
    ],
  ])('while waiting (%s)', async (_lang, first, complaint, said, note) => {
    const c = await waiting(`r17-conduct-${complaint}`, first);
    const heard = await c.say(complaint);
    for (const s of said) expect(heard.text).toMatch(s);
    expect(heard.text).not.toMatch(/let you down|表现也让您不满意/);
    expect(await notes(c)).toMatch(note);
  });

  it.each([
    ['zh', '热水器不出热水，转人工', '师傅说好来了结果没来', '之前来过一次的那个师傅还骂人', /态度不好/],
    ['en', 'my cooker hood rattles, human please', 'the engineer never came on Monday', 'and the one who came before that shouted at my mum', /disrespectful/],
  ])('a second failure told later is heard as new, not as the first asked again (%s)', async (_lang, first, noShow, later, said) => {
    const c = await waiting(`r17-later-${first}`, first);
    await c.say(noShow);
    const heard = await c.say(later);
    expect(heard.text).toMatch(said);
    expect(heard.text).not.toMatch(/赔不赔|compensated/);
  });
});
