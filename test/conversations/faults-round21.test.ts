/**
 * Common faults, round 21: a gas water heater that goes out mid-shower is a fault (never a complaint,
 * never "glad it works" because it relights later), two faults of one fridge both get their steps,
 * questions during self-help are answered from the case's own steps, and a TV's picture faults are
 * told apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a gas water heater going out mid-shower is a fault, round 21', () => {
  it.each([
    ['zh', '天然气热水器洗着澡突然灭火了，水一下就凉了，隔一会儿又能打着'],
    ['zh', '燃气热水器这两天老熄火，淋浴到一半就没热水了，等会儿又好了'],
    ['en', 'gas heater cuts out while I am in the shower and the water goes cold; it comes back on again later'],
    ['en', 'my tankless gas heater keeps shutting off mid-shower'],
    ['en', 'water heater flame dies partway through my shower, it works again after a while'],
  ])('gets the flame-out steps, no complaint and no "glad it works" (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r21-flame-${line}`).say(line);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).not.toMatch(/投诉|complaint|太好了|glad it'?s working/i);
    expect(said.text).not.toMatch(/灶|\bhob\b|cooktop/i);
    // Batteries, the tap opened fully and the flue outlet: the safe checks of this fault.
    expect(said.text).toMatch(/电池|batter/i);
    expect(said.text).toMatch(/烟道|flue/i);
    expect(said.text).toMatch(/停用|stop using/i);
  });
});
