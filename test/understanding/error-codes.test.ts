/**
 * Error codes in every form customers type or dictate, with what they must never be taken from:
 * models, phone models, phone and ticket numbers, prices, dates, temperatures, times, quantities.
 * Each row is a message and exactly the codes it holds, in order.
 */
import { describe, expect, it } from 'vitest';
import { extractErrorCode, extractErrorCodes } from '../../bot/understanding/slots/error-code';
import { extractSlots } from '../../bot/understanding/slots';

const codes = (text: string) => extractErrorCodes(text).map((c) => c.code);

describe('error codes in every form', () => {
  it.each<[string, string[]]>([
    ['开机显示E1', ['E1']],
    ['空调E4', ['E4']],
    ['格力空调显示E-4', ['E4']],
    ['e4', ['E4']],
    ['Ｅ４', ['E4']],
    ['洗衣机显示F18', ['F18']],
    ['ERR4', ['ERR4']],
    ['Err 4', ['ERR4']],
    ['显示Er FF', ['ERFF']],
    ['LG冰箱22E', ['22E']],
    ['三星洗衣机3E', ['3E']],
    ['Samsung washer 4C', ['4C']],
    ['滚筒洗衣机报dE', ['dE']],
    ['显示UE', ['UE']],
    ['LE', ['LE']],
    ['热水器H1', ['H1']],
    ['美的空调P0', ['P0']],
    ['洗衣机显示CL', ['CL']],
    // Capital letter pairs with digits on an appliance's display (LG, Daikin, Mitsubishi style).
    ['空调显示CH05', ['CH05']],
    ['洗衣机屏幕上显示个E7F', ['E7F']],
    ['the dryer display shows F5E', ['F5E']],
    ['my phone model is A5X', []],
    ['I live in block B3C', []],
    ['my aircon is showing AH3 on the panel', ['AH3']],
    ['dryer flashing PF error', ['PF']],
    ['the dishwasher shows HX 2 error', ['HX2']],
    ['我的手机显示CH01', []],
    ['room AB12, fridge not cooling', []],
    ['林内热水器显示11', ['11']],
    ['热水器显示90', ['90']],
    ['代码11', ['11']],
    ['故障码 11', ['11']],
    ['一直报11', ['11']],
    ['error 90', ['90']],
    ['it shows 11', ['11']],
    ['flashing 11', ['11']],
    ['显示E 1', ['E1']],
    ['空调显示E一', ['E1']],
    ['冷冻室不冷，F3', ['F3']],
    ['stops and shows E-04', ['E04']],
    ['the display reads c1', ['C1']],
    ['显示的是E5', ['E5']],
    ['报了个E5', ['E5']],
    ['E1是什么意思', ['E1']],
    ['Error: E21 on my Bosch dishwasher', ['E21']],
    ['washer shows code 5C', ['5C']],
    ['iPhone error 4013', ['4013']],
    ['显示E1又显示E3', ['E1', 'E3']],
    ['空调显示E1 F3', ['E1', 'F3']],
    ['格力空调E1，海尔冰箱F3', ['E1', 'F3']],
    ['燃气热水器出现E1点不着', ['E1']],
    ['洗衣机显示 E 2 什么意思', ['E2']],
    ['The code is 90', ['90']],
    ['iPhone 显示错误代码4013', ['4013']],
    ['扫地机器人错误码14', ['14']],
    ['My LG washer shows OE', ['OE']],
    ['error Er 01', ['ER01']],
    ['panel flashes H1 H2', ['H1', 'H2']],
    ['微波炉显示E-01', ['E01']],
    // never a code
    ['格力KFR-35GW/NhGd1B不制冷', []],
    ['XQB80-Z3569', []],
    ['BCD-470WDPG', []],
    ['小天鹅MB80洗衣机漏水', []],
    ['My Huawei P60 screen flickers', []],
    ['Galaxy S23 Ultra', []],
    ['电话13812345678', []],
    ['phone number is 138 0013 8000', []],
    ['call 400-820-8000', []],
    ['工单AS-20261124-0001', []],
    ['花了3999元', []],
    ['报价200', []],
    ['3月15号买的', []],
    ['显示26度', []],
    ['60°C', []],
    ['空调显示26', []],
    ['热水器显示45', []],
    ['温度显示60', []],
    ['冰箱显示5', []],
    ['set to 4C', []],
    ['冷藏室4C', []],
    ['显示11点', []],
    ['闪3下', []],
    ['显示2个灯', []],
    ['the phone shows 3 lights', []],
    ['买了2个', []],
    ['故障3天了', []],
    ['got 2 kids', []],
    ['promo code 1234', []],
    ['zip code 10001', []],
    ['地址是北京市朝阳区建国路88号3单元4C', []],
    ['深圳市南山区科技园大厦12F', []],
    ['room 3E is where I live', []],
    ['我的手机WiFi 6E', []],
    ['显示E一直闪', []],
    ['shows up late', []],
    ['it shows the time', []],
    ['显示OK', []],
    ['电视显示HDMI', []],
    ['PM2.5', []],
    ['CO2', []],
    ['we de', []],
    ['报修', []],
    ['H5页面打不开', []],
    ['F4乐队', []],
    ['P30手机屏幕碎了', []],
    ['型号E8-500', []],
    ['今天11点来', []],
    ['订单号123456789012', []],
    ['屏幕显示88:88', []],
    ['显示50%', []],
    ['E一', []],
    ['my 4K TV and 5G phone', []],
    ['send me an E-mail', []],
    ['LG TV remote', []],
  ])('%s -> %j', (text, expected) => expect(codes(text), text).toEqual(expected));
});

describe('what comes with each code', () => {
  it('keeps how it was written and where', () => {
    expect(extractErrorCodes('洗衣机显示Ｅ－４了')[0]).toMatchObject({ code: 'E4', written: 'Ｅ－４', index: 5, cue: '显示' });
    expect(extractErrorCodes('it says Err 4 now')[0]).toMatchObject({ code: 'ERR4', written: 'Err 4', index: 8 });
  });

  it('pairs each code with the brand and product named for it', () => {
    const [e1, f3] = extractErrorCodes('格力空调E1，海尔冰箱F3');
    expect(e1).toMatchObject({ code: 'E1', brand: 'Gree', category: 'air_conditioner', nextTo: { brand: true, category: true } });
    expect(f3).toMatchObject({ code: 'F3', brand: 'Haier', category: 'refrigerator', nextTo: { brand: true, category: true } });
    expect(extractErrorCodes('fridge flashing 22E')[0]).toMatchObject({ category: 'refrigerator', cue: 'flashing', nextTo: { brand: false, category: true } });
    expect(extractErrorCodes('E4 on my Haier washer')[0]).toMatchObject({ brand: 'Haier', category: 'washing_machine', nextTo: { brand: true, category: false } });
    expect(extractErrorCodes('显示E1。我家是美的的空调，去年买的')[0]).toMatchObject({ brand: 'Midea', nextTo: { brand: false, category: false } });
    const bare = extractErrorCodes('显示E1')[0]!;
    expect(bare.brand).toBeUndefined();
    expect(bare.nextTo).toEqual({ brand: false, category: false });
  });

  it('keeps the first code for the callers that hold one', () => {
    expect(extractErrorCode('显示E1又显示E3')).toBe('E1');
    expect(extractErrorCode('格力KFR-35GW不制冷')).toBeUndefined();
    expect(extractSlots('洗衣机显示E-4').errorCode).toBe('E4');
  });
});
