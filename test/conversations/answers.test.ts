/**
 * Questions answered wherever they are asked (issue 16, "answers"): a side question in the middle
 * of troubleshooting or a repair form is answered from the knowledge base and the form resumes;
 * a warranty question about a part says both periods and which applies; common after-sales
 * questions (refund timing, accessories, installation, cleaning, dehumidifiers, dishwashers) have
 * an answer instead of a refusal. Products and wordings differ from the examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const REFUSAL = /没有确切的?资料|帮不上忙|don't have a reliable answer|can't help with that/i;

describe('side questions inside a flow', () => {
  it('answers the call-out fee during a dishwasher repair form, not its installation, and resumes the form', async () => {
    const c = world.customer('ans-dw-fee');
    await c.say('洗碗机不排水，底下一摊水');
    await c.say('试了还是不行');
    const said = await c.say('师傅上门要收钱吗');
    expect(said.text).toMatch(/上门费/);
    expect(said.text).not.toMatch(/橱柜开口/);
    expect(said.text).toMatch(/回到刚才的报修/);
  });

  it('answers whether a replacement remote can be bought while troubleshooting a TV remote', async () => {
    const c = world.customer('ans-remote-en');
    await c.say('the remote for my TV stopped working');
    const said = await c.say('could I just buy a new remote somewhere?');
    expect(said.text).toMatch(/official shop|accessor/i);
    expect(said.text).not.toMatch(/Standard installation/i);
  });

  it('answers whether the original box is needed for a repair and goes on with the booking', async () => {
    const c = world.customer('ans-box-zh');
    await c.say('冰箱冷藏室不制冷了');
    await c.say('没用');
    const said = await c.say('维修要不要原包装啊？');
    expect(said.text).toMatch(/不需要原包装/);
    expect(said.text).toMatch(/回到刚才的报修/);
  });
});

describe('a warranty question about a part', () => {
  it('gives the whole-unit and main-part periods and the part that applies, with dates, for a water heater element', async () => {
    const c = world.customer('ans-part-zh');
    await c.say('电热水器烧不热水了');
    await c.say('没用');
    await c.say('前年3月买的');
    const said = await c.say('要是加热管坏了还能免费换吗');
    expect(said.text).toMatch(/整机1年/);
    expect(said.text).toMatch(/发热管（主要部件）3年/);
    // Bought 2024-03 (today 2026-11-24): the whole unit is out, the element covered until 2027-03.
    expect(said.text).toMatch(/发热管还在保修期内，保修到2027年3月/);
    expect(said.text).toMatch(/人工费可能要收/);
    expect(said.text).not.toMatch(REFUSAL);
  });

  it('does the same for a range hood motor asked in English, with no date yet', async () => {
    const c = world.customer('ans-part-en');
    await c.say('my range hood has very weak suction and roars');
    await c.say("didn't help");
    const said = await c.say('is the motor still covered?');
    expect(said.text).toMatch(/1 year on the whole unit and 3 years on the motor/);
    expect(said.text).toMatch(/when you bought it/i);
    expect(said.text).not.toMatch(REFUSAL);
  });

  it('says when a part is out of cover too, and that a paid repair is possible', async () => {
    const said = await world.customer('ans-part-expired').say('洗衣机电机坏了，2021年买的，电机还在保修期吗');
    expect(said.text).toMatch(/电机（主要部件）3年/);
    expect(said.text).toMatch(/已于2024-12-31到期|到期/);
    expect(said.text).toMatch(/付费维修/);
  });
});

describe('answers the knowledge base now holds', () => {
  it.each([
    ['ans-refund-zh', '退了货以后钱多久能到账', /原路退回|工作日/],
    ['ans-refund-en', 'when will I get my money back after sending the fridge back?', /working days|way you paid/i],
    ['ans-rice-plate', '电饭锅的加热盘上粘了焦的东西，能拿钢丝球刷吗', /不要用钢丝球|软布/],
    ['ans-dw-niche', 'how much cabinet space do I need for a built-in dishwasher?', /600 mm/],
    ['ans-compressor-10', '冰箱压缩机是不是保十年', /10年|保修卡/],
    ['ans-self-replace', '油烟机电机坏了，我自己买个电机换可以吗', /授权工程师|不要自己拆机/],
    ['ans-wall-mount', 'do I have to buy the bracket to hang the TV on the wall?', /bracket/i],
  ])('%s: %s', async (ref, text, expected) => {
    const said = await world.customer(ref).say(text);
    expect(said.text).toMatch(expected);
    expect(said.text).not.toMatch(REFUSAL);
  });

  it('helps with a dehumidifier whose tank light stays on, in English', async () => {
    const said = await world.customer('ans-dh-en').say('my dehumidifier keeps showing the bucket full light even though I emptied it');
    expect(said.text).toMatch(/float|push it straight in/i);
  });

  it('helps with spots on glasses from a dishwasher', async () => {
    const said = await world.customer('ans-dw-spots').say('洗碗机洗出来的玻璃杯上全是白色水印');
    expect(said.text).toMatch(/光亮剂/);
  });
});
