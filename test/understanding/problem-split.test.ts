/**
 * Two problems in one message are cut where the second product comes in; one problem with a
 * product named as context, or the same product twice, stays whole.
 */
import { describe, expect, it } from 'vitest';
import { splitProblems } from '../../bot/understanding/problem-split';

const parts = (text: string) => splitProblems(text).map((p) => p.text);

describe('two problems in one message', () => {
  it.each<[string, string[]]>([
    ['空调开机显示E1 另外我家燃气灶打不着火', ['空调开机显示E1', '我家燃气灶打不着火']],
    ['格力空调E1，海尔冰箱F3', ['格力空调E1', '海尔冰箱F3']],
    ['洗衣机不排水，还有热水器也不出热水', ['洗衣机不排水', '热水器也不出热水']],
    ['油烟机声音特别大 微波炉也不转了', ['油烟机声音特别大', '微波炉也不转了']],
    ["my washer won't drain and the fridge is leaking too", ["my washer won't drain", 'the fridge is leaking too']],
    ['The AC shows E1, also my Midea microwave keeps sparking', ['The AC shows E1', 'my Midea microwave keeps sparking']],
    ["fridge not cooling; the water heater won't heat either", ['fridge not cooling', "the water heater won't heat either"]],
    // One problem: the other product is context, or the same product again.
    ['冰箱旁边的插座冒火花', ['冰箱旁边的插座冒火花']],
    ['空调不制冷 空调外机也不转', ['空调不制冷 空调外机也不转']],
    ['洗衣机坏了 我家冰箱是海尔的', ['洗衣机坏了 我家冰箱是海尔的']],
    ["my Haier fridge is fine but the Midea AC won't cool", ["my Haier fridge is fine but the Midea AC won't cool"]],
    ['空调遥控器没反应', ['空调遥控器没反应']],
    ['热水器漏水 就在洗衣机旁边', ['热水器漏水 就在洗衣机旁边']],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
