/**
 * Service questions a real desk gets whose answer was missed or misrouted (task t5-policy): where a
 * gas water heater may go, what installing costs, who pays to post a return, a visit or a service
 * centre (also asked inside a booking), and the two-repairs rule for an angry customer, at the start
 * or while a person has the chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const FAULT_ASK = /什么问题|什么故障|型号是|知道型号|what(?:'s| is) (?:wrong|the problem)|what the \w+ is doing|model number|know the model/i;

describe('where a gas water heater may be installed', () => {
  it.each([
    ['zh', '家里想把天然气热水器挂到洗手间墙上，有问题吗'],
    ['zh', '燃气热水器放卧室里，开着窗应该没事吧？'],
    ['en', 'thinking of putting our gas water heater in the en-suite, there is a vent fan in there, is that alright?'],
    ['en', 'we want the new gas heater in the bathroom to save space, okay?'],
  ])('is told never a bathroom or bedroom, and why, never asked about a fault (%s: %s)', async (lang, line) => {
    const said = await world.customer(`t5-place-${line}`).say(line);
    if (lang === 'zh') expect(said.text).toMatch(/严禁安装在卫生间[\s\S]*一氧化碳[\s\S]*(?:厨房|阳台)[\s\S]*有资质/);
    else expect(said.text).toMatch(/never be installed in a bathroom[\s\S]*carbon monoxide[\s\S]*(?:kitchen|balcony)[\s\S]*qualified installer/i);
    expect(said.text).not.toMatch(FAULT_ASK);
  });
});

describe('installation fees', () => {
  it.each([
    ['zh', '新的油烟机到了，师傅过来装收钱不'],
    ['zh', '买的洗碗机送来了，装的时候另外收费吗'],
    ['en', 'is fitting the new range hood free or do you charge for it?'],
    ['en', 'my new tumble dryer arrives friday, will you charge to set it up?'],
  ])('get the installation rule, not the repair call-out fee (%s: %s)', async (lang, line) => {
    const said = await world.customer(`t5-fee-${line}`).say(line);
    if (lang === 'zh') expect(said.text).toMatch(/安装一般免费[\s\S]*(?:另计|另收费)/);
    else expect(said.text).toMatch(/installation of a new\w* \w*\s?\w* is usually free|installation of a newly bought appliance is usually free/i);
    expect(said.text).not.toMatch(/上门检测收取上门费|call-out fee \(sample rate/i);
  });

  it.each([
    ['zh', '燃气热水器还没装，上门装要钱吗？燃气管我自己弄一下可以吧'],
    ['en', 'does the installer charge for the gas water heater? I could hook up the gas line myself to save money, fine?'],
  ])('installing asked with connecting the gas oneself: free basic installation, and never the gas pipe yourself (%s)', async (lang, line) => {
    const c = world.customer(`t5-fee-gas-${lang}`);
    const said = await c.say(line);
    if (lang === 'zh') expect(said.text).toMatch(/安装一般免费[\s\S]*不要自己接气管/);
    else expect(said.text).toMatch(/usually free[\s\S]*never connect or alter a gas pipe yourself/i);
    expect(said.text).not.toMatch(/上门检测收取上门费|call-out fee \(sample rate/i);
  });
});

describe('who pays the return shipping', () => {
  it.each([
    ['zh', '拼多多上买的电烤箱不想要了，七天无理由退回去，快递费是我出吗'],
    ['zh', '网上买的空气炸锅用了两天就坏了，退货的运费谁承担'],
    ['en', 'returning the toaster I bought online because I changed my mind, do I have to pay the postage?'],
    ['en', 'the air fryer from the online shop is faulty, who pays shipping on the return?'],
  ])('gets the shipping rule: no-reason return usually the customer, a fault the seller, on the order page (%s: %s)', async (lang, line) => {
    const said = await world.customer(`t5-ship-${line}`).say(line);
    if (lang === 'zh') expect(said.text).toMatch(/订单页[\s\S]*性能故障[\s\S]*商家承担[\s\S]*无理由[\s\S]*您承担/);
    else expect(said.text).toMatch(/order page[\s\S]*performance fault[\s\S]*seller pays[\s\S]*no-reason[\s\S]*usually yours/i);
    expect(said.text).not.toMatch(/哪天买|哪天签收|which day did you buy|^好的。/im);
  });
});

describe('a visit at home, or the service centre', () => {
  it.each([
    ['zh', '咖啡机坏了，是师傅上门来修，还是我得快递给你们？', /咖啡机一般不上门维修/],
    ['zh', '洗衣机出毛病了，需要我自己拉到网点去修吗', /洗衣机由工程师上门维修/],
    ['en', 'my earbuds are broken, will somebody come to my house or do I post them?', /earphones? is usually not repaired at home|earbuds?[^.]*not repaired at home/i],
    ['en', 'the fridge has died, do I need to bring it to a repair shop?', /refrigerator is repaired at your home|fridge[^.]*repaired at your home/i],
  ])('says which way, for the product asked about (%s: %s)', async (_lang, line, way) => {
    const said = await world.customer(`t5-way-${line}`).say(line);
    expect(said.text).toMatch(way);
    expect(said.text).not.toMatch(/没有确切的资料|no reliable answer|知道型号吗|know the model/i);
  });

  it.each([
    ['zh', '电水壶烧不开水了，我要报修', '等一下，你们会派人上门吗，还是要我送过去', /电水壶一般不上门维修[\s\S]*回到刚才的报修/],
    [
      'en',
      'my dishwasher stopped draining, please book a repair',
      'hang on, does an engineer come out or do I have to take it somewhere?',
      /dishwasher is repaired at your home[\s\S]*Back to the repair booking/i,
    ],
  ])('asked inside a booking, it is answered and the booking goes on (%s)', async (lang, first, asked, way) => {
    const c = world.customer(`t5-way-mid-${lang}`);
    await c.say(first);
    const said = await c.say(asked);
    expect(said.text).toMatch(way);
    expect(said.text).not.toMatch(/没有确切资料|no reliable information/i);
  });
});

describe('repairs that did not hold, and a new unit or the money demanded', () => {
  it.each([
    ['zh', '空调同一个毛病已经修过两次了，还是漏水，太离谱了，我要退款'],
    ['en', 'the washer has been repaired twice for the exact same leak and it is STILL leaking, this is absurd, refund me'],
  ])('opening in anger: the two-repairs rule is said, a person confirms it (%s)', async (lang, line) => {
    const said = await world.customer(`t5-repairs-open-${lang}`).say(line);
    if (lang === 'zh') expect(said.text).toMatch(/两次修理仍不能正常使用[\s\S]*换货或退货[\s\S]*人工客服/);
    else expect(said.text).toMatch(/after two repairs[\s\S]*exchange or return[\s\S]*(?:person|staff)/i);
    expect(said.tools).toContain('handOff');
  });

  it.each([
    ['zh', '人工客服', '叫你们主管来，冰箱同样的问题修了两回还是不制冷，我要换新的'],
    ['zh', '转人工', '我都打了好几次电话了，热水器修过三次还是不出热水，赶紧给我换一台'],
    ['en', 'let me talk to an agent', 'put your supervisor on, the microwave was repaired twice for the same fault and still fails, I want a new one'],
    ['en', 'agent please', 'I have rung you four times now, the dryer has been fixed twice and still breaks, replace it'],
  ])('already with a person: the rule is said beside the manager or the chasing (%s: %s)', async (lang, first, demand) => {
    const c = world.customer(`t5-repairs-waiting-${demand}`);
    await c.say(first);
    const said = await c.say(demand);
    if (lang === 'zh') expect(said.text).toMatch(/两次修理仍不能正常使用[\s\S]*换货或退货[\s\S]*人工客服核对/);
    else expect(said.text).toMatch(/after two repairs[\s\S]*exchange or return[\s\S]*checks it and confirms/i);
  });
});
