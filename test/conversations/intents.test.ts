/**
 * Intents read right (issue 16): offers answered as offers, corrections and a yes in one message
 * at the confirmation, no reply repeated, neighbouring requests sent where they are done, and a
 * question never acknowledged with an empty OK. Whole conversations through the offline
 * assistant, in Chinese and English, judged by what the customer hears and the ticket filed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_VISIT = /不给您安排上门|OK, no visit/;

describe('an offer is answered as the offer it was', () => {
  it.each([
    ['zh', '微波炉是11月20日在天猫买的，不加热，想换货', '需要 帮我登记一下', '13912345678', '寄回', '对'],
    ['zh', '11月21号网上买的洗衣机 不进水 能退吗', '要的', '13912345678', '杭州市西湖区文三路88号2幢301', '没问题'],
    ['en', 'the vacuum cleaner I bought online on 20 November stops after a minute, can I exchange it?', 'ok then yes, register an exchange', '13912345678', 'send back', 'yes'],
  ])('a yes to "register a return or exchange?" registers a return request, never a repair (%s)', async (_lang, ask, accept, phone, address, yes) => {
    const c = world.customer(`offer-return-${ask}`);
    const offered = await c.say(ask);
    expect(offered.text).toMatch(/登记退换货申请吗|register a return or exchange request/);
    const taken = await c.say(accept);
    expect(taken.text).not.toMatch(NO_VISIT);
    expect(taken.text).not.toMatch(/工程师|engineer/);
    expect(taken.text).toMatch(/手机号|phone|mobile/i);
    // Bought online: collected from the order's address, so the summary follows the phone; an
    // address or "send back" said at the summary is taken or leaves it as it was.
    const summary = await c.say(phone);
    expect(summary.text).toMatch(/退换货申请|换货申请|退货申请|exchange request|return request/);
    await c.say(address);
    const filed = await c.say(yes);
    expect(filed.text).toMatch(/AS-\d{8}/);
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.type)).toEqual(['warranty_claim']);
  });

  it('a named exchange is taken even after a visit was turned down (zh)', async () => {
    const c = world.customer('offer-return-declined');
    await c.say('冰箱不制冷 不用上门');
    const offered = await c.say('11月20日京东买的 能换货吗');
    expect(offered.text).toMatch(/登记退换货申请吗/);
    const taken = await c.say('需要 帮我登记换货');
    expect(taken.text).not.toMatch(NO_VISIT);
    expect(taken.text).toMatch(/手机号|哪件产品/);
  });

  it('a no to the return offer is heard as a no (en)', async () => {
    const c = world.customer('offer-return-no');
    await c.say('bought a kettle online on 21 November, it leaks from the base, I want a refund');
    const no = await c.say('no thanks, not now');
    expect(no.text).toMatch(/OK|any time/);
    expect(await c.tickets()).toEqual([]);
  });
});

describe('corrections and a yes in one message at the confirmation', () => {
  it.each([
    ['zh', ['烤箱不加热了 帮我报修', '不知道', '去年', '13912345678', '杭州市西湖区文一路88号'], '地址少了门牌：3-1-501，改好就提交', /3-1-501/],
    [
      'en',
      ['my dishwasher will not drain, please book a repair', 'Bosch SMS46', 'last March', '13912345678', '88 Wenyi Road, Xihu District, Hangzhou'],
      'the address is missing the flat: 2-1-702. fix that then yes',
      /2-1-702/,
    ],
  ])('the change is made and the request filed (%s)', async (_lang, form, fix, part) => {
    const c = world.customer(`amend-${_lang}`);
    for (const line of form) await c.say(line);
    const filed = await c.say(fix);
    expect(filed.text).toMatch(/AS-\d{8}/);
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(part);
    expect(ticket!.address).toMatch(/Wenyi|文一路/);
  });

  it('a model and a time given together are both taken, then filed (en)', async () => {
    const c = world.customer('amend-model-time');
    for (const line of ['my dryer shows E21, book an engineer', "don't know", '2024', '13912345678', '12 Tianmu Road, Xihu District, Hangzhou']) await c.say(line);
    const filed = await c.say('you dropped the model and my time: model WTW87, weekends after 10am. then yes');
    expect(filed.text).toMatch(/AS-\d{8}/);
    const [ticket] = await c.tickets();
    expect(ticket!.model).toBe('WTW87');
    expect(ticket!.address).toMatch(/weekends after 10am/);
  });

  it('a change without a yes shows the corrected summary once (zh)', async () => {
    const c = world.customer('amend-no-yes');
    for (const line of ['微波炉不转了 帮我报修', '不知道', '不记得', '13912345678', '南京市鼓楼区中山路100号']) await c.say(line);
    const shown = await c.say('型号是 MM721NG1');
    expect(shown.text).toMatch(/MM721NG1/);
    expect(await c.tickets()).toEqual([]);
  });
});

describe('no reply repeats the one before', () => {
  it.each([
    ['zh', ['吸尘器不吸了 帮我报修', '不知道', '不记得', '13912345678', '南京市鼓楼区中山路100号'], '啊？'],
    ['en', ['my dishwasher will not drain, please book a repair', "don't know", "don't remember", '13912345678', '9 Nanjing Road, Huangpu District, Shanghai'], 'huh?'],
  ])('saying something unclear again at the confirmation changes what the bot does (%s)', async (_lang, form, unclear) => {
    const c = world.customer(`repeat-${_lang}`);
    for (const line of form) await c.say(line);
    const replies: string[] = [];
    for (let i = 0; i < 3; i++) replies.push((await c.say(unclear)).text);
    for (let i = 1; i < replies.length; i++) expect(replies[i]).not.toBe(replies[i - 1]);
    expect(replies.join('\n')).not.toMatch(/我换个说法|To put it another way/);
    // The way out is offered.
    expect(replies.join('\n')).toMatch(/转人工|human/);
  });
});

describe('requests that are not ours are sent where they are done', () => {
  it.each([
    ['zh', '我买的烤箱快递到哪了', /订单|店铺/],
    ['zh', '什么时候发货啊 等好几天了', /订单|店铺/],
    ['en', 'can you track my fridge delivery?', /order|shop/],
    ['en', 'I need an invoice for my order', /seller|order page/],
    ['zh', '新款扫地机器人多少钱', /商城|门店|售价/],
  ])('no ticket-number question for %s: %s', async (_lang, text, where) => {
    const c = world.customer(`elsewhere-${text}`);
    const first = await c.say(text);
    expect(first.text).toMatch(where);
    expect(first.text).not.toMatch(/工单号|ticket number/);
    const again = await c.say(text);
    expect(again.text).not.toMatch(/工单号|ticket number/);
    expect(again.text).not.toBe(first.text);
    expect(await c.tickets()).toEqual([]);
  });
});

describe('a question is never acknowledged with an empty OK', () => {
  it.each([
    ['en', 'my tv has no sound', 'do you guys install it or do I do it myself? is there a charge'],
    ['zh', '洗衣机不脱水', '你们管安装吗 还是我自己装？收费吗'],
  ])('a question after self-help is answered (%s)', async (_lang, fault, question) => {
    const c = world.customer(`question-${_lang}`);
    await c.say(fault);
    const answer = await c.say(question);
    expect(answer.text).not.toMatch(/cancelled|已取消|^OK\.|^好的。/);
    expect(answer.text.length).toBeGreaterThan(30);
  });
});
