/**
 * Playtest round 14: corrections and additions at any step are applied and said back. A city or
 * district added at the summary joins the street already kept; a product corrected mid-form is said
 * back once; a mainland mobile typed with a stray "+" is still a mainland mobile; a visit time with a
 * day ruled out keeps the exclusion; a new time for a visit, given after the bot asked for it, is
 * said back as a calendar day and changes the visit. The summary always shows the final values, and
 * a correction never becomes part of the problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../bot/text/phone-numbers';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const lineOf = (text: string, label: RegExp) => text.split('\n').find((l) => label.test(l)) ?? '';

const ZH_FORM = ['热水器不出热水了，帮我约师傅上门', '型号不知道', '不记得了', '13912345678', '人民南路18号502室'];
const EN_FORM = ["my dishwasher won't drain, please book an engineer", 'no idea about the model', "can't remember", '13912345678', 'Room 502, 18 Renmin South Road'];

async function toSummary(ref: string, form: string[]) {
  const c = world.customer(ref);
  let said;
  for (const line of form) said = await c.say(line);
  expect(said?.text).toMatch(/跟您确认|Let me confirm/);
  return c;
}

describe('a place added to the address at the summary completes it', () => {
  it.each([
    ['补充一下，在成都市武侯区', '成都市武侯区人民南路18号502室'],
    ['忘了说城市了，是成都的，武侯区', '成都武侯区人民南路18号502室'],
    ['哦对了 地址前面加上四川省成都市', '四川省成都市人民南路18号502室'],
    ['地址漏了城市，成都市', '成都市人民南路18号502室'],
  ])('zh: %s', async (addition, address) => {
    const c = await toSummary(`r14-place-zh-${addition}`, ZH_FORM);
    const said = await c.say(addition);
    expect(said.text).toMatch(/已按您说的改好：地址/);
    expect(lineOf(said.text, /地址：/)).toContain(address);
    expect(lineOf(said.text, /问题：/)).not.toMatch(/成都|补充|忘了|加上/);
    expect(said.text).toMatch(/回复“对”/);
    expect(await c.tickets()).toHaveLength(0);
    await c.say('对');
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.address).toContain(address);
  });

  it.each([
    ["that's in Chengdu by the way, or the engineer won't find me", 'Room 502, 18 Renmin South Road, Chengdu'],
    ['oh I forgot the city: Wuhou District, Chengdu', 'Room 502, 18 Renmin South Road, Wuhou District, Chengdu'],
    ['should have said, it is Shenzhen', 'Room 502, 18 Renmin South Road, Shenzhen'],
    ["one more thing: it's Xuhui District", 'Room 502, 18 Renmin South Road, Xuhui District'],
  ])('en: %s', async (addition, address) => {
    const c = await toSummary(`r14-place-en-${addition}`, EN_FORM);
    const said = await c.say(addition);
    expect(said.text).toMatch(/Changed as you said: address/);
    expect(lineOf(said.text, /Address:/)).toContain(address);
    expect(lineOf(said.text, /Problem:/)).not.toMatch(/Chengdu|Shenzhen|engineer won't|forgot/i);
    expect(said.text).toMatch(/Reply "yes"/);
    await c.say('yes');
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.address).toContain(address);
    expect(tickets[0]!.symptom).not.toMatch(/Chengdu|Shenzhen|engineer won't/i);
  });
});

describe('a product corrected mid-form is said back once', () => {
  it.each([
    [
      'zh',
      '洗衣机不脱水了，帮我报修',
      '说错了，不是洗衣机，是烘干机',
      /已按您说的改好：产品 (?:干衣机|烘干机)/,
      /产品：(?:干衣机|烘干机)/,
      ['不知道', '不记得', '13912345678', '成都市武侯区人民南路18号502室'],
    ],
    [
      'zh',
      '洗衣机不脱水了，帮我报修',
      '搞错了，应该是干衣机',
      /已按您说的改好：产品 (?:干衣机|烘干机)/,
      /产品：(?:干衣机|烘干机)/,
      ['不知道', '不记得', '13912345678', '成都市武侯区人民南路18号502室'],
    ],
    [
      'en',
      "the washer won't spin, book a repair please",
      "my mistake, it's the dryer, not the washer",
      /Changed as you said: product dryer/,
      /Product: dryer/,
      ["don't know", "can't remember", '13912345678', 'Room 502, 18 Renmin South Road, Chengdu'],
    ],
    [
      'en',
      "the washer won't spin, book a repair please",
      'oops, I meant the tumble dryer',
      /Changed as you said: product dryer/,
      /Product: dryer/,
      ["don't know", "can't remember", '13912345678', 'Room 502, 18 Renmin South Road, Chengdu'],
    ],
    [
      'zh',
      '洗衣机不脱水了，帮我报修',
      '我说成洗衣机了，其实是烘干机',
      /已按您说的改好：产品 (?:干衣机|烘干机)/,
      /产品：(?:干衣机|烘干机)/,
      ['不知道', '不记得', '13912345678', '成都市武侯区人民南路18号502室'],
    ],
    [
      'en',
      "the washer won't spin, book a repair please",
      'I said washer but I meant the dryer',
      /Changed as you said: product dryer/,
      /Product: dryer/,
      ["don't know", "can't remember", '13912345678', 'Room 502, 18 Renmin South Road, Chengdu'],
    ],
  ])('%s: %s → %s', async (_lang, first, fix, line, product, rest) => {
    const c = world.customer(`r14-product-${fix}`);
    await c.say(first);
    const said = await c.say(fix);
    expect(said.text).toMatch(line);
    // Once: the next questions do not say it again.
    let summary;
    for (const r of rest) {
      summary = await c.say(r);
      if (summary.text.match(/跟您确认|Let me confirm/)) break;
      expect(summary.text).not.toMatch(line);
    }
    expect(lineOf(summary?.text ?? '', /产品：|Product:/)).toMatch(product);
    expect(lineOf(summary?.text ?? '', /问题：|Problem:/)).not.toMatch(/说错|搞错|mistake|oops|meant/i);
  });

  it.each([
    ['zh', ZH_FORM, '说错了，是烘干机', /已按您说的改好：产品 (?:干衣机|烘干机)/, /产品：(?:干衣机|烘干机)/],
    ['en', EN_FORM, "sorry, it's the dryer, not the dishwasher", /Changed as you said: product dryer/, /Product: dryer/],
  ])('at the summary the product line changes and the change is said (%s)', async (lang, form, fix, line, product) => {
    const c = await toSummary(`r14-product-summary-${lang}`, form);
    const said = await c.say(fix);
    expect(said.text).toMatch(line);
    expect(lineOf(said.text, /产品：|Product:/)).toMatch(product);
    expect(said.text).toMatch(/回复“对”|Reply "yes"/);
  });
});

describe('a mainland mobile typed with a stray plus', () => {
  it.each([
    ['电话+13812345678', '13812345678'],
    ['my number is +15912345678', '15912345678'],
    ['+18612345678', '18612345678'],
  ])('%s is the mainland mobile', (text, mobile) => {
    expect(findPhoneNumbers(text).map((p) => [p.kind, p.canonical])).toEqual([['mobile', mobile]]);
  });

  it.each([
    ['+1 381 234 5678', '+1 381 234 5678'],
    ['+1-381-234-5678', '+1 381 234 5678'],
    ['+1 3812345678', '+1 381 234 5678'],
    ['call +14155550100', '+1 415 555 0100'],
  ])('%s stays North American', (text, number) => {
    expect(findPhoneNumbers(text).map((p) => [p.kind, p.canonical])).toEqual([['abroad', number]]);
  });

  it.each([
    ['zh', [...ZH_FORM.slice(0, 3), '手机+13812345678', ZH_FORM[4]!], /电话：13812345678/],
    ['en', [...EN_FORM.slice(0, 3), 'you can call me on +13812345678', EN_FORM[4]!], /Phone: 13812345678/],
  ])('is filed as the mainland mobile (%s)', async (lang, form, phone) => {
    const c = world.customer(`r14-plus-${lang}`);
    let said;
    for (const line of form) said = await c.say(line);
    expect(said?.text).toMatch(phone);
    await c.say(lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.contactPhone).toBe('13812345678');
  });
});

describe('a visit time with a day ruled out keeps the exclusion', () => {
  it.each([
    ['zh', '除了周三，哪天都行', /方便时间：周三以外都可以/],
    ['zh', '周四没空，其他工作日都可以', /方便时间：工作日（周四除外）/],
    ['zh', '别约周一就行', /方便时间：周一以外都可以/],
    ['zh', '工作日上午都行，周五除外', /方便时间：工作日上午（周五除外）/],
    ['en', 'any weekday except Wednesday', /Preferred time: weekdays except Wednesday/],
    ['en', 'not Monday', /Preferred time: any day except Monday/],
    ['en', 'weekends only, not Sunday', /Preferred time: weekends except Sunday/],
    ['en', "I can't do Fridays, other days are fine", /Preferred time: any day except Fridays/],
  ])('%s at the summary: %s', async (lang, time, line) => {
    const c = await toSummary(`r14-except-${time}`, lang === 'zh' ? ZH_FORM : EN_FORM);
    const said = await c.say(time);
    expect(said.text).toMatch(line);
    // The ruled-out day is never the purchase date, nor the day wanted.
    expect(lineOf(said.text, /购买时间|Purchased/)).toMatch(/未提供|not given/);
    expect(lineOf(said.text, /方便时间|Preferred time/)).not.toMatch(/\d{1,2}月\d{1,2}日|\b\d{1,2} (?:Nov|Dec)\b/);
    await c.say(lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(/除外|以外|except/);
  });

  it.each([
    [
      'zh',
      ['洗碗机不排水，帮我约师傅', '下午都可以，除了周二'],
      /记下了：上门时间 下午（周二除外）/,
      ['不知道', '不记得', '13912345678', '成都市武侯区人民南路18号502室'],
      /方便时间：下午（周二除外）/,
    ],
    [
      'en',
      ['the dishwasher will not drain, book me an engineer', 'evenings, but not Thursday'],
      /Got it: visit time evening.*except Thursday/,
      ["don't know", "can't remember", '13912345678', 'Room 502, 18 Renmin South Road, Chengdu'],
      /Preferred time: evenings? except Thursday/,
    ],
  ])('%s while another question is open: said back as kept, and the form goes on', async (_lang, start, noted, rest, line) => {
    const c = world.customer(`r14-except-aside-${start[1]}`);
    await c.say(start[0]!);
    const said = await c.say(start[1]!);
    expect(said.text).toMatch(noted);
    let summary;
    for (const r of rest) {
      summary = await c.say(r);
      if (/跟您确认|Let me confirm/.test(summary.text)) break;
    }
    expect(summary?.text).toMatch(line);
    expect(summary?.text).toMatch(/13912345678/);
  });
});

describe('a new visit time given after the bot asked for it is said back and changes the visit', () => {
  const filed = async (ref: string, lang: 'zh' | 'en') => {
    const c = await toSummary(ref, lang === 'zh' ? ZH_FORM : EN_FORM);
    const done = await c.say(lang === 'zh' ? '对' : 'yes');
    const number = /AS-[\w-]+/.exec(done.text)?.[0];
    expect(number).toBeTruthy();
    return { c, number: number! };
  };

  it.each([
    ['zh', '师傅上门的时间要调整一下', '那改成周四午后吧', /11月26日（周四）下午/],
    ['zh', '那天家里没人，约的时间得改', '下周四下午', /12月3日（周四）下午/],
    ['en', 'can the engineer come another day?', 'make it thurs pm', /Thu 26 Nov, afternoon/],
    ['en', "I'll need to push the technician back", 'the 3rd, after lunch', /Thu 3 Dec, afternoon/],
    ['en', "I can't be home for the visit", 'Thursday afternoon then', /Thu 26 Nov, afternoon/],
  ])('%s: %s → %s', async (lang, move, time, day) => {
    const { c, number } = await filed(`r14-move-${move}`, lang as 'zh' | 'en');
    const asked = await c.say(move);
    expect(asked.text).toMatch(/什么时间|When would suit/);
    const moved = await c.say(time);
    expect(moved.text).toContain(number);
    expect(moved.text).toMatch(day);
    expect(moved.tools).toContain('updateTicket');
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(/11月26日|12月3日/);
  });

  it.each([
    ['zh', '我想改约', '除了周一，别的时间都可以', /周一以外都可以/],
    ['en', 'I need to reschedule the visit', 'any weekday except Monday', /weekdays except Monday/],
  ])('a new time with a day ruled out is kept with the exclusion (%s)', async (lang, move, time, said) => {
    const { c, number } = await filed(`r14-move-except-${lang}`, lang as 'zh' | 'en');
    await c.say(move);
    const moved = await c.say(time);
    expect(moved.text).toContain(number);
    expect(moved.text).toMatch(said);
    expect(moved.text).not.toMatch(/11月30日|Mon 30 Nov/);
  });
});

describe('a value given in place of one on the summary is said back as a change', () => {
  it.each([
    ['zh', '号码打错了，13912345670', /已按您说的改好：电话 13912345670/, /电话：13912345670/],
    ['en', "oops wrong number, it's 13912345670", /Changed as you said: phone 13912345670/, /Phone: 13912345670/],
  ])('%s: %s', async (lang, fix, line, summaryLine) => {
    const c = await toSummary(`r14-replace-${lang}`, lang === 'zh' ? ZH_FORM : EN_FORM);
    const said = await c.say(fix);
    expect(said.text).toMatch(line);
    expect(said.text).toMatch(summaryLine);
    expect(lineOf(said.text, /问题：|Problem:/)).not.toMatch(/打错|wrong number/);
  });
});

describe('the answer to "did that help?" never becomes part of the problem', () => {
  it.each([
    ['zh', '洗衣机不排水，桶里一直有水', '没用，派师傅来吧', /没用|派师傅/],
    ['zh', '洗衣机不排水，桶里一直有水', '不行，试过了，约个师傅', /不行|试过/],
    ['en', "my washing machine won't drain, water stays in the drum", "no that didn't help, please send an engineer", /didn'?t|help|engineer/i],
    ['en', "my washing machine won't drain, water stays in the drum", 'nope, tried that already. book a repair', /nope|tried|book/i],
  ])('%s: %s', async (lang, fault, verdict, leaked) => {
    const c = world.customer(`r14-verdict-${verdict}`);
    await c.say(fault);
    await c.say(verdict);
    const rest = lang === 'zh' ? ['不知道', '不记得', '13912345678', '成都市武侯区人民南路18号502室'] : ["don't know", "can't remember", '13912345678', 'Room 502, 18 Renmin South Road, Chengdu'];
    let summary;
    for (const r of rest) {
      summary = await c.say(r);
      if (/跟您确认|Let me confirm/.test(summary.text)) break;
    }
    const problem = lineOf(summary?.text ?? '', /问题：|Problem:/);
    expect(problem).toMatch(/排水|drain/);
    expect(problem).not.toMatch(leaked);
  });
});
