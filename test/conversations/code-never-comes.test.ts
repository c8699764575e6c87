/**
 * A customer whose texted code never comes hears that a person can do what the flow was doing:
 * move the visit, cancel it. The code question is one slot for every flow that finds a ticket by
 * the phone (phone-lookup.ts), told only what a person would do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelVisitFlow } from '../../bot/engine/flows/cancel-visit-flow';
import { personHelpsWithoutCode, proofCodeSlot } from '../../bot/engine/flows/phone-lookup';
import { rescheduleFlow } from '../../bot/engine/flows/reschedule-flow';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the code never comes', () => {
  it.each([
    ['zh', '消毒柜约了后天上门，能不能改到下周一', '工单号我删了，报修手机是13512348888', '跳过', /转人工[^。]*帮您改约/],
    [
      'en',
      'can we push the engineer visit for my cooker hood to next tuesday',
      'I deleted the text with the ticket number, the phone on it is 13512348888',
      'skip',
      /human[^.]*move the visit for you/i,
    ],
  ])('moving a visit: a person can move it (%s)', async (_lang, ask, phone, skip, words) => {
    const c = world.customer(`code-never-${ask}`);
    await c.say(ask);
    const sent = await c.say(phone);
    expect(sent.text).toMatch(/验证码|code/);
    const said = await c.say(skip);
    expect(said.text).toMatch(words);
    expect(said.text).not.toMatch(/proofCode|帮您取消|cancel the visit/);
  });

  it('cancelling a visit: a person can cancel it (zh, en)', () => {
    const slot = cancelVisitFlow.slots.find((s) => s.slot === 'proofCode')!;
    expect(slot.without.zh).toBe('收不到验证码也有办法：回复“转人工”，客服核实您的身份后帮您取消。');
    expect(slot.without.en).toBe('If the code doesn\'t come, reply "human" and a person will check who you are and cancel the visit for you.');
  });

  it('one code question for both flows, told the verb', () => {
    const move = rescheduleFlow.slots.find((s) => s.slot === 'proofCode')!;
    const same = proofCodeSlot(personHelpsWithoutCode({ zh: '改约', en: 'move the visit for you' }));
    expect({ ...move, knownFrom: undefined }).toEqual({ ...same, knownFrom: undefined });
  });
});
