/**
 * Playtest round 14: a side question asked while a repair form collects something (the phone, the
 * address, the summary) is answered, and the form resumes where it stood. A question at the summary
 * never files the request; an aside is no failed answer, so the slot is not given up on; a number
 * given with a question keeps the number; no mobile means a landline is offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World, type Customer } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** A washing-machine booking brought to the phone question. */
async function atPhone(c: Customer, lang: 'zh' | 'en'): Promise<void> {
  if (lang === 'zh') {
    await c.say('西门子洗衣机排不了水，想报修');
    await c.say('型号不清楚');
    await c.say('前年买的');
  } else {
    await c.say('my Siemens washer will not drain, I want someone to repair it');
    await c.say('not sure of the model');
    await c.say('bought it two years ago');
  }
}

const ADDRESS = { zh: '杭州市西湖区文三路200号6幢1单元502', en: 'Flat 502, Block 6, 200 Wensan Road, Xihu District, Hangzhou' };
const PHONE_ASK = /手机号|电话|phone number|mobile/i;
const ADDRESS_ASK = /地址|address/i;
const SUMMARY_STEP = /回复“对”|reply "yes"/i;
const NOTHING_KNOWN = /没有确切资料|没有可靠|no reliable|don't have a reliable/i;

describe('side questions in the middle of a repair form, round 14', () => {
  it.each([
    ['zh', '工程师到之前会不会先来个电话？'],
    ['zh', '师傅出发前能提前通知我一声吗'],
    ['en', 'is the engineer going to ring me before showing up?'],
    ['en', 'will someone call ahead of the visit?'],
  ] as const)('"will they call first?" at the phone step is answered, then the phone is asked again (%s: %s)', async (lang, question) => {
    const c = world.customer(`r14-call-${question}`);
    await atPhone(c, lang);
    const said = await c.say(question);
    expect(said.text).toMatch(/先给您打电话|calls you first/i);
    expect(said.text).not.toMatch(/保修1年|warranty|refund|退款|trade-in|以旧换新/i);
    expect(said.text).toMatch(PHONE_ASK);
    expect(said.tools).not.toContain('handOff');
    // The phone given next is taken, and the form goes on to the address.
    const next = await c.say('13912345678');
    expect(next.text).toMatch(ADDRESS_ASK);
  });

  it.each([
    ['zh', '大概要等几天师傅才能过来'],
    ['zh', '上门的话最早哪天能到'],
    ['en', 'how quickly can a technician come out?'],
    ['en', "what's the wait before someone gets here?"],
  ] as const)('"how soon can someone come?" at the address step is no warranty period (%s: %s)', async (lang, question) => {
    const c = world.customer(`r14-soon-${question}`);
    await atPhone(c, lang);
    await c.say('13912345678');
    const said = await c.say(question);
    expect(said.text).toMatch(/最晚什么时候给您打电话|by when the engineer will call/i);
    expect(said.text).not.toMatch(/保修|warranty/i);
    expect(said.text).toMatch(ADDRESS_ASK);
  });

  it.each([
    ['zh', '那天我得一直守在家里吗'],
    ['zh', '上班时间家里没人，怎么办'],
    ['en', 'will I have to wait at home the whole day?'],
    ['en', 'no one is in during work hours, does that matter?'],
  ] as const)('"must someone stay home all day?" is answered and the form resumes (%s: %s)', async (lang, question) => {
    const c = world.customer(`r14-home-${question}`);
    await atPhone(c, lang);
    await c.say('13912345678');
    const said = await c.say(question);
    expect(said.text).toMatch(/不用一整天在家等|no need to wait in all day/i);
    expect(said.text).not.toMatch(NOTHING_KNOWN);
    expect(said.text).toMatch(ADDRESS_ASK);
  });

  it.each([
    ['zh', '我家只有固定电话'],
    ['zh', '我没用手机，家里座机可以吗'],
    ['en', "I haven't got a mobile"],
    ['en', 'would my house phone do?'],
  ] as const)('no mobile at the phone step: a landline is offered, the product stays the same (%s: %s)', async (lang, line) => {
    const c = world.customer(`r14-landline-${line}`);
    await atPhone(c, lang);
    const said = await c.say(line);
    expect(said.text).toMatch(/座机|landline/i);
    expect(said.text).toMatch(/区号|area code/i);
    // Never read as a phone (the product) being reported: no carry-in wording, no wet-phone case.
    expect(said.text).not.toMatch(/送修|寄修|service centre|mail-in|did that fix/i);
    const next = await c.say('0571-87654321');
    expect(next.text).toMatch(ADDRESS_ASK);
  });

  it.each([
    ['zh', '短信我这边老是收不到'],
    ['en', 'text messages never reach me'],
  ] as const)('no texts: none are needed to book, and the phone is not given up on after two asides (%s)', async (lang, line) => {
    const c = world.customer(`r14-sms-${line}`);
    await atPhone(c, lang);
    const first = await c.say(line);
    expect(first.text).toMatch(/不需要收短信|needs no text/i);
    const second = await c.say(lang === 'zh' ? '师傅上门前会打电话给我吗' : 'does the engineer phone before coming?');
    // Two side questions are not two failed answers: the phone is still asked, not dropped.
    expect(second.text).not.toMatch(/没有联系电话|without a phone number/i);
    expect(second.text).toMatch(PHONE_ASK);
    // Never the same words as the reply before.
    expect(second.text).not.toBe(first.text);
  });

  it.each([
    ['zh', '13912345678 师傅来之前会联系我吧？'],
    ['en', '13912345678 - will the engineer contact me before coming?'],
  ] as const)('the phone and a question in one message: the phone is kept, the question answered (%s)', async (lang, line) => {
    const c = world.customer(`r14-both-${line}`);
    await atPhone(c, lang);
    const said = await c.say(line);
    expect(said.text).toMatch(/先给您打电话|calls you first/i);
    expect(said.text).toMatch(ADDRESS_ASK);
    const summary = await c.say(ADDRESS[lang]);
    expect(summary.text).toMatch(/13912345678/);
  });

  it.each([
    ['zh', '那我要怎么下单报修呢？'],
    ['zh', '师傅多久能上门？'],
    ['zh', '这样算报修成功了吗'],
    ['en', 'so how can I book the engineer?'],
    ['en', 'how many days before a technician comes?'],
    ['en', 'am I all set then?'],
  ] as const)('a question at the summary never files it: answered, then the yes is asked for again (%s: %s)', async (lang, question) => {
    const c = world.customer(`r14-summary-${question}`);
    await atPhone(c, lang);
    await c.say('13912345678');
    await c.say(ADDRESS[lang]);
    const said = await c.say(question);
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
    expect(said.text).toMatch(SUMMARY_STEP);
    expect(said.text).not.toMatch(/已提交|filed: ticket/i);
    const yes = await c.say(lang === 'zh' ? '好的 提交吧' : 'yes go ahead');
    expect(yes.tools).toContain('createTicket');
  });

  it.each([
    ['zh', '师傅来之前会先打电话吗', '家里白天必须有人吗'],
    ['en', 'will they phone me beforehand?', 'do I need to be in all day?'],
  ] as const)('two questions at the summary in a row: each answered, the step said again in other words (%s)', async (lang, one, two) => {
    const c = world.customer(`r14-summary-twice-${one}`);
    await atPhone(c, lang);
    await c.say('13912345678');
    await c.say(ADDRESS[lang]);
    const first = await c.say(one);
    const second = await c.say(two);
    expect(first.text).toMatch(SUMMARY_STEP);
    expect(second.text).toMatch(SUMMARY_STEP);
    expect(second.text).not.toBe(first.text);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '平板充不进电了，要修', '你们帮我看看要收钱不'],
    ['en', "the earbuds won't pair any more, need them repaired", 'is there a fee for checking them?'],
    ['en', 'my phone screen keeps flickering, I want it fixed', 'do I pay anything for you to check it?'],
  ] as const)('a carried-in product: the inspection fee is answered from the service-centre rule, never a complaint about charges (%s)', async (_lang, start, question) => {
    const c = world.customer(`r14-carry-${start}`);
    await c.say(start);
    const said = await c.say(question);
    expect(said.text).toMatch(/检测一般免费|inspection at the centre is usually free/i);
    expect(said.text).not.toMatch(/投诉|complaint|上门费（|call-out fee \(/i);
  });

  it.each([
    ['zh', '平板屏幕碎了，想修一下', '我要在家等师傅吗'],
    ['en', 'my laptop keyboard stopped working, I want it repaired', 'do I need to be home when the technician comes?'],
  ] as const)('a carried-in product: nobody comes, so nobody waits at home (%s)', async (_lang, start, question) => {
    const c = world.customer(`r14-carry-home-${start}`);
    await c.say(start);
    const said = await c.say(question);
    expect(said.text).toMatch(/不上门维修|not repaired at home/i);
    expect(said.text).not.toMatch(NOTHING_KNOWN);
    expect(said.tools).not.toContain('ticketStatus');
  });

  it.each([
    ['zh', '修好一般得花多长时间'],
    ['zh', '师傅来了多久能弄好'],
    ['en', 'how long will the fix take once he is here?'],
    ['en', 'can it be repaired in one visit?'],
  ] as const)('"how long does the repair take?" is answered honestly, never with a warranty period or a refund (%s: %s)', async (lang, question) => {
    const c = world.customer(`r14-repair-time-${question}`);
    await atPhone(c, lang);
    const said = await c.say(question);
    expect(said.text).toMatch(/没法提前说准|can't tell you beforehand/i);
    expect(said.text).not.toMatch(/保修1年|warranty|退款|refund|制冷剂|refrigerant/i);
    expect(said.text).toMatch(PHONE_ASK);
  });

  it.each([
    ['zh', '提交了以后大概几点会有人联系我'],
    ['en', 'after you file this, when will somebody contact me?'],
  ] as const)('asking when someone gets in touch after filing is no yes at the summary (%s)', async (lang, question) => {
    const c = world.customer(`r14-summary-contact-${question}`);
    await atPhone(c, lang);
    await c.say('13912345678');
    await c.say(ADDRESS[lang]);
    const said = await c.say(question);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).toMatch(/最晚什么时候给您打电话|by when the engineer will call/i);
    expect(said.text).toMatch(SUMMARY_STEP);
  });

  it.each([
    ['zh', '电话号码想改一下'],
    ['en', 'could I update the phone number?'],
  ] as const)('asking to change a fact at the summary asks which, never looks up a booked visit (%s)', async (lang, line) => {
    const c = world.customer(`r14-summary-change-${line}`);
    await atPhone(c, lang);
    await c.say('13912345678');
    await c.say(ADDRESS[lang]);
    const said = await c.say(line);
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).not.toMatch(/验证码|code has just been texted|delivery/i);
    expect(said.text).toMatch(/要改哪一项|which part should change/i);
  });

  it.each([
    ['zh', '洗碗机显示E15', '要是约师傅，一般几天能来'],
    ['en', 'my dishwasher shows E15', 'if I book it, how soon could a technician be here?'],
  ] as const)('asked about the visit just offered: answered, and the offer stands (%s)', async (lang, start, question) => {
    const c = world.customer(`r14-offer-${start}`);
    await c.say(start);
    const said = await c.say(question);
    expect(said.text).toMatch(/最晚什么时候给您打电话|by when the engineer will call/i);
    expect(said.text).toMatch(/回复“好的”|reply "yes"/i);
    const yes = await c.say(lang === 'zh' ? '好的' : 'yes');
    expect(yes.text).toMatch(/型号|什么时候买|model|when did you buy/i);
  });

  it.each([
    ['zh', '家里座机可以吧？0571-88776655'],
    ['en', "here's my home line 0571-88776655, will that do?"],
  ] as const)('a landline given with the question is taken, and the form goes on (%s)', async (lang, line) => {
    const c = world.customer(`r14-landline-given-${line}`);
    await atPhone(c, lang);
    const said = await c.say(line);
    expect(said.text).toMatch(/记下了|noted that number/i);
    expect(said.text).toMatch(ADDRESS_ASK);
    const summary = await c.say(ADDRESS[lang]);
    expect(summary.text).toMatch(/0571-?88776655/);
  });
});
