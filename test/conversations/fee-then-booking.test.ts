/**
 * Issue 16: an out-of-warranty customer asks what a visit costs, then what is owed if they decline
 * the repair after the check, then books in one message with the model, phone and address. The fee
 * rule answers both questions (call-out fee; only that fee if the quote is declined), and the
 * booking line with its details starts the repair form with the fault already told, instead of the
 * menu line or "I have no reliable information".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a fee question, a declined-quote question, then a booking with its details', () => {
  it.each([
    [
      'zh',
      '老家的电热水器不出热水了，前年买的早过保了，请个师傅上门得花多少',
      '要是师傅检测完了我觉得太贵不修呢',
      '好 那帮我安排吧，型号DSZF-60A，电话13855512345，地址合肥市蜀山区长江西路200号2单元',
      /上门费/,
      /仅收上门费|只收上门费/,
      /13855512345[\s\S]*长江西路|不出热水[\s\S]*13855512345/,
    ],
    [
      'en',
      "our tumble-free washer stopped spinning, it's well out of warranty, how much does it cost to get a technician out?",
      'what if the engineer checks it and I decide not to go ahead with the repair?',
      'alright, book it then: model WM9000, phone 07700900456, address 4 Mill Lane, York',
      /call-out fee/i,
      /decline the repair, only the call-out fee/i,
      /07700900456|when did you buy/i,
    ],
  ])('%s', async (_lang, fault, decline, booking, fee, onlyFee, form) => {
    const c = world.customer(`fee-then-booking-${fault}`);
    expect((await c.say(fault)).text).toMatch(fee);
    const declined = await c.say(decline);
    expect(declined.text).toMatch(onlyFee);
    const booked = await c.say(booking);
    expect(booked.text).not.toMatch(/没有确切的资料|遇到了什么问题|reliable (?:answer|information)|What can I help with/i);
    expect(booked.text).toMatch(form);
  });
});
