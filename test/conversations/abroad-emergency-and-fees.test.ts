/**
 * Customers abroad hear whom to call where they are: their own emergency number (999, 911, 000,
 * 997...) instead of mainland China's 119/120, no yuan fee sample, no mainland-only hotline. Where
 * the country is unknown an English reply keeps 119 and adds "or your local emergency number".
 * A customer in mainland China hears exactly what they heard before. Every safety instruction stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { replyWhereCustomerIs } from '../../bot/customer-where';
import { replyForCountry } from '../../bot/reply-for-country';
import { countryOfAddress, countryOfPhone, countrySaidIn } from '../../bot/text/customer-country';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const MAINLAND_EMERGENCY = /\b(?:119|120|110)\b/;

describe('emergency numbers for a customer abroad', () => {
  it.each([
    ['GB', 'we live just outside Leeds and the tumble dryer has smoke coming out of it', /\b999\b/, /breaker|windows/i],
    ['US', "I'm based in Tucson, Arizona and there's smoke pouring out of the back of my dryer", /\b911\b/, /breaker|windows/i],
    ['AU', 'smoke is coming from my washing machine, I am in Brisbane', /\b000\b/, /breaker|windows/i],
    ['AE', "we're in Dubai and the oven is smoking badly", /\b997\b/, /windows|gas valve|breaker/i],
    ['NZ', 'living in Auckland, my heater has smoke coming out of it', /\b111\b/, /breaker|windows/i],
    ['KE', 'hello from Nairobi, smoke is rising from the fridge compressor', /\b999 or 112\b/, /breaker|windows/i],
    ['somewhere abroad', 'we live overseas and the microwave just started smoking', /your local emergency number/, /breaker|windows|power/i],
  ])('a danger told from %s names the local number and keeps the instructions', async (_country, line, local, instruction) => {
    const said = await world.customer(`abroad-danger-${line}`).say(line);
    expect(said.text).toMatch(local);
    expect(said.text).toMatch(/your local emergency number/);
    expect(said.text).toMatch(instruction);
    expect(said.text).not.toMatch(MAINLAND_EMERGENCY);
  });

  it('a gas smell from a customer in Texas: 911, and still no switches and windows open', async () => {
    const said = await world.customer('abroad-gas-tx').say('I live in Houston, the whole kitchen smells of gas from the stove');
    expect(said.text).toMatch(/\b911\b/);
    expect(said.text).toMatch(/switch/i);
    expect(said.text).toMatch(/window/i);
    expect(said.text).not.toMatch(MAINLAND_EMERGENCY);
  });

  it('a place said after the danger is kept for the next replies, also while waiting for a person', async () => {
    const c = world.customer('abroad-later-uk');
    const first = await c.say('the extension lead behind my fridge is smoking');
    expect(first.text).toMatch(/119 or your local emergency number/);
    const later = await c.say("we're in Glasgow by the way. should we call the fire brigade?");
    expect(later.text).not.toMatch(MAINLAND_EMERGENCY);
  });

  it('a phone with a country code tells where the customer is (zh and en)', () => {
    expect(countryOfPhone('+44 7700 900461')).toBe('GB');
    expect(countryOfPhone('+1 520 555 0142')).toBe('US');
    expect(countryOfPhone('13912345678')).toBe('CN');
    expect(countryOfPhone('+86 139 1234 5678')).toBe('CN');
    expect(countryOfAddress('22 Rose St Fitzroy VIC 3065')).toBe('AU');
    expect(countryOfAddress('杭州市西湖区文三路90号')).toBe('CN');
    expect(countrySaidIn('我们一家现在住在新加坡')).toBe('SG');
    expect(countrySaidIn('my American-style fridge is leaking')).toBeUndefined();
  });

  it('English with the country unknown keeps 119 and adds the local number as the other choice', async () => {
    const said = await world.customer('abroad-unknown-en').say('thick smoke is coming out of the back of the telly');
    expect(said.text).toMatch(/\b(?:119|120)\b[^.]*or your local emergency number/);
  });

  it('a Chinese-speaking customer abroad hears the local number (zh)', async () => {
    const said = await world.customer('abroad-zh-uk').say('我人在英国，家里燃气灶那边燃气味很重');
    expect(said.text).toMatch(/999/);
    expect(said.text).toMatch(/当地紧急电话/);
    expect(said.text).toMatch(/开关|窗/);
    expect(said.text).not.toMatch(MAINLAND_EMERGENCY);
  });

  it.each([
    ['zh', '烘干机后面在冒烟'],
    ['zh', '厨房燃气味特别大，是不是漏气了'],
    ['en', "I'm in Shanghai, my dryer is smoking"],
  ])('a customer in mainland China hears 119 as before (%s)', async (_lang, line) => {
    const said = await world.customer(`mainland-danger-${line}`).say(line);
    expect(said.text).toMatch(MAINLAND_EMERGENCY);
    expect(said.text).not.toMatch(/当地紧急|local emergency/);
  });
});

describe('fees for a customer abroad', () => {
  it.each(["I'm in Dublin. How much do you charge for an engineer's call-out?", 'we are based in Kuala Lumpur - what is the fee for a technician to come to the house?'])(
    'no yuan sample, the local partner sets it and it is quoted first: %s',
    async (line) => {
      const said = await world.customer(`abroad-fee-${line}`).say(line);
      expect(said.text).not.toMatch(/CNY|yuan|RMB|元/);
      expect(said.text).toMatch(/local service partner/);
      expect(said.text).toMatch(/before any work/);
      expect(said.text).toMatch(/receipt/);
    },
  );

  it('English with the country unknown names the sample as a mainland one', async () => {
    const said = await world.customer('fee-unknown-en').say('what does it cost to have a repairman come out to my place?');
    expect(said.text).toMatch(/in mainland China, for example 50 CNY/);
  });

  it('a mainland customer hears the yuan sample as before (zh)', async () => {
    const said = await world.customer('fee-mainland-zh').say('师傅上门检测要收费吗');
    expect(said.text).toMatch(/50元/);
    expect(said.text).not.toMatch(/当地服务商/);
  });

  it('a Chinese-speaking customer abroad hears the fee is set locally (zh)', async () => {
    const said = await world.customer('fee-abroad-zh').say('我们家住在墨尔本，请师傅上门要多少上门费');
    expect(said.text).not.toMatch(/50元/);
    expect(said.text).toMatch(/当地服务商/);
  });
});

describe('whose clock, when only the address says abroad', () => {
  it.each([
    ['en', 'The engineer will call you by 7 Dec, 15:00.', 'GB', true],
    ['zh', '师傅会在 12月7日 14:00 前联系您。', 'US', true],
    ['en', 'The engineer will call you by 7 Dec, 15:00.', 'CN', false],
    ['en', 'The engineer will call you by 7 Dec, 15:00.', 'HK', false],
  ] as const)('%s "%s" in %s -> note %s', (lang, reply, country, noted) => {
    expect(/China time|北京时间/.test(replyWhereCustomerIs(reply, country, lang))).toBe(noted);
  });
});

describe('only whom to call changes', () => {
  it.each([
    ['en', 'Thanks, +44 7911 123456 is now on your ticket.', 'GB'],
    ['en', 'Noted: 98450 12345, Flat 4B, 120 Nehru Street.', 'IN'],
    ['en', 'The 110 V model draws more current.', 'US'],
    ['zh', '地址：文三路120号，电话 0571-8712 3456。', 'GB'],
  ] as const)('a phone, a house number or a voltage is never taken for an emergency line (%s: %s)', (lang, reply, country) => {
    expect(replyForCountry(reply, country, lang)).toBe(reply);
  });

  it.each([
    ['en', 'Smoke: switch off at the breaker now. If you see flames, leave and call 119.', undefined],
    ['en', 'Possible gas leak: open the windows, then call your gas company from outside (119 if it is serious).', 'JP'],
    ['zh', '有明火：马上离开，拨打119。', 'AE'],
  ] as const)('saying a reply twice for a country changes nothing more (%s)', (lang, reply, country) => {
    const once = replyForCountry(reply, country, lang);
    expect(replyForCountry(once, country, lang)).toBe(once);
  });
});
