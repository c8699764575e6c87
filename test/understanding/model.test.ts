/**
 * Model numbers with words around them, phone models that name their brand and category, and
 * the things that must never be read as a model: prose, phone numbers, dates, prices, tickets.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../kernel/text/normal-form';

const normalizeText = (text: string) => normaliseText(text, { spokenDigits: true });
import { extractModel, extractModelAnswer, extractSlots } from '../../bot/understanding/slots';

const n = normalizeText;

describe('appliance models with words around them', () => {
  it.each([
    ['型号是KFR-35GW/(35592)FNhAa-B1 麻烦快点', 'KFR-35GW/(35592)FNhAa-B1'],
    ['RF28R7351SR. But seriously, why is it still broken?', 'RF28R7351SR'],
    ['model WW90T534DAW/S1 bought 2023', 'WW90T534DAW/S1'],
    ['格力KFR-35GW/NhGd1B不制冷', 'KFR-35GW/NhGd1B'],
    ['小天鹅XQB80-Z3569不进水', 'XQB80-Z3569'],
    ['容声的BCD-470WDPG冰箱', 'BCD-470WDPG'],
    ['型号:JSQ25-13HT1', 'JSQ25-13HT1'],
    ['型号 EG10014B39GU1 滚筒的', 'EG10014B39GU1'],
    ['my fridge (RF28R7351SR) is leaking', 'RF28R7351SR'],
    ['It is a Samsung WW90T534DAW, bought last year', 'WW90T534DAW'],
    ['机型是HW100-BD14756，用了两年', 'HW100-BD14756'],
    ['the model number is ue55au7100kxxu', 'ue55au7100kxxu'],
    ['Model no: MB-FB40Simple111 rice cooker', 'MB-FB40Simple111'],
    ['海尔冰箱BCD-216STPT 冷藏不冷', 'BCD-216STPT'],
    ['方太CXW-258-EM72T油烟机噪音大', 'CXW-258-EM72T'],
    ['西门子洗碗机SJ235W00JC报E15', 'SJ235W00JC'],
    ['型号写的是 KFR-72LW/(72555)FNhAa-A3', 'KFR-72LW/(72555)FNhAa-A3'],
  ])('%s -> %s', (text, model) => expect(extractModel(n(text))).toBe(model));
});

describe('phone models name the phone category and the brand', () => {
  it.each([
    ["my iphone 15 pro max won't charge", 'iPhone 15 Pro Max', 'Apple'],
    ['iPhone 13屏幕碎了', 'iPhone 13', 'Apple'],
    ['苹果15pro充不进电', 'iPhone 15 Pro', 'Apple'],
    ['华为mate60pro信号差', 'Mate 60 Pro', 'Huawei'],
    ['Mate 60 Pro keeps rebooting', 'Mate 60 Pro', 'Huawei'],
    ['华为P60拍照模糊', 'P60', 'Huawei'],
    ['nova 12 battery drains fast', 'nova 12', 'Huawei'],
    ['Huawei Pura 70 Ultra screen', 'Pura 70 Ultra', 'Huawei'],
    ['Xiaomi 15 not charging', 'Xiaomi 15', 'Xiaomi'],
    ['小米14发烫', 'Xiaomi 14', 'Xiaomi'],
    ['小米14 Ultra摄像头', 'Xiaomi 14 Ultra', 'Xiaomi'],
    ['Redmi Note 13 Pro+ speaker crackles', 'Redmi Note 13 Pro+', 'Xiaomi'],
    ['红米K70充电慢', 'Redmi K70', 'Xiaomi'],
    ["Galaxy S24 Ultra won't turn on", 'Galaxy S24 Ultra', 'Samsung'],
    ['三星S23屏幕绿线', 'Galaxy S23', 'Samsung'],
    ['samsung galaxy z fold5 hinge', 'Galaxy Z Fold5', 'Samsung'],
    ['OPPO Find X7 overheating', 'Find X7', 'OPPO'],
    ['oppo reno 11 pro 黑屏', 'Reno 11 Pro', 'OPPO'],
    ['vivo X100 Pro 进水了', 'vivo X100 Pro', 'vivo'],
    ['iQOO 12 掉帧', 'iQOO 12', 'vivo'],
    ['荣耀Magic6 充电口松了', 'Magic6', 'Honor'],
    ['荣耀90开不了机', 'Honor 90', 'Honor'],
    ['Pixel 8 screen flickers', 'Pixel 8', 'Google'],
    ['一加12 信号不好', 'OnePlus 12', 'OnePlus'],
    ['苹果6s plus电池不行', 'iPhone 6s Plus', 'Apple'],
    ['iphone xr 面容坏了', 'iPhone XR', 'Apple'],
    ['红米note12充电慢', 'Redmi Note 12', 'Xiaomi'],
    ['galaxy s24+ screen cracked', 'Galaxy S24+', 'Samsung'],
    ['Mate X5 折叠屏有折痕', 'Mate X5', 'Huawei'],
    ['荣耀X50电池鼓包', 'Honor X50', 'Honor'],
  ])('%s -> %s (%s)', (text, model, brand) => {
    expect(extractSlots(n(text))).toMatchObject({ model, brand, category: 'phone' });
  });
});

describe('never a model', () => {
  it.each([
    ['still not working'],
    ['not sure'],
    ['the white one'],
    ['型号不知道'],
    ['what model is it?'],
    ['我的电话13812345678'],
    ['型号13812345678'],
    ['2024-05-10买的'],
    ['model 2023'],
    ['花了3999元'],
    ['工单AS-20261124-0001进度'],
    ['订单号JD2026071512345678'],
    ['快递单号SF1234567890123'],
    ['序列号AB12345678'],
    ['error E-04'],
    ['显示E1'],
    ['显示P10'],
    ['my mate 20 years ago had one'],
    ['苹果15天无理由退货吗'],
    ['小米10天前买的空调'],
    ['5G信号不好 256GB'],
    ['1.5P的空调 1080P'],
    ['WIFI6 连不上'],
    ['P20 error on the washer'],
  ])('%s', (text) => expect(extractModel(n(text))).toBeUndefined());
});

describe('a reply to "what is the model?"', () => {
  it.each([
    ['rf28r7351sr', 'rf28r7351sr'],
    ['RF28R7351SR. But seriously…', 'RF28R7351SR'],
    ['型号是KFR-35GW/(35592)FNhAa-B1 麻烦快点', 'KFR-35GW/(35592)FNhAa-B1'],
    ["it's ww90t534daw", 'ww90t534daw'],
    ['Q7Pro', 'Q7Pro'],
    ['KFR35GW 吧', 'KFR35GW'],
    ['Xiaomi 15', 'Xiaomi 15'],
    ["it's ww90t534daw i think", 'ww90t534daw'],
    ['型号好像是 kfr35gw 吧', 'kfr35gw'],
    ['应该是 kfr-35gw/nhgd1b 这个', 'kfr-35gw/nhgd1b'],
    ['2 years old, still not working', undefined],
    ['call me at 13812345678', undefined],
    ['still not working', undefined],
    ['not sure', undefined],
    ['the white one', undefined],
    ['不知道', undefined],
    ['13812345678', undefined],
    ['2023', undefined],
    ['AS-20261124-0001', undefined],
    ['no idea sorry', undefined],
  ])('%s -> %s', (text, model) => expect(extractModelAnswer(n(text))).toBe(model));
});
