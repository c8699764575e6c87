/**
 * A correction and "the rest is right" in one message at the restated request (issue 16): the
 * part named as wrong is replaced in the fact it belongs to (a building, unit or room of the
 * address, the model, the phone), the filed message names the corrected value, and a correction
 * that cannot be applied with confidence is shown again and asked, never filed with the old value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ZH_FORM = (address: string) => ['热水器不出热水了 帮我报修', '不知道', '去年', '13912345678', address];
const EN_FORM = (model: string, address: string) => ['my washing machine will not spin, please book a repair', `model ${model}`, 'last May', '13912345678', address];

describe('a replacement correction with "the rest is right" is applied, then filed', () => {
  it.each([
    ['zh', '不对，房号是2304不是2204，别的都对', ZH_FORM('成都市武侯区金履三路8号3栋1单元2204'), 'address', '成都市武侯区金履三路8号3栋1单元2304', /2304/],
    ['zh', '地址写的是5栋 不是3栋 其余没问题', ZH_FORM('成都市武侯区金履三路8号3栋1单元2204'), 'address', '成都市武侯区金履三路8号5栋1单元2204', /5栋/],
    ['zh', '不对 3单元→2单元 其他都对', ZH_FORM('苏州市姑苏区人民路66号4幢3单元501'), 'address', '苏州市姑苏区人民路66号4幢2单元501', /2单元/],
    ['zh', '单元号改成6单元，其他没问题', ZH_FORM('苏州市姑苏区人民路66号4幢3单元501'), 'address', '苏州市姑苏区人民路66号4幢6单元501', /6单元/],
    ['zh', '手机号错了，是13712345678不是13912345678，其他对', ZH_FORM('苏州市姑苏区人民路66号4幢3单元501'), 'contactPhone', '13712345678', /13712345678/],
    ['en', 'sorry, the model is WW80T not WW90T, the rest is fine', EN_FORM('WW90T', 'Flat 1203, Tower 3, Lakeside Garden, Pudong, Shanghai'), 'model', 'WW80T', /WW80T/],
    [
      'en',
      "actually it's flat 1302, not 1203, everything else is right",
      EN_FORM('WW90T', 'Flat 1203, Tower 3, Lakeside Garden, Pudong, Shanghai'),
      'address',
      'Flat 1302, Tower 3, Lakeside Garden, Pudong, Shanghai',
      /1302/,
    ],
    ['en', 'wrong model: WW90T -> WW90TA, rest is fine', EN_FORM('WW90T', 'Flat 1203, Tower 3, Lakeside Garden, Pudong, Shanghai'), 'model', 'WW90TA', /WW90TA/],
  ])('%s: %s', async (_lang, fix, form, field, value, named) => {
    const c = world.customer(`swap-${fix}`);
    for (const line of form) await c.say(line);
    const filed = await c.say(fix);
    expect(filed.text).toMatch(/AS-\d{8}/);
    // The customer hears the corrected value, not only a ticket number.
    expect(filed.text).toMatch(named);
    const [ticket] = await c.tickets();
    expect((ticket as unknown as Record<string, unknown>)[field]).toBe(value);
  });
});

describe('a correction not applied with confidence is shown and asked, never filed', () => {
  it.each([
    // The room given was 2204: 2404 is not in the address, so the near one is changed and asked about.
    ['zh', '不对，房号是2304不是2404，别的都对', ZH_FORM('成都市武侯区金履三路8号3栋1单元2204'), /2304/],
    // Two 号 in the address: which one 12号 replaces is not sure.
    ['zh', '不对，门牌改成12号，其余没问题', ZH_FORM('杭州市西湖区文一路88号3幢21号'), /对|改/],
    ['en', "sorry it's flat 1302, not 1403, the rest is fine", EN_FORM('WW90T', 'Flat 1203, Tower 3, Lakeside Garden, Pudong, Shanghai'), /1302/],
  ])('%s: %s', async (_lang, fix, form, shown) => {
    const c = world.customer(`unsure-${fix}`);
    for (const line of form) await c.say(line);
    const reply = await c.say(fix);
    expect(reply.text).not.toMatch(/AS-\d{8}/);
    expect(reply.text).toMatch(shown);
    expect(await c.tickets()).toEqual([]);
  });
});
