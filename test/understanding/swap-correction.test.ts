/**
 * Corrections by contrast ("是5栋 不是3栋", "not 1803 but 1804"): the wrong part and the right
 * one, and the fact they change. Rows that only contrast opinions or products are not swaps of a
 * written fact, or find no fact holding the wrong part.
 */
import { describe, expect, it } from 'vitest';
import { applySwap, guessSwap, readSwap, replacePart } from '../../bot/understanding/slots/swap-correction';
import { changesAreSure } from '../../bot/understanding/slots/confirm-amend';

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
    // After the name of the part, with or without 是; arrows and 改成; "is … not …" in English.
    ['不对，房号是2304不是2204，别的都对', '2204', '2304'],
    ['地址里是7单元 不是9单元 其余没问题', '9单元', '7单元'],
    ['门牌18号，不是16号', '16号', '18号'],
    ['不对 3单元→2单元 其他都对', '3单元', '2单元'],
    ['把1502改成1503', '1502', '1503'],
    ['sorry, the model is WW80T not WW90T, the rest is fine', 'WW90T', 'WW80T'],
    ['wrong model: WW90T -> WW90TA, rest is fine', 'WW90T', 'WW90TA'],
    ['please change 1203 to 1204', '1203', '1204'],
    ['flat 905 instead of 906', '906', '905'],
    // Not a swap of a written fact.
    ['不是我不想修', undefined, undefined],
    ['这不是第一次了', undefined, undefined],
    ["it's not working", undefined, undefined],
    ['not sure', undefined, undefined],
    ['是的 不是很急', undefined, undefined],
    ['但是不是很急', undefined, undefined],
    ['就是不是很响', undefined, undefined],
    ['I went to 3 shops', undefined, undefined],
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

describe('a part of an address named alone', () => {
  it.each<[string, string, string | undefined]>([
    ['南京市鼓楼区中山路100号9单元302', '7单元', '南京市鼓楼区中山路100号7单元302'],
    ['成都市武侯区金履三路8号3栋1单元2204', '5栋', '成都市武侯区金履三路8号5栋1单元2204'],
    ['Unit 3, 8 Lake Road, Minhang', 'unit 5', 'Unit 5, 8 Lake Road, Minhang'],
    // Two parts of that kind (88号 and 21号): not sure which.
    ['杭州市西湖区文一路88号3幢21号', '12号', undefined],
    ['北京市朝阳区建国路', '3单元', undefined],
    ['北京市朝阳区建国路88号', '2304', undefined],
  ])('%s with %s', (value, part, changed) => {
    expect(replacePart(value, part)).toBe(changed);
  });

  it.each<[string, string, string | undefined]>([
    ['成都市武侯区金履三路8号3栋1单元2204', '房号是2304不是2404', '成都市武侯区金履三路8号3栋1单元2304'],
    ['成都市武侯区金履三路8号3栋1单元2204', '房号是2304不是2504', '成都市武侯区金履三路8号3栋1单元2304'],
    ['成都市武侯区金履三路8号3栋1单元2204', '房号是2304不是3404', undefined],
    ['成都市武侯区金履三路8号3栋1单元2204', '是5栋不是6栋', undefined],
  ])('a guess on %s for %s', (value, text, changed) => {
    expect(guessSwap(value, readSwap(text)!)).toBe(changed);
  });
});

describe('whether changes at the restated request are sure enough to file', () => {
  const before = { address: '杭州市西湖区文一路88号3幢21号', model: 'KF-30X', phone: '13912345678' };
  it.each<[string, { slot: string; value: string; replaces: boolean }[], boolean]>([
    ['不对，门牌是12号不是21号，别的都对', [{ slot: 'address', value: '杭州市西湖区文一路88号3幢12号', replaces: true }], true],
    // The old part still there, or the address replaced by a bare part, or added to without saying it was missing.
    ['不对，门牌是12号不是21号，别的都对', [{ slot: 'address', value: '12号', replaces: true }], false],
    ['不对，门牌是12号不是21号，别的都对', [{ slot: 'address', value: '12号', replaces: false }], false],
    ['sorry, the model is KF-50X not KF-30X, the rest is fine', [{ slot: 'model', value: 'KF-50X', replaces: true }], true],
    ['sorry, the model is KF-50X not KF-30X, the rest is fine', [{ slot: 'address', value: '杭州市西湖区文一路88号3幢12号', replaces: true }], false],
    ['不对，其他都对', [], false],
    // No correction cue: a part said missing is added.
    ['地址少了门牌：3-1-501，改好就提交', [{ slot: 'address', value: '3-1-501', replaces: false }], true],
    ['model WTW87, then yes', [{ slot: 'model', value: 'WTW87', replaces: true }], true],
  ])('%s', (text, changes, sure) => {
    expect(changesAreSure(text, before, changes)).toBe(sure);
  });
});
