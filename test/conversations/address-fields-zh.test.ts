/**
 * The repair form's address and time, as customers write and correct them (session 15,
 * t1-zh-fields): an address with no city keeps the district, area and estate in front of the
 * building; a building or unit corrected at the summary is replaced where it stands (十五号楼 ↔
 * 15号楼), and a part that fits nowhere asks once for the whole address instead of being added on;
 * a new time said with its reason keeps only the new time; an address taken back in the same
 * message is the one after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type Customer, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** A washer that still will not spin after the self-help steps: the booking is open and asks for contact details. */
async function bookingOpen(c: Customer, lang: 'zh' | 'en'): Promise<void> {
  if (lang === 'zh') await c.sayAll('洗衣机甩干的时候不转 型号XQG80 前年买的', '试过了 还是不转');
  else await c.sayAll("my washing machine won't spin, model WW80, bought two years ago", 'tried all that, still not spinning');
}

/** The summary's address and time lines ("· 地址：…", "· Address: …"). */
const addressLine = (text: string) => /·\s*(?:地址|Address)[：:]\s*(.+)/.exec(text)?.[1]?.trim();
const timeLine = (text: string) => /·\s*(?:方便时间|Visit time|Preferred time)[：:]\s*(.+)/i.exec(text)?.[1]?.trim();

describe('an address with no city keeps its front part', () => {
  it.each([
    ['沙坪坝区磁器口龙湖源著8栋21-6 15923456789 周四上午', '沙坪坝区磁器口龙湖源著8栋21-6'],
    ['九龙坡区杨家坪金科天籁3栋9-2 姓刘 15923456789 周四上午', '九龙坡区杨家坪金科天籁3栋9-2'],
    ['15923456789 大兴区亦庄阳光100国际新城7号楼1102 赵先生 周四上午', '大兴区亦庄阳光100国际新城7号楼1102'],
    ['宝安区新安街道建安一路68号海雅缤纷城2栋1105 15923456789 周四上午', '宝安区新安街道建安一路68号海雅缤纷城2栋1105'],
    ['锦江区东大街时代一号5栋18-3 何女士 15923456789 周四上午', '锦江区东大街时代一号5栋18-3'],
  ])('%s', async (details, address) => {
    const c = world.customer(`t1-front-${details}`);
    await bookingOpen(c, 'zh');
    const summary = await c.say(details);
    expect(addressLine(summary.text)).toBe(address);
    expect(summary.text).toContain('15923456789');
    expect(summary.text).toMatch(/周四/);
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toContain(address);
  });

  it('an address given alone, when asked for, is kept whole too', async () => {
    const c = world.customer('t1-front-asked');
    await bookingOpen(c, 'zh');
    await c.say('15923456789');
    const summary = await c.say('南山区后海中洲控股中心A座2703 周小姐');
    expect(addressLine(summary.text)).toBe('南山区后海中洲控股中心A座2703');
  });
});

describe('a part of the address corrected at the summary is replaced where it stands', () => {
  const details = '江北区大石坝东原香山十五号楼二单元801 15923456789 周四上午';

  it.each([
    ['是51栋 不是15栋', '江北区大石坝东原香山51号楼二单元801'],
    ['不是十五号楼 是十六号楼', '江北区大石坝东原香山十六号楼二单元801'],
    ['楼号错了 应该是51号楼', '江北区大石坝东原香山51号楼二单元801'],
    ['单元号打错了 是4单元', '江北区大石坝东原香山十五号楼4单元801'],
    ['房号不是801是810', '江北区大石坝东原香山十五号楼二单元810'],
  ])('%s', async (fix, corrected) => {
    const c = world.customer(`t1-part-${fix}`);
    await bookingOpen(c, 'zh');
    await c.say(details);
    const said = await c.say(fix);
    expect(addressLine(said.text)).toBe(corrected);
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toContain(corrected);
  });

  it('a building it does not hold asks once for the whole address, never adds it on (zh)', async () => {
    const c = world.customer('t1-part-unplaced-zh');
    await bookingOpen(c, 'zh');
    await c.say(details);
    const asked = await c.say('楼号不是18栋 是19栋');
    expect(asked.text).toMatch(/完整地址/);
    expect(asked.text).not.toMatch(/19栋二单元|801.*19|已按您说的改好/);
    const summary = await c.say('江北区大石坝东原香山19号楼二单元801');
    expect(addressLine(summary.text)).toBe('江北区大石坝东原香山19号楼二单元801');
  });

  it('a floor the address does not name asks for the whole address (zh)', async () => {
    const c = world.customer('t1-part-floor-zh');
    await bookingOpen(c, 'zh');
    await c.say(details);
    const asked = await c.say('我说错了 是9楼');
    expect(asked.text).toMatch(/完整地址/);
    expect(asked.text).not.toMatch(/8019楼/);
  });

  it('a building it does not hold asks for the whole address (en)', async () => {
    const c = world.customer('t1-part-unplaced-en');
    await bookingOpen(c, 'en');
    await c.say('15923456789, Flat 801, Building 15, 88 Harbour Road, Leeds LS6 2AQ, Thursday morning');
    const asked = await c.say("it's building 19 not building 18");
    expect(asked.text).toMatch(/whole address/i);
    expect(asked.text).not.toMatch(/Building 19, 88|Changed as you said/i);
  });
});

