/**
 * Playtest round 15: once a repair is filed in the chat, the ticket is the context. A visit
 * question is answered from it, "still broken" is noted on it, a goodbye never cancels it, "is it
 * still on?" reads its real state, follow-ups and corrections change it (no second ticket), and an
 * older repair from elsewhere is never shown the new ticket as its status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World, type Customer } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const FILE_ZH = ['洗衣机脱水的时候不转了', '美的的 型号不清楚', '试了 还是不转', '杭州市西湖区文三路120号6幢301', '13700001111', '后天下午', '对'];
const FILE_EN = [
  'my washing machine stopped spinning',
  "it's a Midea, no idea of the model",
  'tried it, still not spinning',
  '220 Nanjing Road, Room 1203, Huangpu District, Shanghai',
  '13700002222',
  'the day after tomorrow, afternoon',
  'yes',
];

async function filed(ref: string, lang: 'zh' | 'en'): Promise<{ c: Customer; number: string }> {
  const c = world.customer(ref);
  let last = '';
  for (const line of lang === 'zh' ? FILE_ZH : FILE_EN) last = (await c.say(line)).text;
  const number = /AS-\d{8}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(last)?.[0];
  expect(number).toBeTruthy();
  return { c, number: number! };
}

const NEW_FORM = /确认一下报修信息|什么问题|试过之后|confirm the repair request|what's the problem|did that fix/i;

describe('after a ticket is filed, round 15', () => {
  it.each([
    ['zh', '单子都报上了，师傅后天下午会来吧？'],
    ['zh', '工程师到时候会不会先打个电话给我'],
    ['en', 'so the technician is coming the day after tomorrow, right?'],
    ['en', 'will the engineer call me before turning up?'],
  ])('a question about the visit is answered from the ticket (%s: %s)', async (lang, line) => {
    const { c, number } = await filed(`r15-visit-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toContain(number);
    expect(said.text).toMatch(/电话|call/i);
    expect(said.text).not.toMatch(NEW_FORM);
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([
    ['zh', '还是不转，别让我再试了'],
    ['zh', '依旧不行，单子不是已经提交了吗'],
    ['en', 'still not spinning, the ticket is already in'],
    ['en', 'no change at all, it is still broken'],
  ])('"still broken" is noted on the ticket, no new form (%s: %s)', async (lang, line) => {
    const { c, number } = await filed(`r15-still-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toContain(number);
    expect(said.text).not.toMatch(NEW_FORM);
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([
    ['zh', '行吧 具体的我问师傅好了 再见', '等等，你是不是把我的预约取消了？还算数吗'],
    ['zh', '那个问题不用管了', '上门还在吧？没给我撤了吧？'],
    ['en', "never mind, I'll sort it out with the technician. bye", 'hang on, did you just cancel it? is the repair still on?'],
    ['en', 'forget that question', 'is my appointment still booked or not?'],
  ])('a goodbye never cancels the ticket, and "is it still on?" reads its state (%s)', async (lang, bye, check) => {
    const { c, number } = await filed(`r15-bye-${bye}`, lang as 'zh' | 'en');
    const left = await c.say(bye);
    expect(left.text).not.toMatch(/已取消|cancelled the|I've cancelled/i);
    const asked = await c.say(check);
    expect(asked.text).toContain(number);
    expect(asked.text).toMatch(/没有取消|照常|nothing was cancelled|still booked/i);
    const [ticket] = await c.tickets();
    expect(ticket!.status).not.toMatch(/closed|cancel/);
  });

  it.each([
    ['zh', '我是要有人上门来修，不是光登记一下'],
    ['en', 'I need an engineer to come out, not just a record of it'],
  ])('"send someone, not a record" updates the same ticket (%s)', async (lang, line) => {
    const { c, number } = await filed(`r15-visit-wish-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toContain(number);
    expect(said.text).not.toMatch(NEW_FORM);
    expect(await c.tickets()).toHaveLength(1);
  });

  it('the address missing its number is fixed on the filed ticket and said back (en)', async () => {
    const { c, number } = await filed('r15-addr-en', 'en');
    const said = await c.say('the flat number is wrong, should be Room 1208. fix the address please');
    expect(said.text).toContain(number);
    expect(said.text).not.toMatch(NEW_FORM);
    const asked = await c.say('220 Nanjing Road, Room 1208, Huangpu District, Shanghai');
    const all = said.text + asked.text;
    expect(all).toMatch(/1208/);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.address).toMatch(/1208/);
  });

  it('"correct the ticket" asks what, and the model given is put on the same ticket (zh)', async () => {
    const { c, number } = await filed('r15-model-zh', 'zh');
    const ask = await c.say('工单能帮我更正一下吗');
    expect(ask.text).toContain(number);
    expect(ask.tools).not.toContain('handOff');
    const said = await c.say('型号是MG100V11D');
    expect(said.text).toMatch(/MG100V11D/);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.model).toBe('MG100V11D');
  });

  it('the address is corrected on the filed ticket (zh)', async () => {
    const { c } = await filed('r15-addr-zh', 'zh');
    const said = await c.say('地址门牌号写错了，改成文三路128号6幢301');
    expect(said.text).toMatch(/128号/);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.address).toMatch(/128号/);
  });

  it.each([
    ['zh', '我两周前送到售后网点修的电饭煲，现在修到哪一步了'],
    ['en', 'any news on my blender? I dropped it off at your service point last month'],
  ])('an older repair is not shown the ticket just filed as its status (%s)', async (lang, line) => {
    const { c, number } = await filed(`r15-older-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toMatch(/刚才|just made/);
    expect(said.text).toMatch(/工单号|手机号|ticket number|phone/i);
    expect(said.text).not.toMatch(/预计|expected to be done/i);
    expect(said.text).toContain(number);
  });

  it.each([
    ['zh', '离我最近的维修网点在哪'],
    ['en', 'where is the closest service center to me?'],
  ])('"where is the nearest service centre" is not a status answer (%s)', async (lang, line) => {
    const { c } = await filed(`r15-centre-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).not.toMatch(/预计.*处理完|expected to be done/i);
    expect(said.text).toMatch(/网点|service cent/i);
  });

  it.each([
    ['zh', '另外家里冰箱冷藏室也不凉了，也帮我报个修'],
    ['en', 'also my fridge is not cooling at all, please book a repair for that too'],
  ])('a different product after filing is summed up as a second ticket (%s)', async (lang, line) => {
    const { c, number } = await filed(`r15-second-${line}`, lang as 'zh' | 'en');
    let said = await c.say(line);
    for (let i = 0; i < 4 && !/确认一下报修信息|confirm the repair request/i.test(said.text); i++)
      said = await c.say(lang === 'zh' ? '不行，还是不凉，就约上门吧' : 'tried that, still not cooling, book the visit');
    expect(said.text).toMatch(/新工单|second ticket/i);
    expect(said.text).toContain(number);
  });

  it.each([
    ['zh', '我的工单进度怎么样了'],
    ['en', "what's the status of my ticket?"],
  ])('a status asked without a number names the ticket as the one made in this chat (%s)', async (lang, line) => {
    const { c, number } = await filed(`r15-status-${line}`, lang as 'zh' | 'en');
    const said = await c.say(line);
    expect(said.text).toContain(number);
    expect(said.text).toMatch(/这次对话里刚提交|made in this chat/);
  });
});
