import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';
import {
  extractAddress,
  extractBrand,
  extractCategory,
  extractErrorCode,
  extractModel,
  extractOrderNumber,
  extractPhone,
  extractProductAgeMonths,
  extractPurchaseDate,
  extractSerial,
  extractSlots,
  extractTicketNumber,
} from '../../bot/understanding/slots';

const n = (text: string) => normaliseText(text, { spokenDigits: true });
const TODAY = '2026-07-20';

describe('category', () => {
  it.each([
    ['格力空调不制冷', 'air_conditioner'],
    ['空掉外机不转', 'air_conditioner'],
    ['燃气热水器打不着火', 'water_heater'],
    ['洗碗机漏水', 'dishwasher'],
    ['the dishwasher leaks', 'dishwasher'],
    ['my washer will not spin', 'washing_machine'],
    ['油烟机吸力小', 'range_hood'],
    ['灶具打不着', 'gas_stove'],
    ['电饭煲夹生', 'rice_cooker'],
    ['微波炉不热', 'microwave'],
    ['fridge is warm', 'refrigerator'],
    ['AC blows warm air', 'air_conditioner'],
    ['手机屏幕碎了', 'phone'],
    ['heater broke, no hot water', 'water_heater'],
  ])('%s -> %s', (text, category) => expect(extractCategory(n(text))).toBe(category));

  it('does not take a phone number for a phone', () => {
    expect(extractCategory(n('我手机13812345678'))).toBeUndefined();
    expect(extractCategory('my phone number is 13812345678')).toBeUndefined();
  });
  it('knows phone models without the word phone', () => {
    expect(extractSlots('My Huawei P60 screen flickers').category).toBe('phone');
  });
});

describe('brand', () => {
  it.each([
    ['格力空调', 'Gree'],
    ['Midea AC', 'Midea'],
    ['海尔冰箱', 'Haier'],
    ['海信电视', 'Hisense'],
    ['TCL的电视', 'TCL'],
    ['小米手机', 'Xiaomi'],
    ['华为mate60', 'Huawei'],
    ['iPhone 15', 'Apple'],
    ['西门子洗碗机', 'Siemens'],
    ['松下微波炉', 'Panasonic'],
    ['奥克斯空调', 'AUX'],
    ['华帝热水器', 'Vatti'],
    ['方太油烟机', 'Fotile'],
    ['苏泊尔电饭煲', 'Supor'],
    ['九阳豆浆机', 'Joyoung'],
    ['小天鹅洗衣机', 'Little Swan'],
    ['老板电器的灶', 'Robam'],
    ['my gree unit', 'Gree'],
  ])('%s -> %s', (text, brand) => expect(extractBrand(text)).toBe(brand));
  it('does not read brands into ordinary words', () => {
    expect(extractBrand('I agree with the degree of help')).toBeUndefined();
    expect(extractBrand('老板说明天来')).toBeUndefined();
  });
});

describe('model', () => {
  it.each([
    ['格力KFR-35GW/NhGd1B不制冷', 'KFR-35GW/NhGd1B'],
    ['小天鹅XQB80-Z3569不进水', 'XQB80-Z3569'],
    ['容声的BCD-470WDPG', 'BCD-470WDPG'],
    ['型号:JSQ25-13HT1', 'JSQ25-13HT1'],
    ['my iphone 15 pro max', 'iPhone 15 Pro Max'],
    ['iPhone 15充不进电', 'iPhone 15'],
    ['华为mate60', 'Mate 60'],
  ])('%s -> %s', (text, model) => expect(extractModel(n(text))).toBe(model));
  it('does not take a ticket number or an error code for a model', () => {
    expect(extractModel('工单AS-20261124-0001进度')).toBeUndefined();
    expect(extractModel('error E-04')).toBeUndefined();
  });
});

describe('serial', () => {
  it.each([
    ['机身序列号是SN13812345678901', 'SN13812345678901'],
    ['Serial number is 4411380012345678', '4411380012345678'],
    ['S/N: AB12345678', 'AB12345678'],
    ['IMEI 861381234567890', '861381234567890'],
  ])('%s -> %s', (text, serial) => expect(extractSerial(n(text))).toBe(serial));
  it('keeps the serial apart from the model', () => {
    expect(extractSlots(n('序列号SN88001234 型号XQB80-Z3569'))).toMatchObject({ serial: 'SN88001234', model: 'XQB80-Z3569' });
  });
});