describe('a new visit time said with its reason keeps only the new time', () => {
  it.each([
    ['zh', '上门时间改成周五上午 周四我要陪孩子考试', '周五上午', /周四/],
    ['zh', '时间换到周日下午吧 周六家里有客人', '周日下午', /周六/],
    ['zh', '周四我得加班 改成周五晚上吧', '周五晚上', /周四/],
    ['zh', '预约时间换成周六上午 周四白天家里没人', '周六上午', /周四/],
    ['en', 'change the time to Friday morning because Thursday my son has an exam', 'Friday morning', /Thursday/],
    ['en', "can we do Sunday afternoon instead, on Saturday we're away", 'Sunday afternoon', /Saturday/],
    ['en', "change the time to Monday evening, nobody's home on Thursday during the day", 'Monday evening', /Thursday/],
  ] as const)('%s: %s', async (lang, fix, time, oldDay) => {
    const c = world.customer(`t1-time-${fix}`);
    await bookingOpen(c, lang);
    await c.say(lang === 'zh' ? '江北区大石坝东原香山15号楼801 15923456789 周四上午' : '15923456789, Flat 801, 88 Harbour Road, Leeds LS6 2AQ, Thursday morning');
    const said = await c.say(fix);
    const line = timeLine(said.text);
    expect(line).toContain(time);
    expect(line?.split(/，即|, i\.e\.|\(/)[0]).not.toMatch(oldDay);
    // A day said to move the visit is no purchase date; the reason is no question to answer.
    expect(said.text).not.toMatch(/购买时间：20\d\d年\d+月\d+日|Purchased: \d/);
    expect(said.text).not.toMatch(/不用一整天在家等|没接到|打不通|No need to wait in all day|miss/i);
  });
});

describe('an address taken back in the same message is the one after', () => {
  it.each([
    ['zh', '先留单位的吧 江北区五里店保利江上明珠2栋8楼 哦不对 单位周末没人 填我家 南岸区南坪协信城5栋302', '南岸区南坪协信城5栋302'],
    ['zh', '地址写朝阳区望京SOHO塔3 1201 算了 还是写家里吧 朝阳区花家地北里4号楼605', '朝阳区花家地北里4号楼605'],
    ['en', 'the office, 200 Queen Street, Leeds LS1 2AB, no wait, the office is shut on Saturdays, use my flat: Flat 6, 14 Birch Road, Leeds LS6 2AQ', 'Flat 6, 14 Birch Road'],
  ] as const)('%s: %s', async (lang, said, address) => {
    const c = world.customer(`t1-takeback-${said}`);
    await bookingOpen(c, lang);
    await c.say('15923456789');
    const summary = await c.say(said);
    expect(addressLine(summary.text)).toContain(address);
    expect(summary.text).not.toMatch(/江上明珠|SOHO|Queen Street/);
    // Why the first address was dropped ("单位周末没人") is no question about staying in.
    expect(summary.text).not.toMatch(/不用一整天在家等|No need to wait in all day/);
  });
});

describe('a street taken back with a doubled "不是" keeps the city and district said before it', () => {
  it.each([
    ['宁波海曙区药行街215号 不是不是 是药行街512号 天一家园3幢602', '宁波海曙区药行街512号 天一家园3幢602', '215号'],
    ['厦门思明区湖滨南路77号 哦不对 湖滨北路77号 2栋1503', '厦门思明区湖滨北路77号 2栋1503', '湖滨南路'],
    ['无锡市梁溪区人民中路9号 说错了 是人民西路90号 1单元701', '无锡市梁溪区人民西路90号 1单元701', '人民中路'],
  ] as const)('%s', async (said, address, dropped) => {
    const c = world.customer(`s16-city-kept-${said}`);
    await bookingOpen(c, 'zh');
    await c.say('15923456789');
    const summary = await c.say(said);
    expect(addressLine(summary.text)).toBe(address);
    expect(summary.text).not.toContain(dropped);
  });
});
