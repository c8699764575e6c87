/**
 * A customer abroad is not sent down mainland-only roads: no WeChat or Alipay record as proof, no
 * JD or Tmall order page, no mini-program service finder, no code texted to a number we cannot
 * text and no demand for an 11-digit mobile. They hear what they have: a bank or card statement,
 * the seller, the local service partner, the brand's local site, a person who checks who they are.
 * Mainland China, and Chinese with the country unknown, hear what they heard before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const MAINLAND_ONLY_EN = /WeChat|Alipay|\bJD\b|Tmall|Pinduoduo|mini-?program/;
const MAINLAND_ONLY_ZH = /微信|支付宝|京东|天猫|拼多多|小程序/;

describe('proof of purchase abroad', () => {
  it.each([
    ["I'm in Dubai and I lost the receipt, how else can I prove when I bought it?", 'en'],
    ['we live in Leeds. no invoice any more - what counts as proof of the purchase date?', 'en'],
  ])('a bank or card statement, never a WeChat or Alipay record: %s', async (line) => {
    const said = await world.customer(`proof-abroad-${line}`).say(line);
    expect(said.text).toMatch(/bank or card statement/);
    expect(said.text).not.toMatch(MAINLAND_ONLY_EN);
  });

  it('zh: a Chinese speaker in Singapore', async () => {
    const said = await world.customer('proof-abroad-zh').say('我们住在新加坡，发票丢了还能保修吗');
    expect(said.text).toMatch(/银行卡或信用卡账单/);
    expect(said.text).not.toMatch(MAINLAND_ONLY_ZH);
  });

  it('mainland Chinese is unchanged', async () => {
    const said = await world.customer('proof-cn-zh').say('发票丢了还能保修吗');
    expect(said.text).toMatch(/微信\/支付宝\/银行付款记录/);
  });
});

describe('where to go abroad', () => {
  it.each([
    ["I'm in Johannesburg, where's the closest service centre?", /brand's local website lists its service partners in your country/],
    ['hello from Berlin - is there a repair shop of yours near me?', /brand's local website lists its service partners in your country/],
  ])('the local partner and the brand’s local site: %s', async (line, route) => {
    const said = await world.customer(`route-abroad-${line}`).say(line);
    expect(said.text).toMatch(route);
    expect(said.text).not.toMatch(MAINLAND_ONLY_EN);
  });

  it('zh: a Chinese speaker in Vancouver asks for the nearest service point', async () => {
    const said = await world.customer('route-abroad-zh').say('我人在温哥华，最近的售后服务中心在哪');
    expect(said.text).toMatch(/品牌在当地的官网/);
    expect(said.text).not.toMatch(MAINLAND_ONLY_ZH);
  });

  it('a refund abroad: no WeChat Pay, Alipay or JD (en)', async () => {
    const said = await world.customer('refund-abroad-en').say("I'm in Doha. When will I get my refund back after returning it?");
    expect(said.text).toMatch(/bank card/);
    expect(said.text).not.toMatch(MAINLAND_ONLY_EN);
  });

  it('a delivery asked about abroad: the shop or platform bought from, no JD or Tmall (en)', async () => {
    const said = await world.customer('delivery-abroad-en').say("we're based in Doha - how do I track the delivery of my new fridge?");
    expect(said.text).toMatch(/shop or platform you bought from/);
    expect(said.text).not.toMatch(MAINLAND_ONLY_EN);
  });

  it('a refund abroad (zh)', async () => {
    const said = await world.customer('refund-abroad-zh').say('我们住在新加坡，退款多久到账');
    expect(said.text).toMatch(/银行卡/);
    expect(said.text).not.toMatch(MAINLAND_ONLY_ZH);
  });
});

describe('finding a ticket by phone abroad', () => {
  it.each([
    ['we live in Melbourne. I cannot find my ticket number, how is my repair going?', '0433 812 906'],
    ["I'm in Abu Dhabi, how far along is my repair? I don't have the reference", '+971 50 661 2093'],
    ['staying in Lagos. what is happening with my booking? lost the number', '+234 803 412 7756'],
  ])('no code promised to a number we cannot text, no 11-digit demand: %s', async (line, phone) => {
    const c = world.customer(`lookup-abroad-${line}`);
    const first = await c.say(line);
    expect(first.text).toMatch(/only text a code to a mainland China mobile/);
    expect(first.text).toMatch(/a person will check who you are/);
    const second = await c.say(phone);
    expect(second.text).not.toMatch(/11-digit|11 digits|doesn't look like/);
    expect(second.text).not.toMatch(/code has just been texted/);
    expect(second.text).toMatch(/person/);
  });

  it('zh: a Chinese speaker in Sydney', async () => {
    const c = world.customer('lookup-abroad-zh');
    const first = await c.say('我家在悉尼，工单号找不到了，想查一下维修进度');
    expect(first.text).toMatch(/只能往中国大陆的手机号发验证码/);
    const second = await c.say('0433 812 906');
    expect(second.text).not.toMatch(/11位/);
    expect(second.text).toMatch(/转人工/);
  });

  it('mainland is unchanged', async () => {
    const said = await world.customer('lookup-cn-zh').say('工单号找不到了，想查一下维修进度');
    expect(said.text).toMatch(/我往那个手机发个验证码/);
    expect(said.text).not.toMatch(/中国大陆的手机号/);
  });
});
