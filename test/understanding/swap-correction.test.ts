/**
 * Corrections by contrast ("是5栋 不是3栋", "not 1803 but 1804"): the wrong part and the right
 * one, and the fact they change. Rows that only contrast opinions or products are not swaps of a
 * written fact, or find no fact holding the wrong part.
 */
import { describe, expect, it } from 'vitest';
import { applySwap, readSwap } from '../../bot/understanding/slots/swap-correction';

describe('a correction by contrast', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['等下 不对 是5栋 不是3栋 其他没问题', '3栋', '5栋'],
    ['是5栋不是3栋', '3栋', '5栋'],
    ['不是1202，是1203', '1202', '1203'],
    ['不是1202而是1203', '1202', '1203'],
    ['门牌应该是802 不是801', '801', '802'],
    ['不是B座 是C座', 'B座', 'C座'],
    ['电话尾号不是5678 是5679', '5678', '5679'],
    ["it's Tower 5 not Tower 3", 'Tower 3', 'Tower 5'],
    ["no it's room 1804, not 1803", '1803', '1804'],
    ['not 1203 but 1204', '1203', '1204'],
    ["not block B, it's block C", 'block B', 'block C'],
    ['should be 18F not 17F', '17F', '18F'],
    ['是星期六 不是星期五', '星期五', '星期六'],
    // Not a swap of a written fact.
    ['不是我不想修', undefined, undefined],
    ['这不是第一次了', undefined, undefined],
    ["it's not working", undefined, undefined],
    ['not sure', undefined, undefined],
    ['是的 不是很急', undefined, undefined],
  ])('%s', (text, wrong, right) => {
    const swap = readSwap(text);
    expect(swap?.wrong).toBe(wrong);
    expect(swap?.right).toBe(right);
  });

  it.each<[string, string, string | undefined]>([
    ['是5栋 不是3栋', '成都市武侯区 金履三路 3栋1单元2204', '成都市武侯区 金履三路 5栋1单元2204'],
    ["it's Tower 5 not Tower 3", 'Flat 1203, Tower 3, Lakeside Garden', 'Flat 1203, Tower 5, Lakeside Garden'],
    ['not 1203 but 1204', 'Room 1203, 88 Zhongshan Road', 'Room 1204, 88 Zhongshan Road'],
    ['是5栋 不是3栋', '北京市朝阳区建国路88号', undefined],
  ])('%s changes %s', (text, value, changed) => {
    expect(applySwap(value, readSwap(text)!)).toBe(changed);
  });
});
