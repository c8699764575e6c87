/**
 * Task v2 (kind 4): "will a bank record do as proof?" is answered yes first, in one line (a bank or
 * payment record showing the shop and the date works), also right after the whole proof rule was
 * given, never that paragraph again behind "As I said:".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const WHOLE_RULE = /发票遗失时，这些都可以证明|If the invoice is lost, any of these can prove/;
const AGAIN = /和刚才说的一样|还是这样|As I said|Still the same/;

describe('one kind of proof asked about', () => {
  it.each([
    ['zh', '发票弄丢了，还能保修吗', '刷信用卡的账单可以证明吗', /^可以。[^\n]*银行[^\n]*付款记录/],
    ['zh', '购物小票找不到了怎么保修', '京东的下单记录能用吗', /^可以。[^\n]*订单记录/],
    ['en', "I've lost the invoice, can I still claim the warranty?", 'is my Alipay payment history good enough as proof?', /^Yes, a bank or payment record showing the shop and the date works/],
    ['en', 'the till receipt is gone, what now for the guarantee?', 'would the e-invoice the shop emailed me be accepted?', /^Yes, an electronic invoice counts/],
  ])('after the whole rule, the kind asked about gets its yes first (%s: %s)', async (_lang, lost, kind, yes) => {
    const c = world.customer(`v2-proof-${kind}`);
    const first = await c.say(lost);
    expect(first.text).toMatch(WHOLE_RULE);
    const said = await c.say(kind);
    expect(said.text).toMatch(yes);
    expect(said.text).not.toMatch(WHOLE_RULE);
    expect(said.text).not.toMatch(AGAIN);
  });

  it.each([
    ['zh', '用微信转账记录当购买凭证行吗', /可以。[^\n]*付款记录/],
    ['en', 'can a bank transfer record be used as proof of purchase?', /Yes, a bank or payment record showing the shop and the date works/],
  ])('asked first thing, the yes comes first (%s)', async (_lang, line, yes) => {
    const said = await world.customer(`v2-proof-first-${line}`).say(line);
    expect(said.text).toMatch(yes);
    expect(said.text).not.toMatch(WHOLE_RULE);
  });
});
