/**
 * A case answers only what the customer described: never a brand's error-code case for a fault
 * described without a code, never another product's case, and never a gas case or gas warning for
 * an electric water heater (kept through the conversation once said).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFits } from '../../bot/engine/flows/fault-flow';
import type { KnowledgeHit } from '../../bot/knowledge-search';
import { energySourceIn, lineFitsEnergy } from '../../bot/understanding/energy-source';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const hit = (over: Partial<KnowledgeHit>): KnowledgeHit => ({ id: 'x', kind: 'fault', title: 't', score: 0.8, confident: true, ...over });

describe('which case may answer', () => {
  it('turns down a code case when no code was given, and another product’s case', () => {
    expect(caseFits(hit({ category: 'refrigerator', errorCodes: ['F1'] }), { category: 'refrigerator' }, undefined)).toBe(false);
    expect(caseFits(hit({ category: 'refrigerator', errorCodes: ['F1'] }), { category: 'refrigerator', errorCode: 'F1' }, undefined)).toBe(true);
    expect(caseFits(hit({ category: 'air_conditioner' }), { category: 'dishwasher' }, undefined)).toBe(false);
    expect(caseFits(hit({ category: 'refrigerator', models: ['BCD-470'] }), { category: 'refrigerator' }, undefined)).toBe(false);
    expect(caseFits(hit({ category: 'water_heater', title: '万和燃气热水器E1' }), { category: 'water_heater' }, 'electric')).toBe(false);
  });

  it.each([
    ['电热水器不热了', 'electric'],
    ['my electric water heater is leaking', 'electric'],
    ['燃气热水器打不着火', 'gas'],
    ['our gas boiler keeps cutting out', 'gas'],
    ['热水器不出热水', undefined],
  ])('reads the energy source of %s', (text, energy) => {
    expect(energySourceIn(text)).toBe(energy);
  });

  it('keeps lines for both kinds and drops the other kind’s', () => {
    expect(lineFitsEnergy('闻到燃气味时不要打火', 'electric')).toBe(false);
    expect(lineFitsEnergy('If you smell gas, do not light anything', 'electric')).toBe(false);
    expect(lineFitsEnergy('电热水器预留足够加热时间', 'gas')).toBe(false);
    expect(lineFitsEnergy('检查是否显示故障代码', 'electric')).toBe(true);
    expect(lineFitsEnergy('检查是否显示故障代码', 'gas')).toBe(true);
  });
});

describe('answers that keep to what the customer said', () => {
  it.each([
    ['fit-ac-zh', '美的空调不制冷', /不制冷|制冷效果/],
    ['fit-fridge-zh', '海尔冰箱不制冷了', /冷藏|不凉/],
    ['fit-fridge-en', 'my Samsung fridge is not cold', /not cold|setting|seal/i],
  ])('%s: no error code the customer never gave', async (ref, text, expected) => {
    const said = await world.customer(ref).say(text);
    expect(said.text).toMatch(expected);
    // No code-shaped token the customer did not type ("F1", "E6", "21E").
    expect(said.text).not.toMatch(/\b(?:[A-Z]{1,3}\d{1,2}|\d{1,2}[A-Z])\b|「[^」]*[A-Z]\d/);
  });

  it('gives an electric water heater no gas steps or gas warnings, in Chinese', async () => {
    const said = await world.customer('fit-ewh-zh').say('电热水器不出热水了');
    expect(said.text).toMatch(/加热|热水/);
    expect(said.text).not.toMatch(/燃气|煤气|打火/);
  });

  it('keeps the electric heater through the conversation, in English', async () => {
    const c = world.customer('fit-ewh-en');
    await c.say('we have an electric water heater, a Haier');
    const said = await c.say('there is no hot water at all since this morning');
    expect(said.text).not.toMatch(/\bgas\b|flame|ignit/i);
  });
});
