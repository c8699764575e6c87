/**
 * Everyday household and personal-care products (hair dryers, fans, humidifiers, toothbrushes,
 * shavers, smart toilets and locks, sterilising cabinets, projectors, routers, speakers, printers,
 * massage chairs) are products of the one lexicon: a request for one is never asked
 * "which product?" after the customer named it, and parts or look-alike words name no product.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { firstCategory } from '../../kernel/lexicon/product-categories';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const WHICH_PRODUCT = /哪种产品|什么产品|哪件产品|说一下产品就行|Which (?:appliance|product)|Just name it/i;

describe('household and personal-care products are products', () => {
  it.each([
    ['吹风机用了三天就不出热风了', 'hair_dryer'],
    ['电吹风开最大档只有冷风', 'hair_dryer'],
    ['my hairdryer only blows cold air', 'hair_dryer'],
    ['落地扇摇头不动了', 'electric_fan'],
    ['the pedestal fan wobbles and clicks', 'electric_fan'],
    ['加湿器不出雾了', 'humidifier'],
    ['our humidifier leaks onto the desk', 'humidifier'],
    ['电动牙刷充不进电', 'electric_toothbrush'],
    ['剃须刀刀头不转', 'shaver'],
    ['my shaver will not hold a charge', 'shaver'],
    ['智能马桶盖座圈不加热', 'smart_toilet'],
    ['指纹锁识别不了指纹', 'smart_lock'],
    ['the smart lock keeps beeping at night', 'smart_lock'],
    ['消毒柜门关不上', 'disinfection_cabinet'],
    ['投影仪画面发黄', 'projector'],
    ['the projector fan is really loud', 'projector'],
    ['路由器老是断网', 'router'],
    ['蓝牙音箱连不上手机', 'speaker'],
    ['打印机卡纸', 'printer'],
    ['按摩椅气囊不充气', 'massage_chair'],
  ])('"%s" names %s', (line, category) => {
    expect(firstCategory(line)).toBe(category);
  });

  it.each([
    ['空调外机风扇不转', 'air_conditioner'],
    ['洗衣机噪音响得厉害', 'washing_machine'],
    ['the dehumidifier tank fills in an hour', 'dehumidifier'],
    ['手机扬声器有杂音', 'phone'],
  ])('"%s" is still %s', (line, category) => {
    expect(firstCategory(line)).toBe(category);
  });

  it.each([
    ['zh', ['前天网上买的吹风机 风特别小也不热 我要退款', '麻烦帮我登记', '13700002222']],
    ['zh', ['上周京东买的加湿器 一开就漏水 想退了', '登记吧', '13700003333']],
    ['en', ['ordered a humidifier online three days ago, it leaks everywhere, I want a refund', 'yes register it', '13700004444']],
    ['en', ['bought an electric toothbrush online on Wednesday, it will not charge, I want to return it', 'yes please', '13700005555']],
  ])('a return for one is never asked which product (%s)', async (_lang, lines) => {
    const c = world.customer(`household-${lines[0]}`);
    for (const line of lines) expect((await c.say(line)).text).not.toMatch(WHICH_PRODUCT);
  });
});
