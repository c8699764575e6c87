/** The one brand lexicon: brands found in what customers write, and brand names resolved however they are spelt. */
import { describe, expect, it } from 'vitest';
import { BRANDS, brandLabel, canonicalBrand, detectBrands, firstBrand, lookupBrand } from '../../kernel/lexicon/brands';
import { normaliseText } from '../../kernel/text/normal-form';

const first = (text: string) => firstBrand(normaliseText(text, { spokenDigits: true }));

describe('firstBrand: the brand a customer names', () => {
  it.each([
    // Chinese names
    ['格力空调显示E1', 'Gree'],
    ['美的洗衣机不脱水', 'Midea'],
    ['家里海尔冰箱不制冷了', 'Haier'],
    ['小天鹅滚筒漏水', 'Little Swan'],
    ['万和燃气热水器显示E1', 'Vanward'],
    ['容声冰箱冷藏室结冰', 'Ronshen'],
    ['史密斯热水器一直响', 'A.O. Smith'],
    ['A.O.史密斯电热水器E2', 'A.O. Smith'],
    ['林内热水器显示11', 'Rinnai'],
    ['能率热水器打不着火', 'Noritz'],
    ['万家乐热水器报E2', 'Macro'],
    ['华帝燃气灶点不着', 'Vatti'],
    ['方太油烟机声音大', 'Fotile'],
    ['老板油烟机吸力小', 'Robam'],
    ['老板电器的灶打不着火', 'Robam'],
    ['西门子洗碗机报E15', 'Siemens'],
    ['博世洗衣机门打不开', 'Bosch'],
    ['松下微波炉不加热', 'Panasonic'],
    ['大金空调漏水', 'Daikin'],
    ['三星手机屏幕闪', 'Samsung'],
    ['苹果手机充不进电', 'Apple'],
    ['华为mate60发烫', 'Huawei'],
    ['荣耀手机卡顿', 'Honor'],
    ['荣耀的屏幕坏了', 'Honor'],
    ['红米手机掉电快', 'Xiaomi'],
    ['米家扫地机器人不回充', 'Xiaomi'],
    ['海信电视黑屏', 'Hisense'],
    ['长虹电视没声音', 'Changhong'],
    ['奥克斯空调不制热', 'AUX'],
    ['志高空调外机不转', 'Chigo'],
    ['格兰仕微波炉打火', 'Galanz'],
    ['九阳豆浆机不打浆', 'Joyoung'],
    ['苏泊尔电饭煲夹生', 'Supor'],
    ['惠而浦洗衣机E1', 'Whirlpool'],
    ['统帅冰箱不制冷', 'Haier'],
    // English, any case, sub-brands and models
    ['my Gree AC shows E1', 'Gree'],
    ['MIDEA washer will not drain', 'Midea'],
    ['little swan washing machine leaking', 'Little Swan'],
    ['Vanward gas water heater E1', 'Vanward'],
    ['AO Smith water heater is leaking', 'A.O. Smith'],
    ['a.o.smith heater no hot water', 'A.O. Smith'],
    ['Rinnai shows code 11', 'Rinnai'],
    ['iPhone 15 will not charge', 'Apple'],
    ['iphone13屏幕碎了', 'Apple'],
    ['Redmi Note 12 overheating', 'Xiaomi'],
    ['LG滚筒不脱水', 'LG'],
    ['lg fridge is warm', 'LG'],
    ['TCL电视没信号', 'TCL'],
    ['OPPO手机充电慢', 'OPPO'],
    ['vivo X100 camera blurry', 'vivo'],
    ['iQOO手机发烫', 'vivo'],
    ['HONOR Magic 6 battery', 'Honor'],
    ['my Honor phone keeps restarting', 'Honor'],
    ['Macro gas water heater E2', 'Macro'],
    ['AUX air con not cooling', 'AUX'],
    // pinyin and common misspellings
    ['geli kongtiao E1', 'Gree'],
    ['wanhe reshuiqi E1', 'Vanward'],
    ['rongsheng bingxiang', 'Ronshen'],
    ['荣声冰箱不制冷', 'Ronshen'],
    ['惠尔浦洗衣机漏水', 'Whirlpool'],
    ['苏泊儿电饭煲', 'Supor'],
    ['澳克斯空调', 'AUX'],
    ['Samsumg phone screen', 'Samsung'],
    ['siemans dishwasher E15', 'Siemens'],
    ['whirpool washer', 'Whirlpool'],
    ['hisence tv no picture', 'Hisense'],
    ['huawai phone battery', 'Huawei'],
    // the first one named leads
    ['美的还是格力的空调', 'Midea'],
  ])('%s -> %s', (text, brand) => expect(first(text)).toBe(brand));

  it.each([
    ['用了三星期就坏了'],
    ['只能给三星好评'],
    ['这个设计很完美的'],
    ['风景美的很'],
    ['老板说明天来修'],
    ['你们老板是谁'],
    ['I agree with the degree of help'],
    ['please honor the warranty'],
    ['the macro lens will not focus'],
    ['the aux cable is loose'],
    ['地址是万和路18号'],
    ['住在美的城3栋'],
    ['退款是大金额'],
    ['放松下来慢慢说'],
    ['早上喝了小米粥'],
    ['玩王者荣耀的时候发烫'],
    ['小区树林内有噪音'],
    ['sharp noise from the fridge'],
    ['空调不制冷'],
    ['my washer will not drain'],
    ['热水器功能率低'],
    ['联想到上次的事'],
    ['石头砸到了外机'],
  ])('%s names no brand', (text) => expect(first(text)).toBeUndefined());

  it('finds every brand named, in order', () => {
    expect(detectBrands(normaliseText('海尔和美的还有格力哪个好'))).toEqual(['Haier', 'Midea', 'Gree']);
    expect(detectBrands(normaliseText('用了三星期的三星手机'))).toEqual(['Samsung']);
  });
});

