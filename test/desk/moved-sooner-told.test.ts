/**
 * A ticket brought forward by a danger reported while waiting: "earlier than the X I said before"
 * only when X was really said in this conversation. A handoff told as a wait in minutes (someone
 * online) never named a time, and a clock time an hour away is later than those minutes: nothing
 * is said to be sooner, nor a time that would stretch the wait; a handoff that promised a time
 * hears the new one as earlier than that one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe.each([
  ['zh', '烘干机一直不热，麻烦找个真人客服', '烘干机的电源线在冒烟', /更早/, /最迟 (\d+月\d+日 \d\d:\d\d) 前会有人联系您/],
  ['en', 'the oven door will not shut properly, I want a real person', 'now the oven cable is smoking', /earlier than/, /someone will contact you by (\d+ \w+, \d\d:\d\d)/],
])('a ticket moved sooner while waiting (%s)', (_lang, request, danger, earlierThan, newTime) => {
  it('told as a wait in minutes: no clock time later than those minutes is called sooner', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    w.assistant.presence.connect({ id: 1, name: 'li', role: 'agent' });
    const c = w.customer(`moved-minutes-${request}`);
    const handed = await c.say(request);
    expect(handed.mode).toBe('handoff_requested');
    expect(handed.text).toMatch(/分钟|minutes/);
    const smoke = await c.say(danger);
    expect(smoke.text).not.toMatch(earlierThan);
    // "Sooner" against a promise of minutes would be untrue: the new deadline is an hour away.
    expect(smoke.text).not.toMatch(/提前|sooner/);
    expect(smoke.text).not.toMatch(newTime);
    expect(smoke.text).toMatch(/紧急|urgent/); // the person online has it, flagged
  });

  it('told a time at the handoff: the new one is said as earlier than that time', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const c = w.customer(`moved-time-${request}`);
    const handed = await c.say(request);
    expect(handed.mode).toBe('handoff_requested');
    const smoke = await c.say(danger);
    expect(smoke.text).toMatch(earlierThan);
    const before = /[（(](?:比之前说的 |earlier than the )(.+?)(?: 更早| I said before)[)）]/.exec(smoke.text)?.[1];
    expect(before && handed.text.includes(before)).toBe(true);
  });
});
