/**
 * The safety script fits the hazard and what powers the product: no gas advice for an electric
 * product, no breaker or "appliance" for a phone, sparks inside a microwave are not sparks at a
 * socket. Read through `understand()`, as the bot reads a customer's message.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understanding';
import { HAZARD_KINDS, safetyScript, scriptForKinds, type HazardKind } from '../../bot/understanding/safety-script';

const GAS_WORDS = /燃气|煤气|点火|\bgas\b|\bvalve\b|\blight (?:it|a)\b/i;
const MAINS_WORDS = /总电闸|空气开关|(?<!充)电器|这台设备|\bbreaker\b|\bappliance\b|\bvalve\b|阀/i;

function read(text: string) {
  const u = understand(text, { today: '2026-12-05' });
  const script = safetyScript(u.urgency.hazards, { text, category: u.slots.category });
  return { u, script };
}

describe('the script is chosen by hazard kind and power source', () => {
  it.each([
    ['即热式电热水器洗澡时花洒出水有点电手', 'electric_shock', 'mains'],
    ['my electric shower gives a little zap when I touch the tap', 'electric_shock', 'mains'],
    ['饮水机漏水漏到插排上了', 'water_electric', 'mains'],
    ['烤箱里面噼里啪啦冒火星', 'arcing_inside', 'mains'],
    ['the microwave keeps sparking and popping while it runs', 'arcing_inside', 'mains'],
    ['微波炉的插头冒火花了', 'sparks_outlet', 'mains'],
    ['the plug of my kettle sparked when I pulled it out', 'sparks_outlet', 'mains'],
    ['平板电脑电池鼓包了，屏幕都被顶起来了', 'battery', 'battery'],
    ["my laptop's trackpad is bulging up", 'battery', 'battery'],
    ['手机充电的时候烫得拿不住，还有焦糊味', 'overheating', 'battery'],
    ['the tablet charger smells of burning plastic', 'overheating', 'battery'],
    ['燃气热水器洗澡的时候头晕想吐', 'carbon_monoxide', 'gas'],
  ] as const)('%s -> %s on %s', (text, kind, power) => {
    const { u, script } = read(text);
    expect(u.urgency.priority).toBe('P1');
    expect(script.kinds).toContain(kind);
    expect(script.power).toBe(power);
    // What the customer hears first is this script.
    expect(u.urgency.safetyAdvice).toEqual(script.advice);
  });

  it('gives an electric product no gas advice, in either language', () => {
    for (const text of ['电热水器的外壳漏电了', 'the electric water heater is giving shocks', '洗衣机插座冒火花还有焦味', 'the dishwasher smells of burning plastic']) {
      const { script } = read(text);
      expect(script.advice.zh, text).not.toMatch(GAS_WORDS);
      expect(script.advice.en, text).not.toMatch(GAS_WORDS);
      expect(script.reminder.en, text).not.toMatch(GAS_WORDS);
    }
  });

  it('calls a phone a phone, and gives it no breaker, valve or gas words', () => {
    const { script } = read('my phone battery is swollen and the back is popping off');
    expect(script.device).toEqual({ zh: '这部手机', en: 'the phone' });
    expect(script.advice.en).toMatch(/the phone/);
    for (const line of [script.advice.zh, script.advice.en, script.reminder.zh, script.reminder.en]) {
      expect(line).not.toMatch(MAINS_WORDS);
      expect(line).not.toMatch(GAS_WORDS);
    }
  });

  it('sparks inside a microwave get the inside script, not the plug one', () => {
    const { script } = read('微波炉转的时候里面冒火花');
    expect(script.advice.zh).toMatch(/微波炉里面打火/);
    expect(script.advice.zh).not.toMatch(/插头或插座打火花/);
    expect(script.advice.en).toMatch(/Sparks inside the microwave/);
  });

  it('keeps gas advice for a gas product and never asks to work a switch with gas in the air', () => {
    const { script } = read('燃气灶那边一股煤气味，插座还冒火花');
    expect(script.advice.zh).toMatch(/不要开关任何电器/);
    expect(script.advice.zh).not.toMatch(/总电闸/);
  });

  // Every script, for every power source: gas words only where there is gas, mains words never for a battery product.
  const nonGas = HAZARD_KINDS.filter((k): k is Exclude<HazardKind, 'gas_leak' | 'carbon_monoxide'> => k !== 'gas_leak' && k !== 'carbon_monoxide');
  it.each(nonGas)('%s: no gas words on mains, no mains words on a battery', (kind) => {
    const mains = scriptForKinds([kind], { category: 'dishwasher' }, 'mains');
    if (kind !== 'pressure') expect(`${mains.advice.zh} ${mains.advice.en} ${mains.reminder.zh} ${mains.reminder.en}`).not.toMatch(GAS_WORDS);
    // A socket's wiring is the home's whatever is plugged in; a pressure cooker's advice is about heat and its valve.
    if (kind === 'pressure' || kind === 'sparks_outlet' || kind === 'water_electric') return;
    const battery = scriptForKinds([kind], { category: 'phone' }, 'battery');
    expect(`${battery.advice.zh} ${battery.advice.en} ${battery.reminder.zh} ${battery.reminder.en}`).not.toMatch(MAINS_WORDS);
  });
});
