/**
 * Questions about the problem at hand are answered, not refused: a step of the case just given,
 * whether to unplug an appliance standing in water (in the chat, and while waiting for a person),
 * and an electric shock felt in the shower. Safety advice while waiting is given once and never
 * stops a phone number from reaching the ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseLineFor } from '../../bot/engine/case-follow-up';
import { answerSafetyQuestion } from '../../bot/engine/safety-question';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the line of a case a follow-up asks about', () => {
  const hit = { steps: ['Keep holding the knob 3-5 seconds after it lights', 'clean the thermocouple probe beside the flame', 'if it still dies, book a repair'], safety: [] };
  it.each([
    ['how do I clean the thermocouple?', 2],
    ['what do you mean by step 3', 3],
    ['where is the thermocouple probe exactly?', 2],
  ])('%s -> step %s', (question, step) => {
    expect(caseLineFor(question, hit, 'en')?.step).toBe(step);
  });
  it('finds nothing for what the case does not say', () => {
    expect(caseLineFor('how do I replace the spark module?', hit, 'en')).toBeUndefined();
    expect(caseLineFor('热电偶怎么清洁？', { steps: ['确认燃气阀打开', '用干布清洁点火针'] }, 'zh')).toBeUndefined();
  });
  it('finds a Chinese step by the part it names', () => {
    expect(caseLineFor('点火针怎么清洁？', { steps: ['确认燃气阀打开', '用干布清洁点火针'] }, 'zh')?.step).toBe(2);
  });
});

describe('a follow-up on the case just given', () => {
  it('is answered from the step in English, and is never called off-topic', async () => {
    const c = world.customer('hand-thermo-en');
    await c.say("my gas hob won't stay lit, the flame goes out when I release the knob");
    const said = await c.say('how do I clean the thermocouple?');
    expect(said.text).toMatch(/thermocouple/i);
    expect(said.text).toMatch(/engineer/i);
    expect(said.text).not.toMatch(/don't have a reliable answer|can't help/i);
  });

  it('is answered from the step in Chinese', async () => {
    const c = world.customer('hand-thermo-zh');
    await c.say('燃气灶打不着火了');
    const said = await c.say('点火针怎么清洁？');
    expect(said.text).toMatch(/第\d步.*点火针/);
    expect(said.text).not.toMatch(/没有确切资料，工程师或客服联系您时/);
  });

  it('offers an engineer or a person when the case does not say', async () => {
    const c = world.customer('hand-unknown-zh');
    await c.say('燃气灶打不着火了');
    const said = await c.say('热电偶怎么清洁？');
    expect(said.text).toMatch(/工程师/);
    expect(said.text).toMatch(/转人工/);
  });
});

describe('should I unplug it?', () => {
  it('reads the water from the problem and the question', () => {
    expect(answerSafetyQuestion('要不要拔插头？', '洗碗机漏水漏了一地', 'zh')).toMatch(/干/);
    expect(answerSafetyQuestion('should I unplug it?', 'washer leaking a lot', 'en')).toMatch(/dry/);
    expect(answerSafetyQuestion('how much is a repair?', 'washer leaking a lot', 'en')).toBeUndefined();
    expect(answerSafetyQuestion('is it safe to unplug the fridge to defrost it?', '', 'en', false)).toBeUndefined();
  });

  it('is answered with when unplugging is safe, after a leak, in Chinese', async () => {
    const c = world.customer('hand-unplug-zh');
    await c.say('洗碗机漏水漏了一地');
    const said = await c.say('要不要拔插头？');
    expect(said.text).toMatch(/手和脚下都是干的/);
    expect(said.text).toMatch(/总电闸/);
    expect(said.text).toMatch(/进水阀/);
  });

  it('is answered in English, after the steps for a leak', async () => {
    const c = world.customer('hand-unplug-en');
    await c.say('washing machine leaking a lot');
    const said = await c.say('should I unplug it?');
    expect(said.text).toMatch(/only if your hands and the floor/i);
    expect(said.text).toMatch(/water supply/i);
  });

  it('is answered while waiting for a person after a flood near a socket', async () => {
    const c = world.customer('hand-unplug-waiting');
    const first = await c.say('洗碗机漏水了 地上全是水 旁边有插座');
    expect(first.text).toMatch(/总电闸/);
    const said = await c.say('要不要拔插头？');
    expect(said.text).toMatch(/手和脚下都是干的/);
    expect(said.text).not.toMatch(/您补充的内容人工客服都能看到/);
  });
});

describe('danger while waiting', () => {
  it('gives the advice once and still puts the phone number on the ticket', async () => {
    const c = world.customer('hand-burning-waiting');
    await c.say('my electric water heater smells of burning plastic');
    const said = await c.say('it still smells of burning plastic, call me on 13812345678');
    expect(said.text).toMatch(/138\*{4}5678/);
    expect(said.text).not.toMatch(/Heat or burning smell: stop using it/);
    expect(said.text).toMatch(/safety advice above/i);
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe('13812345678');
  });

  it('reads a buzz felt from the tap in the shower as an electric shock', async () => {
    const said = await world.customer('hand-buzz').say("I get a little buzz from the tap when I'm in the shower");
    expect(said.text).toMatch(/electric shock/i);
    expect(said.text).not.toMatch(/flame|gas/i);
  });
});

describe('a how-to question no policy answers', () => {
  it.each([
    ['howto-bolts-zh', '新洗衣机运输螺栓要拆吗', /运输螺栓/],
    ['howto-bolts-en', 'do I need to remove the transit bolts on a new washing machine?', /transit bolts/i],
  ])('%s is answered from the step of a case that names it', async (ref, text, expected) => {
    const said = await world.customer(ref).say(text);
    expect(said.text).toMatch(expected);
    expect(said.text).not.toMatch(/没有确切的资料|don't have a reliable answer/);
  });

  it('still says plainly when nothing in the knowledge base speaks to it, and offers a person', async () => {
    const said = await world.customer('howto-none').say('电视屏幕要多久清洁一次');
    expect(said.text).toMatch(/转人工/);
  });
});

describe('who pays for the visit, asked after the steps', () => {
  it.each([
    ['fee-zh', '美的洗衣机不脱水了', '上门要我付钱吗', /上门费/, /型号/],
    ['fee-en', 'my fridge is not cold', 'who pays for the engineer visit?', /call-out fee/i, /temperature|°C/],
  ])('%s gets the call-out fee rule, not a form question or another answer', async (ref, first, question, expected, wrong) => {
    const c = world.customer(ref);
    await c.say(first);
    const said = await c.say(question);
    expect(said.text).toMatch(expected);
    expect(said.text).not.toMatch(wrong);
  });
});
