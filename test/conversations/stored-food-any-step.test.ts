/**
 * The food in a fridge or freezer that is down, asked in whatever step the conversation is in:
 * right after the self-help steps, in the middle of the repair form, or with the "yes" at the
 * confirmation. A real desk answers it at once (keep the doors shut, a cool box or another
 * freezer, what may be refrozen, what to throw away) and the job goes on; it is never the general
 * "it depends on what it is doing" safety text, nor "I can't answer, it goes on the ticket".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const FOOD_ADVICE = /冰袋|保温箱|冻回去|扔掉|\bice packs\b|\bcool box\b|refroz|throw it out/i;
const NOT_ANSWERED = /答不了|写在工单上|没有确切的资料|It depends on what it is doing|can't answer that myself|no reliable information|don't have reliable/i;

describe('the food, right after the self-help steps', () => {
  it.each([
    ['zh', '西门子冰箱冷冻室不怎么冻了，冰棍都软了', '那这段时间冰箱里的肉和饺子放哪儿好'],
    ['en', 'our Bosch fridge freezer has stopped freezing properly, the peas are going soft', 'in the meantime what should we do with all the frozen stuff?'],
    ['en', 'the LG fridge is warm inside and the freezer is thawing', 'and what about our meat and milk till someone comes?'],
  ])('is answered with what to keep, move or throw away (%s)', async (_lang, fault, food) => {
    const c = world.customer(`food-after-steps-${food}`);
    await c.say(fault);
    const said = await c.say(food);
    expect(said.text).toMatch(FOOD_ADVICE);
    expect(said.text).not.toMatch(NOT_ANSWERED);
  });
});

describe('the food, in the middle of the repair form', () => {
  it.each([
    ['zh', ['美菱冰柜不制冷了 直接派师傅来修吧', '型号不清楚'], '冰柜里那些冻货咋整 扔了可惜', /手机号|电话|什么时候买/],
    [
      'en',
      ['our Hisense freezer is not freezing, please just send an engineer', "I don't know the model"],
      'where should we put the frozen goods until then?',
      /phone|number|when did you buy|bought/i,
    ],
  ])('is answered and the form goes on (%s)', async (_lang, opening, food, nextStep) => {
    const c = world.customer(`food-mid-form-${food}`);
    for (const line of opening) await c.say(line);
    const said = await c.say(food);
    expect(said.text).toMatch(FOOD_ADVICE);
    expect(said.text).not.toMatch(NOT_ANSWERED);
    expect(said.text).toMatch(nextStep);
  });
});

describe('the food, with the yes at the confirmation', () => {
  it.each([
    ['zh', ['海信冰箱冷冻室不冻了，帮我约个师傅上门', '型号不知道，去年5月买的', '电话13622334455 地址广州市天河区体育西路八十八号 后天上午'], '对的 那冷冻的海鲜现在放哪里好'],
    [
      'en',
      ['our Haier fridge freezer stopped freezing, please book an engineer', "don't know the model", 'phone 07700900123, 14 Mill Lane, Leeds, Friday morning'],
      'yes all correct. where do we keep the frozen food meanwhile?',
    ],
  ])('is answered and the request is filed (%s)', async (_lang, opening, yesAndFood) => {
    const c = world.customer(`food-at-confirm-${yesAndFood}`);
    for (const line of opening) await c.say(line);
    const said = await c.say(yesAndFood);
    expect(said.text).toMatch(FOOD_ADVICE);
    expect(said.text).not.toMatch(NOT_ANSWERED);
    expect(await c.tickets()).toHaveLength(1);
  });
});
