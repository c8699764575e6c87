/**
 * A customer who will sort it out elsewhere themselves gets a short goodbye with the one pointer for
 * where they go (the shop or platform for a return, an official service centre or mail-in for a
 * check), never the next form question or "no reliable information".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const FORM = /哪天买|签收|型号|什么问题|which day|what model|what.*problem|when did you buy|没有确切|no reliable/i;

describe('the customer will sort it out elsewhere', () => {
  it.each([
    ['zh', ['我自己在拼多多上点退货就行了，谢谢']],
    ['zh', ['电水壶漏水，想退掉', '不用麻烦了，我自己联系淘宝卖家退款']],
    ['en', ["thanks, I'll file the refund with the seller on Amazon myself"]],
    ['en', ['I want to send back the toaster, it burns one side', "actually I'll sort the return out with the retailer myself"]],
  ])('a return at the shop or platform (%s: %s)', async (lang, lines) => {
    const said = await world.customer(`elsewhere-seller-${lines.join('|')}`).sayAll(...lines);
    const last = said[said.length - 1]!;
    expect(last).toMatch(lang === 'zh' ? /商家或平台/ : /shop or platform/);
    expect(last).not.toMatch(FORM);
  });

  it.each([
    ['zh', ['电饭煲不加热了', '那我这周六自己带去品牌的维修点看看']],
    ['zh', ['我自己拿去官方服务中心检测一下吧']],
    ['en', ['my hair dryer cuts out after a minute', "ok, I'll take it to the official service centre myself at the weekend"]],
    ['en', ["never mind, I'll drop it at a repair centre myself"]],
  ])('a check at a service centre (%s: %s)', async (lang, lines) => {
    const said = await world.customer(`elsewhere-service-${lines.join('|')}`).sayAll(...lines);
    const last = said[said.length - 1]!;
    expect(last).toMatch(lang === 'zh' ? /官方售后服务网点[\s\S]*寄修/ : /official service centres[\s\S]*by mail/);
    expect(last).not.toMatch(FORM);
  });

  it.each([
    ['zh', '我可以自己拿去网点修吗？'],
    ['en', 'can I take it to a service centre myself?'],
  ])('asking whether they may is a question, not a goodbye (%s)', async (_lang, line) => {
    const said = await world.customer(`elsewhere-ask-${line}`).say(line);
    expect(said.text).not.toMatch(/之后有需要随时找我|If you need anything later/);
  });
});
