/**
 * While waiting for a person, anger or an apology asked for gets an apology and the next step
 * (playtest round 17): what is on the ticket and when the person will contact them, never only "your
 * message is passed on" nor "no reliable answer"; still angry a turn later, a shorter apology, never
 * the same reply twice running.
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

const SORRY = /抱歉|道歉|对不起|sorry|apologi/i;
const NEXT_ZH = /工单 AS-[\s\S]*最迟 \d+月\d+日 \d\d:\d\d 前会有人联系您/;
const NEXT_EN = /ticket AS-[\s\S]*contact you by \d+ \w{3}, \d\d:\d\d/;
const ONLY_PASSED_ON = /^(?:收到，这条已转给|这条也已转给|好的，您补充的内容|Got it\. I have passed|That is passed on too|Noted: the person)/;
const NO_ANSWER = /没有确切的资料|no reliable|nothing reliable|can't help with that|帮不上忙/i;

describe('an apology asked for while waiting', () => {
  it.each([
    ['zh', '微波炉不加热了，帮我转人工', '你们就一句道歉都不会说吗', NEXT_ZH],
    ['zh', '燃气热水器打不着火，我要人工服务', '让我等这么久，道个歉很难吗？', NEXT_ZH],
    ['en', 'my tumble dryer stopped mid-cycle, I want to speak to someone', "so you're not even going to say sorry?", NEXT_EN],
    ['en', 'the range hood light is dead, put me through to a human', 'honestly you owe me an apology for this', NEXT_EN],
  ])('gets the apology and the next step (%s)', async (_lang, first, ask, next) => {
    const c = await waiting(`r17-sorry-${ask}`, first);
    const said = await c.say(ask);
    expect(said.text).toMatch(SORRY);
    expect(said.text).toMatch(next);
    expect(said.text).not.toMatch(NO_ANSWER);
  });
});

describe('anger while waiting', () => {
  it.each([
    ['zh', '冰箱冷冻室不结冰了，转人工', '真是受够了，什么垃圾售后', '烦死了', NEXT_ZH],
    ['zh', '空调漏水，我要找人工', '你们这效率太离谱了，我快气炸了', '太让人恼火了', NEXT_ZH],
    ['en', 'my dishwasher will not drain, get me a real person', 'this is absolutely pathetic, I am furious', 'seriously fed up with you lot', NEXT_EN],
    ['en', 'the washing machine door will not open, human please', 'what a useless joke of a company', 'I am livid', NEXT_EN],
  ])('gets an apology and the next step, and a shorter one after (%s)', async (_lang, first, angry, still, next) => {
    const c = await waiting(`r17-angry-${angry}`, first);
    const said = await c.say(angry);
    expect(said.text).toMatch(SORRY);
    expect(said.text).toMatch(next);
    expect(said.text).not.toMatch(ONLY_PASSED_ON);
    expect(said.text).not.toMatch(NO_ANSWER);
    const again = await c.say(still);
    expect(again.text).toMatch(SORRY);
    expect(again.text).not.toMatch(ONLY_PASSED_ON);
    expect(again.text).not.toBe(said.text);
    // Noted on the ticket for the person once.
    const [ticket] = await c.tickets();
    const events = await world.assistant.desk.tickets.events(ticket!.id);
    expect(events.filter((e) => /upset while waiting/.test(JSON.stringify(e.detail)))).toHaveLength(1);
  });
});