describe('lookupBrand / canonicalBrand: a brand given as a name', () => {
  it.each([
    ['Vanward', 'Vanward'],
    ['vanward', 'Vanward'],
    ['万和', 'Vanward'],
    ['Wanhe', 'Vanward'],
    ['Ronshen', 'Ronshen'],
    ['容声', 'Ronshen'],
    ['Rongsheng', 'Ronshen'],
    ['A.O. Smith', 'A.O. Smith'],
    ['A. O. Smith', 'A.O. Smith'],
    ['AO Smith', 'A.O. Smith'],
    ['aosmith', 'A.O. Smith'],
    ['史密斯', 'A.O. Smith'],
    ['A.O.史密斯', 'A.O. Smith'],
    ['格力', 'Gree'],
    ['GREE', 'Gree'],
    ['Ｇｒｅｅ', 'Gree'],
    ['格力空调', 'Gree'],
    ['Midea Group', 'Midea'],
    ['老板', 'Robam'],
    ['荣耀', 'Honor'],
    ['honor', 'Honor'],
    ['Macro', 'Macro'],
    ['AUX', 'AUX'],
    ['统帅', 'Haier'],
    ['石头', 'Roborock'],
    ['iPhone', 'Apple'],
    ['红米', 'Xiaomi'],
    ['Redmi', 'Xiaomi'],
    [' LG ', 'LG'],
    ['tcl', 'TCL'],
  ])('%j -> %s', (name, canonical) => {
    expect(lookupBrand(name)).toBe(canonical);
    expect(canonicalBrand(name)).toBe(canonical);
  });

  it('keeps a brand it does not know as given, and knows none in ordinary words', () => {
    expect(lookupBrand('Acme')).toBeUndefined();
    expect(canonicalBrand('  Acme ')).toBe('Acme');
    expect(lookupBrand('海尔/美的')).toBeUndefined();
    expect(canonicalBrand('海尔/美的')).toBe('海尔/美的');
  });

  it('gives every spelling to one brand only, and every canonical name resolves to itself', () => {
    for (const b of BRANDS) expect(lookupBrand(b.name), b.name).toBe(b.name);
  });
});

describe('brandLabel', () => {
  it.each([
    ['Vanward', 'zh', '万和'],
    ['A.O. Smith', 'zh', 'A.O.史密斯'],
    ['Robam', 'zh', '老板电器'],
    ['Honor', 'zh', '荣耀'],
    ['LG', 'zh', 'LG'],
    ['Vanward', 'en', 'Vanward'],
    ['wanhe', 'en', 'Vanward'],
    ['Acme', 'zh', 'Acme'],
  ] as const)('%s in %s -> %s', (name, lang, label) => expect(brandLabel(name, lang)).toBe(label));
});
