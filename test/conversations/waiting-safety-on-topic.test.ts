/**
 * "Let me talk to a person" with a fault described: a safety note while they wait only when it is
 * about the fault they described. A noisy dishwasher's nearest case may be another fault of the
 * same machine (will not fill, will not start): its note (hoses, a hot plug) is not said. A fault
 * whose own case carries a note (a gas hob that will not light) still hears it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-11-24T02:00:00Z');
});
afterAll(() => world.close());

describe.each([
  ['zh', '洗碗机洗的时候噪音很大，帮我转人工', /等待期间请先注意/, '燃气灶怎么都点不着火，帮我转人工', /等待期间请先注意：.*燃气/],
  ['en', 'my dishwasher is really loud when it runs, let me speak to a person', /While you wait/, 'my gas cooktop will not ignite at all, let me speak to a person', /While you wait: .*gas/i],
])('a safety note at a handoff request (%s)', (lang, noisy, note, door, doorNote) => {
  it("is never another fault's note", async () => {
    const handed = await world.customer(`waiting-note-noise-${lang}`).say(noisy);
    expect(handed.mode).toBe('handoff_requested');
    expect(handed.text).not.toMatch(note);
  });

  it("is the described fault's own note", async () => {
    const handed = await world.customer(`waiting-note-gas-${lang}`).say(door);
    expect(handed.mode).toBe('handoff_requested');
    expect(handed.text).toMatch(doorNote);
  });
});
