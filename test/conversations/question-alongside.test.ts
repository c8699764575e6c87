/**
 * A question asked alongside something else is answered, and the other thing still happens: a
 * price asked with a fault, a warranty period with a fault, a return condition with a return, a
 * home visit for a phone, a trade-in, an installation for any product. Each answer comes from the
 * knowledge base's rules, never from the fault case the rest of the message matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionClause, splitQuestion } from '../../bot/understanding/question-clause';
import { extractSlots } from '../../bot/understanding/slots';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the part of a message that asks', () => {
  it.each([
    ['冰箱不制冷了，修一下大概多少钱', '修一下大概多少钱', '冰箱不制冷了，'],
    ['洗衣机漏水。你们周末上门吗？', '你们周末上门吗？', '洗衣机漏水。'],
    ['my fridge stopped cooling, how much would a repair cost?', 'how much would a repair cost?', 'my fridge stopped cooling,'],
  ])('%s', (text, asking, telling) => {
    expect(splitQuestion(text)).toEqual({ asking, telling });
  });

  it.each(['空调安装收费吗', '冰箱坏了', 'how much is it, and when can you come?'])('keeps a message whole when nothing separates asking from telling: %s', (text) => {
    expect(questionClause(text)).toBe(text);
  });
});

describe('a question alongside a problem or a request', () => {
  it.each([
    ['fee-noun-zh', '热水器不加热了，维修要上门费吗', /热水|加热|试试/],
    ['fee-noun-zh2', '油烟机不转了，检测费怎么算', /油烟机|试试|开关/],
  ])('answers a fee named by its noun before anything else (%s)', async (ref, line, fault) => {
    const said = await world.customer(ref).say(line);
    expect(said.text).toMatch(/上门费/);
    expect(said.text).toMatch(fault);
    expect(said.text).not.toMatch(/知道型号吗/);
  });

  it('answers the price of a repair and still looks at the fault', async () => {
    const said = await world.customer('qa-price-zh').say('冰箱冷藏不凉了，修一下一般多少钱');
    expect(said.text).toMatch(/上门费|人工费|配件费/);
    expect(said.text).toMatch(/温度|门封|试试/);
    // The fee rule is said once, not again as the fault's diagnosis.
    expect(said.text.match(/上门检测收取上门费/g)?.length).toBe(1);
  });

  it('does the same in English', async () => {
    const said = await world.customer('qa-price-en').say('the fridge compartment is not cold anymore, what would a repair cost?');
    expect(said.text).toMatch(/call-out fee|labour/i);
    expect(said.text).toMatch(/seal|setting|try/i);
    expect(said.text).not.toMatch(/overcharg|complaint/i);
  });

  it('says a product warranty period before asking when it was bought', async () => {
    const said = await world.customer('qa-tv-period').say('电视屏幕上有一条竖线，这个保修几年啊');
    expect(said.text).toMatch(/整机1年/);
    expect(said.text).toMatch(/3年/);
    expect(said.text).toMatch(/什么时候买/);
  });

  it('answers a return condition and goes on with the return', async () => {
    const said = await world.customer('qa-box').say('洗衣机刚买一周就坏了，纸箱已经当废品卖了还能退吗');
    expect(said.text).toMatch(/包装/);
    expect(said.text).toMatch(/网上买|门店/);
  });

  it('tells a phone owner where phones are repaired and still helps with the fault', async () => {
    const said = await world.customer('qa-phone-visit').say('小米手机充电特别慢，能派人上门修吗');
    expect(said.text).toMatch(/服务中心|寄修/);
    expect(said.text).toMatch(/充电/);
  });

  it('answers a trade-in question instead of filing a return', async () => {
    const c = world.customer('qa-trade-in');
    const said = await c.say('洗衣机太旧了老坏，你们有以旧换新吗');
    expect(said.text).toMatch(/以旧换新/);
    expect(said.text).not.toMatch(/网上买.*还是在门店买/);
    expect(await c.tickets()).toEqual([]);
  });

  it('answers installation for products other than air conditioners', async () => {
    const zh = await world.customer('qa-install-zh').say('电热水器到货了，安装要另外收钱吗');
    expect(zh.text).toMatch(/安装/);
    expect(zh.text).toMatch(/免费|收费标准/);
    const en = await world.customer('qa-install-en').say('we just got a dishwasher delivered, is installation included?');
    expect(en.text).toMatch(/install/i);
    expect(en.text).not.toMatch(/reliable answer/i);
  });

  it('says where a gas water heater may go, with the standard named as its source', async () => {
    const said = await world.customer('qa-gas-location').say('燃气热水器能不能挂在浴室里');
    expect(said.text).toMatch(/严禁|不能|不得/);
    expect(said.text).toMatch(/排烟|通风/);
    expect(said.text).not.toMatch(/三包/);
  });

  it('helps with the fault a message tells when it only asks what to try', async () => {
    const en = await world.customer('qa-try-en').say('my tv has sound but the screen went black. anything i can try?');
    expect(en.text).toMatch(/input|torch|unplug/i);
    expect(en.text).not.toMatch(/reliable answer/i);
    const zh = await world.customer('qa-try-zh').say('洗衣机洗着洗着就不动了，我自己能弄吗');
    expect(zh.text).toMatch(/衣物|过滤器|水龙头/);
    // A warranty period is not a diagnosis.
    expect(zh.text).not.toMatch(/保修1年/);
  });
});

describe('a phone used as a tool is not the product', () => {
  it.each(['i shone my phone torch at the screen', '用手机电筒照了一下屏幕', '我用手机拍了照片', 'took a picture with my phone'])('%s', (text) => {
    expect(extractSlots(text).category).toBeUndefined();
  });

  it.each(['我的手机充不进电', 'my phone screen is cracked'])('still reads a phone fault: %s', (text) => {
    expect(extractSlots(text).category).toBe('phone');
  });
});

describe('a product the knowledge base has no cases for', () => {
  it("never gets another product's case for its error code", async () => {
    const zh = await world.customer('dw-code-zh').say('美的洗碗机显示E4');
    expect(zh.text).not.toMatch(/空调|温度保险丝/);
    expect(zh.text).toMatch(/没有资料|不能乱猜/);
    const en = await world.customer('dw-code-en').say('my dishwasher shows E1, what does it mean?');
    expect(en.text).not.toMatch(/air ?con|AC |compressor/i);
  });
});
