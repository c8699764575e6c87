/**
 * Addresses abroad written as people write them at home are taken whole the first time: British
 * and Irish streets named by everyday words (Vale, Hill, Wynd, Chase, Lawn…) with their town and
 * postcode, Irish counties, Malaysian Jalan and Taman lines with the postcode before the town,
 * Hong Kong flats named by a letter with their floor, block and district, Singapore blocks. When an
 * address is asked again, the example is one of the customer's own country, never Hangzhou.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const EN = ['the tumble dryer has stopped heating, please send an engineer', 'no idea of the model', 'bought it in spring 2024'];
const ZH = ['烘干机不热了，麻烦安排师傅上门', '型号不知道', '2024年春天买的'];
const ASKED_AGAIN = /what is the address|full address|地址是哪里|地址请写完整/i;
const CHINESE_EXAMPLE = /Wenyi|Hangzhou|文一西路|杭州/;

describe('an address abroad is taken the first time', () => {
  it.each([
    ['en', '+44 7700 900 738', '9 Sycamore Vale, Harrogate HG2 8PL'],
    ['en', '+44 7700 900 182', 'Flat 1, 27 Beacon Hill, Halifax HX3 6AE'],
    ['en', '+44 7700 900 655', '12 Ferry Wynd, Dundee DD1 4NB'],
    ['en', '+44 7700 900 904', '5 kestrel chase, norwich nr7 0qx'],
    ['en', '+353 87 123 4410', '41 Ashgrove Lawn, Carrigaline, Co. Cork P43 HY22'],
    ['en', '+60 12 345 6789', 'No. 7, Jalan Cempaka 5, Taman Bukit Indah, 81200 Johor Bahru, Johor'],
    ['en', '+60 17 880 2214', 'B-8-2, Menara Seri, Jalan Ipoh, 51200 Kuala Lumpur'],
    ['en', '+852 9123 7761', 'Flat D, 23/F, Block 6, Laguna Verde, Hung Hom'],
    ['en', '+65 9123 5502', 'Blk 318 Clementi Ave 4 #11-208 Singapore 120318'],
    ['en', '+27 82 610 4471', '25 Kingfisher Walk, Constantia, Cape Town 7806'],
    ['zh', '+44 7700 900 246', '3 Orchard Croft, Lichfield WS14 9QT'],
    ['zh', '+852 6234 1187', 'Flat A, 8/F, Tower 2, Harbour Place, Ma On Shan'],
    ['zh', '+60 16 221 7035', '22, Lorong Kenanga 3, Taman Desa, 58100 Kuala Lumpur'],
  ] as const)('%s: %s', async (lang, phone, address) => {
    const c = world.customer(`abroad-kinds-${address}`);
    for (const said of lang === 'en' ? EN : ZH) await c.say(said);
    await c.say(phone);
    const summary = await c.say(address);
    expect(summary.text).not.toMatch(ASKED_AGAIN);
    expect(summary.text).toContain(address);
    await c.say(lang === 'en' ? 'yes please' : '对');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toBe(address);
  });
});

describe('asked again abroad, the example is from the customer’s own country', () => {
  it.each([
    ['en', '+44 7700 900 371', 'near the park in Sheffield', /Leeds LS6|[A-Z]{1,2}\d{1,2} \d[A-Z]{2}/],
    ['en', '+60 12 771 3094', 'in Petaling Jaya', /Jalan|Kuala Lumpur/],
    ['en', '+852 9321 4470', 'the building by the MTR exit', /\/F|Quarry Bay/],
    ['en', '+61 412 660 913', 'somewhere in Brisbane', /VIC|NSW|QLD/],
    ['zh', '+27 82 930 1148', '开普敦那边', /Cape Town/],
    ['zh', '+65 8123 4409', '在新加坡东部', /Singapore \d{6}/],
  ] as const)('%s: %s', async (lang, phone, vague, local) => {
    const c = world.customer(`abroad-example-${phone}`);
    for (const said of lang === 'en' ? EN : ZH) await c.say(said);
    await c.say(phone);
    const again = await c.say(vague);
    expect(again.text).toMatch(local);
    expect(again.text).not.toMatch(CHINESE_EXAMPLE);
  });

  it.each([
    ['en', '13912345678', 'near the subway station'],
    ['zh', '13912345678', '朝阳那边'],
  ] as const)('a mainland customer still hears the mainland example (%s)', async (lang, phone, vague) => {
    const c = world.customer(`mainland-example-${lang}`);
    for (const said of lang === 'en' ? EN : ZH) await c.say(said);
    await c.say(phone);
    const again = await c.say(vague);
    expect(again.text).toMatch(CHINESE_EXAMPLE);
  });
});