describe('error code', () => {
  it.each([
    ['开机显示E1', 'E1'],
    ['冷冻室不冷，F3', 'F3'],
    ['显示H6是啥', 'H6'],
    ['报EC', 'EC'],
    ['显示UE', 'UE'],
    ['滚筒洗衣机报dE', 'dE'],
    ['stops and shows E-04', 'E04'],
    ["error E24 and won't drain", 'E24'],
    ['Haier冰箱 F3 error', 'F3'],
    ['西门子洗碗机报E15', 'E15'],
    ['the display reads c1', 'C1'],
  ])('%s -> %s', (text, code) => expect(extractErrorCode(n(text))).toBe(code));

  it('does not take model fragments, phone models or words', () => {
    for (const text of ['格力KFR-35GW/NhGd1B不制冷', 'XQB80-Z3569', 'Huawei P60', 'shows up late', 'it shows the time', 'BCD-470WDPG']) expect(extractErrorCode(n(text)), text).toBeUndefined();
  });
});

describe('purchase date', () => {
  const date = (text: string, today: string | undefined = TODAY) => extractPurchaseDate(n(text), today);
  it('reads absolute dates at the precision given', () => {
    expect(date('热水器2025年3月15日买的')).toMatchObject({ value: '2025-03-15', precision: 'day' });
    expect(date('Purchased on 2025-03-15')).toMatchObject({ value: '2025-03-15', precision: 'day' });
    expect(date('2024年6月买的海尔冰箱')).toMatchObject({ value: '2024-06', precision: 'month' });
    expect(date('bought it March 3, 2025')).toMatchObject({ value: '2025-03-03' });
  });
  it('puts a month and day without a year in the latest past year', () => {
    expect(date('3月15号买的')?.value).toBe('2026-03-15');
    expect(date('三月十五号买的洗碗机')?.value).toBe('2026-03-15');
    expect(date('12月1号买的')?.value).toBe('2025-12-01');
  });
  it('resolves relative dates against the injected today', () => {
    expect(date('上个月刚装的')).toMatchObject({ value: '2026-06', precision: 'month' });
    expect(date('去年双十一买的')).toMatchObject({ value: '2025-11-11', precision: 'week', earliest: '2025-11-01', latest: '2025-11-14' });
    expect(date('去年8月份买的')).toMatchObject({ value: '2025-08', precision: 'month' });
    expect(date('前天刚送来的冰箱')?.value).toBe('2026-07-18');
    expect(date('三天前买的')?.value).toBe('2026-07-17');
    expect(date('I bought this TV 3 weeks ago')?.value).toBe('2026-06-29');
    expect(date('bought it last Black Friday')?.value).toBe('2025-11-28');
    expect(date('bought it last year')).toMatchObject({ value: '2025', precision: 'year' });
    expect(date('去年双十一买的', '2026-12-01')?.value).toBe('2025-11-11');
  });
  it('needs a purchase word nearby, and a today for relative dates', () => {
    expect(date('师傅说上周来修，3月15号打过电话')).toBeUndefined();
    expect(extractPurchaseDate('上个月买的')).toBeUndefined();
    expect(extractPurchaseDate('2025-03-15买的')?.value).toBe('2025-03-15');
  });
});

describe('product age', () => {
  it.each([
    ['用了两年', 24],
    ['买了才半年', 6],
    ['用了一年半', 18],
    ['买了三年了', 36],
    ['刚买三天', 0.1],
    ['买了2年', 24],
    ['my 3-year-old phone', 36],
    ['peeling after 2 months', 2],
    ['had it for two years', 24],
  ])('%s -> %d months', (text, months) => expect(extractProductAgeMonths(n(text))).toBe(months));
});

describe('order, ticket, phone and address', () => {
  it('finds ticket numbers of the desk', () => {
    expect(extractTicketNumber('工单as-20260712-0031现在什么进度')).toBe('AS-20260712-0031');
  });
  it('finds order numbers after an order word', () => {
    expect(extractOrderNumber('我的订单号是202607150012345')).toBe('202607150012345');
    expect(extractOrderNumber('订单号JD2026071512345678')).toBe('JD2026071512345678');
    expect(extractOrderNumber('order number 114-2345678-9012345')).toBe('114-2345678-9012345');
    expect(extractOrderNumber('ticket AS-20260712-0031')).toBeUndefined();
  });
  it('finds phones in any form, as 11 digits', () => {
    expect(extractPhone(n('我手机幺三八幺二三四五六七八'))).toBe('13812345678');
    expect(extractPhone('+86 139 0012 3456')).toBe('13900123456');
    expect(extractPhone('座机010-12345678')).toBe('010-12345678');
  });
  it('finds addresses', () => {
    expect(extractAddress(n('地址是北京市朝阳区建国路88号3号楼2单元1502室，麻烦尽快上门'))).toBe('北京市朝阳区建国路88号3号楼2单元1502室');
  });
});
