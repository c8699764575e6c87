/**
 * Task v2 (kind 1): a paid repair is explained in money terms. Out of cover at filing, or when the
 * customer agrees to pay or asks for a quote first halfway through the form, they hear how it is
 * charged: a call-out (inspection) fee, parts and labour quoted before any work, and only the
 * call-out fee if they decline. Then the form goes on; a quote-first wish reaches the ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const TERMS_ZH = /上门检测费[^。]*先报价[^。]*同意[^。]*不修[^。]*只收上门检测费/;
const TERMS_EN = /call-out[^.]*quoted before any work[^.]*decline[^.]*only the call-out fee/i;

describe('how a paid repair is charged', () => {
  it.each([
    ['zh', ['燃气灶点不着火，要报修', '型号不清楚', '2015年买的', '13912345678', '南京市鼓楼区中山路18号5栋302', '没问题'], TERMS_ZH],
    [
      'en',
      ['my range hood fan stopped, I need a repair', "don't know the model", 'got it back in 2014', '13912345678', 'Room 302, Building 5, 18 Zhongshan Road, Gulou District, Nanjing', 'correct'],
      TERMS_EN,
    ],
  ])('an expired verdict at filing says how the paid repair is charged, once (%s)', async (_lang, lines, terms) => {
    const c = world.customer(`v2-expired-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    const filed = replies.at(-1)!;
    expect(filed).toMatch(terms);
    expect(filed).toMatch(/AS-\d{8}/);
    expect(replies.slice(0, -1).join('\n')).not.toMatch(terms);
    expect(filed).not.toMatch(/\bP[1-4]\b|range_hood|gas_stove/);
  });

  it.each([
    ['zh', '要钱就要钱吧，你们尽快来', TERMS_ZH, /手机|电话/],
    ['zh', '花钱也行，先修好再说', TERMS_ZH, /手机|电话/],
    ['zh', '自费没问题', TERMS_ZH, /手机|电话/],
    ['en', "fine, I'll pay for it, just send someone", TERMS_EN, /phone|number/i],
    ['en', "I don't mind paying, honestly", TERMS_EN, /phone|number/i],
    ['en', "happy to pay, it's old anyway", TERMS_EN, /phone|number/i],
  ])('agreeing to pay mid-form is heard with the charges, and the form goes on (%s: %s)', async (lang, consent, terms, resumes) => {
    const c = world.customer(`v2-consent-${consent}`);
    await c.sayAll(...(lang === 'zh' ? ['微波炉不加热了，我要报修', '不知道', '2016年的'] : ['the microwave stopped heating, book a repair please', 'no idea', 'bought in 2016']));
    const said = await c.say(consent);
    expect(said.text).toMatch(terms);
    expect(said.text).toMatch(resumes);
    expect(said.tools).not.toContain('createTicket');
  });

  it.each([
    ['zh', '先报个价，我同意了再修', '对', TERMS_ZH, /工单 AS-[^。]*注明您的要求[^]*先告诉您要不要收费/],
    ['en', 'quote me first, nothing gets fixed without my ok', 'yes', TERMS_EN, /written on ticket AS-[^.]*\.[^]*nothing is repaired or charged without your agreement/i],
  ])('a quote-first wish mid-form is kept and said with the filed ticket (%s)', async (lang, condition, yes, terms, onTicket) => {
    const c = world.customer(`v2-quote-${condition}`);
    const zh = lang === 'zh';
    await c.sayAll(...(zh ? ['洗碗机不排水，要报修', '不知道', '2017年'] : ['dishwasher will not drain, I want a repair', 'not sure', '2017']));
    const heard = await c.say(condition);
    expect(heard.text).toMatch(terms);
    expect(heard.text).toMatch(zh ? /手机|电话/ : /phone|number/i);
    await c.sayAll('13912345678', zh ? '南京市鼓楼区中山路18号5栋302' : 'Room 302, Building 5, 18 Zhongshan Road, Gulou District, Nanjing');
    const filed = await c.say(yes);
    expect(filed.text).toMatch(onTicket);
    // (Said once: the terms already heard are not repeated at filing.)
    expect(filed.text).not.toMatch(terms);
    const [ticket] = await c.tickets();
    const notes = (await world.assistant.desk.tickets.events(ticket!.id)).filter((e) => e.kind === 'note');
    expect(JSON.stringify(notes)).toMatch(/quote after inspection/);
  });
});
