/**
 * A danger reported at night, with nobody at the desk: the customer, the ticket's first-response
 * clock, the desk's queue and the manager's SLA standing name one time, and it is a time the desk
 * can keep (inside business hours). The emergency advice still comes first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { when } from '../../bot/engine/wording';
import { DEFAULT_SLA, slaStanding } from '../../tickets/sla';
import { openWorld, type World } from '../../testing/world';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** The hour of a moment on the desk's clock (China time). */
const chinaHour = (iso: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hour12: false }).format(new Date(iso))) % 24;

const cases = [
  { lang: 'zh' as const, text: '厨房里一股很浓的煤气味，我现在头晕想吐', advice: /燃气|煤气|开窗|离开|119|120/, later: /客服会在 (\d+月\d+日 \d\d:\d\d) 前/ },
  { lang: 'en' as const, text: 'The whole kitchen reeks of gas and I am feeling faint and sick', advice: /gas|window|leave|119|120/i, later: /by (\d+ \w{3}, \d\d:\d\d)/ },
];

describe('a danger at night gets one contact time', () => {
  for (const c of cases) {
    it(`tells the customer the ticket's own deadline, inside desk hours (${c.lang})`, async () => {
      const w = (world = await openWorld({}, '2026-12-07T20:05:00Z')); // 04:05 in China, the desk opens at 08:00
      const said = await w.customer(`night-gas-${c.lang}`).say(c.text);
      // The emergency advice comes first, before any word about people.
      expect(said.replies[0]!.text).toMatch(c.advice);
      const [ticket] = await w.customer(`night-gas-${c.lang}`).tickets();
      expect(ticket!.priority).toBe('P1');
      // The deadline is one the desk can keep: after it opens, not at 05:05 when nobody is there.
      const due = ticket!.firstResponseDue;
      expect(chinaHour(due)).toBeGreaterThanOrEqual(8);
      expect(chinaHour(due)).toBeLessThan(20);
      expect(Date.parse(due) - Date.parse('2026-12-07T20:05:00Z')).toBeLessThan(8 * 3_600_000); // the same morning
      // The customer hears exactly that time, never a later one.
      const told = said.text.match(c.later)?.[1];
      expect(told).toBe(when(due, c.lang));
      // The manager's SLA standing and the desk's clock agree: at 07:00 China time nothing is breached yet.
      w.clock.set(new Date('2026-12-07T23:00:00Z'));
      const again = (await w.customer(`night-gas-${c.lang}`).tickets())[0]!;
      expect(slaStanding(again, w.clock.now(), DEFAULT_SLA).firstResponse).not.toBe('breached');
    });
  }
});
