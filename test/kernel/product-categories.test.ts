/** The one product-category lexicon: the product a customer names, the categories search leans on, the names we say back. */
import { describe, expect, it } from 'vitest';
import { categoryLabel, findCategories, firstCategory, lookupCategory } from '../../kernel/lexicon/product-categories';
import { normaliseText } from '../../kernel/text/normal-form';
import { detectCategories } from '../../knowledge/search/query-analysis';
import { categorySchema } from '../../warranty/policy';

const first = (text: string) => firstCategory(normaliseText(text, { spokenDigits: true }));

describe('firstCategory: the product the customer leads with', () => {
  it.each([
    ['格力空调不制冷', 'air_conditioner'],
    ['空掉外机不转', 'air_conditioner'],
    ['柜机漏水', 'air_conditioner'],
    ['中央空调不出风', 'air_conditioner'],
    ['my aircon is dripping', 'air_conditioner'],
    ['AC blows warm air', 'air_conditioner'],
    ['the a/c makes noise', 'air_conditioner'],
    ['燃气热水器打不着火', 'water_heater'],
    ['壁挂炉显示E1', 'water_heater'],
    ['boiler keeps losing pressure', 'water_heater'],
    ['heater broke, no hot water', 'water_heater'],
    ['no hot water in the shower, heater shows E1', 'water_heater'],
    ['洗衣机不脱水', 'washing_machine'],
    ['洗衣鸡不转了', 'washing_machine'],
    ['滚筒门打不开', 'washing_machine'],
    ['my washer will not spin', 'washing_machine'],
    ['washer dryer not drying', 'washing_machine'],
    ['洗碗机漏水', 'dishwasher'],
    ['the dishwasher leaks', 'dishwasher'],
    ['fridge is warm', 'refrigerator'],
    ['冷冻室结冰', 'refrigerator'],
    ['冰柜不制冷', 'refrigerator'],
    ['油烟机吸力小', 'range_hood'],
    ['cooker hood is loud', 'range_hood'],
    ['灶具打不着', 'gas_stove'],
    ['燃气灶火小', 'gas_stove'],
    ['the gas hob will not light', 'gas_stove'],
    ['电磁炉不加热', 'induction_cooker'],
    ['induction hob shows E0', 'induction_cooker'],
    ['电饭煲夹生', 'rice_cooker'],
    ['微波炉不热', 'microwave'],
    ['microwave oven sparks', 'microwave'],
    ['烤箱温度不准', 'oven'],
    ['电视黑屏', 'tv'],
    ['平板电视没声音', 'tv'],
    ['TV has no sound', 'tv'],
    ['手机屏幕碎了', 'phone'],
    ['iPhone 15 will not charge', 'phone'],
    ['华为mate60发烫', 'phone'],
    ['my smartphone restarts', 'phone'],
    ['扫地机器人不回充', 'robot_vacuum'],
    ['吸尘器吸力小', 'vacuum_cleaner'],
    ['净水器漏水', 'water_purifier'],
    ['豆浆机不打浆', 'soymilk_maker'],
    // the first product named leads
    ['空调和冰箱都坏了', 'air_conditioner'],
  ])('%s -> %s', (text, category) => expect(first(text)).toBe(category));

  it.each([
    ['我手机13812345678'],
    ['手机号是13812345678'],
    // A contact number given in the middle of a booking names no phone to repair.
    ['fine. phone is +86 186 0210 3344'],
    ['Phone 0086 139 1234 0000. Address: Unit 1502'],
    ['手机 139 2233 4455 地址广州'],
    ['my phone number is 13812345678'],
    ['please give me a phone call'],
    ['客服直接挂机了'],
    ['no hot water from the tap'],
    ['the hood of my car'],
    ['这个滚筒刷坏了'],
    ['the curling iron broke'],
    ['你好，在吗'],
    ['I want to complain'],
    ['heater is broken'],
  ])('%j names no product', (text) => expect(first(text)).toBeUndefined());

  it('does not take an induction hob for a gas stove', () => {
    expect(first('电磁灶不加热')).not.toBe('gas_stove');
    expect(first('induction cooktop error')).toBe('induction_cooker');
  });
});

describe('findCategories with hints (knowledge search)', () => {
  it.each([
    ['no hot water at all', ['water_heater']],
    ['冷气不够', ['air_conditioner']],
    ['the hood is noisy', ['range_hood']],
    ['my mobile keeps restarting', ['phone']],
    ['空调和冰箱都坏了', ['air_conditioner', 'refrigerator']],
    ['洗碗机漏水', ['dishwasher']],
    // A product the knowledge base has no cases for is not a category.
    ['扫地机器人不充电', []],
  ] as const)('%s -> %j (knowledge categories only)', (text, categories) => {
    expect(detectCategories(normaliseText(text))).toEqual(categories);
  });

  it('never reads a slot from a hint', () => {
    expect(findCategories('no hot water at all')).toEqual([]);
    expect(findCategories('no hot water at all', { hints: true })[0]).toMatchObject({ id: 'water_heater', hint: true });
  });
});

describe('lookupCategory and the warranty categories', () => {
  it.each([
    ['空调', 'air_conditioner'],
    ['air_conditioner', 'air_conditioner'],
    ['washing machine', 'washing_machine'],
    ['fridge', 'refrigerator'],
    ['电视', 'tv'],
    ['彩电', 'tv'],
    ['手机', 'phone'],
    ['格力空调', 'air_conditioner'],
    ['Ｆｒｉｄｇｅ', 'refrigerator'],
    ['unicorn', undefined],
  ] as const)('lookupCategory(%j) -> %s', (word, id) => expect(lookupCategory(word)).toBe(id));

  it.each([
    ['空调', 'air_conditioner'],
    ['空调器', 'air_conditioner'],
    ['ac', 'air_conditioner'],
    ['冰柜', 'refrigerator'],
    ['freezer', 'refrigerator'],
    ['洗衣机', 'washing_machine'],
    ['燃气热水器', 'water_heater'],
    ['boiler', 'water_heater'],
    ['电视机', 'television'],
    ['tv', 'television'],
    ['微波炉', 'microwave'],
    ['microwave oven', 'microwave'],
    ['手机', 'mobile_phone'],
    ['phone', 'mobile_phone'],
    ['移动电话', 'mobile_phone'],
    ['handset', 'mobile_phone'],
    ['mobile_phone', 'mobile_phone'],
    ['其他', 'other'],
  ])('warranty category of %j is %s', (word, category) => expect(categorySchema.parse(word)).toBe(category));

  it('refuses a product the 三包 rules have no category for, as before (the check treats it as other)', () => {
    expect(categorySchema.safeParse('dishwasher').success).toBe(false);
    expect(categorySchema.safeParse('unicorn').success).toBe(false);
  });
});

describe('categoryLabel', () => {
  it.each([
    ['air_conditioner', 'zh', '空调'],
    ['air_conditioner', 'en', 'air conditioner'],
    ['refrigerator', 'en', 'fridge'],
    ['phone', 'zh', '手机'],
    ['tv', 'en', 'TV'],
    ['gas_stove', 'en', 'gas stove'],
    ['general', 'zh', undefined],
  ] as const)('%s in %s -> %s', (id, lang, label) => expect(categoryLabel(id, lang)).toBe(label));
});
