/**
 * A waiting customer's questions, each answered (issue 16, "waiting"; playtest round 12): after a
 * danger handoff at night, a message with several questions (when someone calls, is it free, bring
 * it in or not) gets an answer to each, never the safety answer again as "Still the same"; a
 * question about the ticket is not read as a safety question; a mode or part of the appliance
 * with the danger is that appliance (no "a separate one is OK"); a device that got wet is never
 * told to keep using it, and "hair dryer or rice?" gets its no.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-11-24T13:30:00Z');
});
afterAll(() => world.close());

async function waiting(ref: string, opening: string): Promise<Customer> {
  const c = world.customer(ref);
  const first = await c.say(opening);
  if (first.mode !== 'handoff_requested') expect((await c.say(/[\u4e00-\u9fff]/.test(opening) ? '转人工' : 'I want a person')).mode).toBe('handoff_requested');
  return c;
}

const STILL_SAME = /Still the same|还是一样/;

describe('several questions in one waiting message', () => {
  it('smoking kettle base (zh): when, free or not from "半年前", and carried in, each answered', async () => {
    const c = await waiting('many-kettle', '电热水壶的底座冒烟了，有股焦味');
    const r = await c.say('还要多久才有人联系我？修的话免费吗，半年前买的？要我自己送过去还是你们来拿？');
    expect(r.text).not.toMatch(STILL_SAME);
    expect(r.text).toMatch(/前会有人联系您/);
    expect(r.text).toMatch(/在保修期内/);
    expect(r.text).toMatch(/服务中心/);
    expect(r.text).toMatch(/寄修/);
  });

  it('leaking washing machine (en): when, free from "3 months ago", and an engineer comes home', async () => {
    const c = await waiting('many-washer', 'water is leaking from under my washing machine onto the socket');
    const r = await c.say('when will someone call me? will the repair be free, I bought it 3 months ago? do I have to bring it in somewhere?');
    expect(r.text).not.toMatch(STILL_SAME);
    expect(r.text).toMatch(/someone will contact you by/);
    expect(r.text).toMatch(/under warranty|in warranty/);
    expect(r.text).toMatch(/engineer comes to your home/);
  });

  it('smoking laptop (en): "what is my ticket number again?" gets the number, not a safety line', async () => {
    const c = await waiting('many-laptop-ticket', 'my laptop started smoking while it was charging');
    await c.say('can I use it again tomorrow?');
    const r = await c.say("what's my ticket number again?");
    expect(r.text).toMatch(/AS-\d{8}-/);
    expect(r.text).not.toMatch(/^(?:Not yet|No)\b/);
  });
});

describe('a part or mode of the appliance with the danger is that appliance', () => {
  it('microwave sparking inside (zh): its oven function is not "another oven"', async () => {
    const c = await waiting('mode-oven-zh', '微波炉里面打火了，有焦味');
    const r = await c.say('那它自带的烤箱功能还能用吗？');
    expect(r.text).toMatch(/^(?:不行|先不要|不要)/);
    expect(r.text).not.toMatch(/^可以/);
  });

  it('induction hob sparking (en): the other cooking zone on it is no, with no contradiction', async () => {
    const c = await waiting('mode-hob-en', 'my induction hob sparked with a bang and smells burnt');
    const r = await c.say('can I use the other cooking zone on it meanwhile?');
    expect(r.text).toMatch(/^(?:No|Not yet)\b/);
    expect(r.text).not.toMatch(/separate one/);
  });
});

describe('a device that got wet', () => {
  it('laptop with coffee spilled (en): never "keep using it"; rice is a no', async () => {
    const c = await waiting('wet-laptop-en', 'I spilled coffee on my laptop and now the screen flickers');
    const use = await c.say('can I still use it until someone calls?');
    expect(use.text).not.toMatch(/keep using it/);
    expect(use.text).toMatch(/switch it off/);
    expect(use.text).toMatch(/do not charge/);
    const rice = await c.say('should I put it in a bag of rice?');
    expect(rice.text).toMatch(/^No\./);
    expect(rice.text).toMatch(/rice/);
  });

  it('tablet dropped in the bath (zh): off and no heat, hair dryer is a no', async () => {
    const c = await waiting('wet-tablet-zh', '平板电脑掉进浴缸里了，捞出来还能开机，就是屏幕有点花');
    const use = await c.say('等的时候还能先用着吗？');
    expect(use.text).not.toMatch(/可以先用着/);
    expect(use.text).toMatch(/关机/);
    expect(use.text).toMatch(/不要充电/);
    const dry = await c.say('能用吹风机吹干吗？');
    expect(dry.text).toMatch(/^不要。/);
    expect(dry.text).toMatch(/吹风机/);
  });

  it("phone fell in the sink with a symptom (en): the water-damage case, not the symptom's", async () => {
    const c = world.customer('wet-phone-first');
    const r = await c.say('my phone fell in the sink, it still turns on but the touch screen is jumpy, what should I do');
    expect(r.text).toMatch(/Power it off|switch it off|Turn it off/i);
    expect(r.text).not.toMatch(/no reliable|don't have a reliable/i);
  });
});

describe('leaving it plugged in until someone comes', () => {
  it.each([
    ['zh', '电暖器后面有焦糊味，还有滋滋声', '插着没事吧？等师傅来再说', /^不要一直插着/, /总电闸|空气开关/],
    ['en', 'my electric heater smells of burning plastic and is buzzing', 'is it safe to leave it plugged in till someone comes?', /^No, don't leave it plugged in/, /breaker/],
  ])('is answered no, with how to cut the power (%s)', async (_lang, opening, question, verdict, how) => {
    const c = await waiting(`keep-plugged-${opening}`, opening);
    const r = await c.say(question);
    expect(r.text).toMatch(verdict);
    expect(r.text).toMatch(how);
    expect(r.text).not.toMatch(/visits can usually be booked|上门时间一般/);
  });
});

describe('the wait itself, asked in other words', () => {
  it.each(['how long is the wait again?', "what's the wait time?"])('%s gets the promised time', async (question) => {
    const c = await waiting(`wait-words-${question}`, 'my electric heater smells of burning plastic and is buzzing');
    const r = await c.say(question);
    expect(r.text).toMatch(/someone will contact you by/);
    expect(r.text).not.toMatch(/nothing reliable/);
  });
});
