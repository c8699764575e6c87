/**
 * Wait promises the customer can hold us to (issue 17, kinds 3 and 9), through the whole offline
 * assistant and the built-in desk: the wait told at a handoff comes from the real queue (people
 * online and free, customers ahead, never the customer themself); "马上" / "right away" only when
 * someone is free; asked again after the told wait ran out, the miss is owned with a new
 * estimate; and any question about when a person will come gets the estimate, never "nothing
 * reliable to tell you".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const online = (name = 'li', id = 1) => world!.assistant.presence.connect({ id, name, role: 'agent' });

/** Agent li is at the desk, holding another customer's chat. */
async function busyDesk(lang: 'zh' | 'en'): Promise<() => void> {
  const leave = online();
  const other = await world!.customer(`busy-other-${lang}`).say(lang === 'zh' ? '请帮我接人工' : 'put me through to staff please');
  await world!.assistant.handoffs.takeOver(other.conversationId, 'web-desk:li');
  return leave;
}

describe('the wait told while the only agent is busy', () => {
  it('zh: no "马上", no phantom customer ahead, and the missed wait owned with a new estimate', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z')); // 10:00 in China
    const leave = await busyDesk('zh');
    const chen = w.customer('wait-kept-zh');
    const handed = await chen.say('冰箱冷冻室结冰太厚了，找个真人客服跟我说');
    expect(handed.mode).toBe('handoff_requested');
    expect(handed.text).not.toMatch(/马上|立刻/);
    expect(handed.text).toMatch(/正在接待别的客户/);
    expect(handed.text).toMatch(/预计约 \d+ 分钟内/);

    // Asked while waiting: the customer is not ahead of themself.
    const how = await chen.say('人工客服多久才能回复我啊？');
    expect(how.text).toMatch(/预计约 \d+ 分钟内/);
    expect(how.text).not.toMatch(/前面还有/);
    expect(how.text).not.toMatch(/没有确切|查不到可靠|没法确认/);

    // Past the told wait: owned, with a new honest estimate.
    w.clock.advance(20 * 60_000);
    const late = await chen.say('说好的几分钟呢？');
    expect(late.text).toMatch(/抱歉，让您等得比我说的久了/);
    expect(late.text).toMatch(/预计约 \d+ 分钟内/);
    expect(late.text).not.toMatch(/马上/);
    leave();
  });

  it('en: no "right away", no phantom customer ahead, and the missed wait owned with a new estimate', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const leave = await busyDesk('en');
    const ann = w.customer('wait-kept-en');
    const handed = await ann.say('My oven door will not close properly, I need a real person please');
    expect(handed.mode).toBe('handoff_requested');
    expect(handed.text).not.toMatch(/right away|immediately/i);
    expect(handed.text).toMatch(/helping another customer/);
    expect(handed.text).toMatch(/within about \d+ minutes/);

    const how = await ann.say('How soon will somebody actually answer me here?');
    expect(how.text).toMatch(/within about \d+ minutes/);
    expect(how.text).not.toMatch(/ahead of you/);
    expect(how.text).not.toMatch(/nothing reliable|reliable answer|can't confirm|isn't something I can confirm/i);

    w.clock.advance(20 * 60_000);
    const late = await ann.say('You told me a few minutes. Still no one here.');
    expect(late.text).toMatch(/Sorry, this is taking longer than I said/);
    expect(late.text).toMatch(/within about \d+ minutes/);
    leave();
  });
});

describe('"right away" said only with a free person', () => {
  it('zh and en: with li free and pickups quick, "马上"/"right away"; with li then busy, not again', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const leave = online();
    // One quick pickup makes the desk's typical pickup one minute.
    const first = await w.customer('quick-0').say('转人工');
    w.clock.advance(60_000);
    await w.assistant.handoffs.takeOver(first.conversationId, 'web-desk:li');
    await w.assistant.handoffs.resolve(first.conversationId, 'web-desk:li');
    const zh = await w.customer('quick-zh').say('我想跟真人聊一下');
    expect(zh.text).toMatch(/马上会在这里回复您/);
    w.clock.advance(60_000);
    await w.assistant.handoffs.takeOver(zh.conversationId, 'web-desk:li');
    await w.assistant.handoffs.resolve(zh.conversationId, 'web-desk:li');
    const en = await w.customer('quick-en').say('can I speak to a person');
    expect(en.text).toMatch(/right away/);
    w.clock.advance(60_000);
    await w.assistant.handoffs.takeOver(en.conversationId, 'web-desk:li');
    await w.assistant.handoffs.resolve(en.conversationId, 'web-desk:li');
    // li takes one of them: busy now, so the next customer hears minutes.
    const third = await w.customer('quick-third').say('转人工');
    await w.assistant.handoffs.takeOver(third.conversationId, 'web-desk:li');
    expect((await w.customer('quick-zh-2').say('我想跟真人聊一下')).text).not.toMatch(/马上/);
    expect((await w.customer('quick-en-2').say('can I speak to a person')).text).not.toMatch(/right away/);
    leave();
  });
});
