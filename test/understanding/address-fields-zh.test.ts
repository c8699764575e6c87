/**
 * How the repair form reads and corrects Chinese address and time fields (session 15, t1-zh-fields):
 * an address with no city keeps its front part (district, area, an estate or mall name with no
 * suffix we know, digits in a name, a street number before the estate); an address taken back in
 * the same message gives way to the one after; a building or unit in Chinese numerals is replaced
 * in place; a new visit time said with its reason keeps only the new time.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';
import { extractAddress } from '../../bot/understanding/slots';
import { extractCorrection } from '../../bot/understanding/slots/correction';
import { isAddressPart, replaceAddressParts } from '../../bot/understanding/slots/address-parts';
import { applySwap, readSwap } from '../../bot/understanding/slots/swap-correction';

const read = (text: string) => extractAddress(normaliseText(text, { spokenDigits: true }));

describe('an address with no city keeps its front part', () => {
  it.each([
    // An estate or mall name with no suffix between the area and the building.
    ['沙坪坝区磁器口龙湖源著8栋21-6', '沙坪坝区磁器口龙湖源著8栋21-6'],
    ['南山区后海中洲控股中心A座2703 周小姐', '南山区后海中洲控股中心A座2703'],
    ['九龙坡区杨家坪金科天籁3栋9-2 姓刘 15923456789 周四上午', '九龙坡区杨家坪金科天籁3栋9-2'],
    ['福田区香蜜湖街道星河时代2栋1406，下午都在家', '福田区香蜜湖街道星河时代2栋1406'],
    // Digits inside an estate's name, and an estate named with a number.
    ['大兴区亦庄阳光100国际新城7号楼1102 赵先生', '大兴区亦庄阳光100国际新城7号楼1102'],
    ['锦江区东大街时代一号5栋18-3', '锦江区东大街时代一号5栋18-3'],
    ['渝中区上清寺嘉陵二号4栋15-1', '渝中区上清寺嘉陵二号4栋15-1'],
    // A street with its number before the estate.
    ['宝安区新安街道建安一路68号海雅缤纷城2栋1105', '宝安区新安街道建安一路68号海雅缤纷城2栋1105'],
    ['南岸区弹子石腾龙大道56号国际社区5栋26-2 何女士', '南岸区弹子石腾龙大道56号国际社区5栋26-2'],
    ['渝北区新牌坊红锦大道9号财富星座3栋11-4', '渝北区新牌坊红锦大道9号财富星座3栋11-4'],
  ])('%s', (said, address) => {
    expect(read(said)).toBe(address);
  });

  it('still reads no address in a fault report with a floor in it', () => {
    expect(read('我在朝阳区上班 家里洗衣机放在阳台2楼')).toBeUndefined();
  });
});

describe('an address taken back in the same message gives way to the one after', () => {
  it.each([
    ['先留单位的吧 江北区五里店保利江上明珠2栋8楼 哦不对 单位周末没人 填我家 南岸区南坪协信城5栋302', '南岸区南坪协信城5栋302'],
    ['地址写朝阳区望京SOHO塔3 1201 算了 还是写家里吧 朝阳区花家地北里4号楼605', '朝阳区花家地北里4号楼605'],
    ['天河区珠江新城富力盈凯广场3401，不对不对，送我爸妈那边：越秀区东山口培正小区2栋501', '越秀区东山口培正小区2栋501'],
    ['the office, 200 Queen Street, no wait, the office is shut on Saturdays, use my flat: Flat 6, 14 Birch Road', 'Flat 6, 14 Birch Road'],
    ['Unit 9, 31 Bridge Street - actually make it my home, 5 Willow Road, Leeds LS6 2AQ', '5 Willow Road, Leeds LS6 2AQ'],
  ])('%s', (said, address) => {
    expect(read(said)).toBe(address);
  });

  it('two addresses with no take-back between keep the first', () => {
    expect(read('上门到海淀区清河毛纺路小区3号楼201，发票寄到昌平区回龙观龙泽苑东区8号楼502')).toBe('海淀区清河毛纺路小区3号楼201');
  });
});

describe('a building, unit or room in Chinese numerals is replaced in place', () => {
  it.each([
    ['江北区大石坝东原香山十五号楼二单元801', '51号楼', '江北区大石坝东原香山51号楼二单元801'],
    ['江北区大石坝东原香山十五号楼二单元801', '五单元', '江北区大石坝东原香山十五号楼五单元801'],
    ['江北区大石坝东原香山15号楼二单元801', '4单元', '江北区大石坝东原香山15号楼4单元801'],
    ['江北区大石坝东原香山十五号楼801', '2单元', '江北区大石坝东原香山十五号楼2单元801'],
  ])('%s with %s', (address, part, corrected) => {
    expect(replaceAddressParts(address, part)).toBe(corrected);
  });

  it.each([
    ['江北区大石坝东原香山十五号楼二单元801', '是51栋 不是15栋', '江北区大石坝东原香山51号楼二单元801'],
    ['江北区大石坝东原香山15号楼二单元801', '不是十五号楼 是十六号楼', '江北区大石坝东原香山16号楼二单元801'],
    ['江北区大石坝东原香山十五号楼二单元801', '单元号是3 不是2', '江北区大石坝东原香山十五号楼3单元801'],
  ])('%s: %s', (address, said, corrected) => {
    const swap = readSwap(said);
    expect(swap && applySwap(address, swap)).toBe(corrected);
  });

  it.each([
    ['15栋', true],
    ['十五号楼', true],
    ['2单元', true],
    ['flat 3B', true],
    ['building 7', true],
    ['周二', false],
    ['1502', false],
  ])('"%s" is a part of an address: %s', (part, yes) => {
    expect(isAddressPart(part)).toBe(yes);
  });
});

describe('a new visit time said with its reason', () => {
  it.each([
    ['上门时间改成周五上午 周四我要陪孩子考试', '周五上午'],
    ['时间改成周五上午 周六下午也行', '周五上午 周六下午也行'],
    ['时间换到下周一下午吧 这周六家里有客人', '下周一下午'],
    ['预约时间改为周日晚上 周六得出差', '周日晚上'],
    ['change the time to Friday morning because Thursday my son has an exam', 'Friday morning'],
    ['the visit time should be Monday evening as on Saturday we have guests', 'Monday evening'],
  ])('%s', (said, time) => {
    expect(extractCorrection(said)).toMatchObject({ slot: 'visitTime', value: time });
  });

  it('keeps a span or a choice of days whole', () => {
    expect(extractCorrection('时间改成下周二到周四都行')).toMatchObject({ slot: 'visitTime', value: '下周二到周四都行' });
    expect(extractCorrection('change the time to Thursday or Friday morning')).toMatchObject({ slot: 'visitTime', value: 'Thursday or Friday morning' });
  });
});
