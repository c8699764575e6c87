/**
 * x5 (session 18): carbon monoxide from a gas water heater in a bathroom, told by how it feels
 * (headache, dizziness) or by an alarm going off beside it, even with no "carbon monoxide" said and
 * "CO" only read off the detector. The advice says to get out into fresh air and open windows, turn
 * the heater off, and call emergency services if anyone is unwell; it is filed at the top priority
 * and handed to a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const VENTILATE = { zh: /开窗|门窗|通风|空气流通/, en: /open (?:the )?windows|fresh air|ventilat/i };
const HEATER_OFF = { zh: /关掉热水器|关闭热水器|关掉[^。]{0,6}燃气阀/, en: /turn off the heater|switch off the heater/i };
const EMERGENCY = { zh: /120|急救/, en: /120|emergency/i };

describe('carbon monoxide by a bathroom gas heater: ventilate, heater off, emergency, P1 and a person', () => {
  it.each([
    ['zh', '热水器在浴室里面，这两天每次冲澡出来都头昏脑胀的'],
    ['zh', '卫生间那个报警器一直嘀嘀地叫，燃气热水器正开着'],
    ['zh', '墙上的报警器显示CO，还在响，热水器刚用过'],
    ['en', 'the gas heater is inside our shower room and my son got dizzy and sick in there'],
    ['en', 'the alarm in the bathroom keeps going off every time the gas water heater runs'],
    ['en', 'the detector by the boiler is flashing CO and beeping'],
  ])('%s: %s', async (lang, line) => {
    const c = world.customer(`x5-co-${line}`);
    const said = await c.say(line);
    const l = lang as 'zh' | 'en';
    expect(said.text).toMatch(VENTILATE[l]);
    expect(said.text).toMatch(HEATER_OFF[l]);
    expect(said.text).toMatch(EMERGENCY[l]);
    expect(said.tools).toContain('handOff');
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.priority)).toContain('P1');
  });

  it.each([
    ['zh', '热水器报警了，屏幕显示E1'],
    ['zh', '电热水器的报警器一直在响'],
    ['en', 'the smoke alarm in the hallway needs a new battery, it chirps'],
  ])('an alarm that is a fault code, an electric heater or a smoke alarm is no carbon monoxide (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`x5-not-co-${line}`).say(line);
    expect(said.text).not.toMatch(/一氧化碳|carbon monoxide/i);
  });
});
