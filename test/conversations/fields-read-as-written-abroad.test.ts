/**
 * Customers abroad give their facts plainly, the way they are written where they live, and the
 * forms read them the first time: a street of Germany, France, Spain, Italy, Japan or the Gulf
 * in one line with the phone and name; a laptop by its line and model; a Haier model with "@";
 * an invoice pasted with its number and a day-first date; "last <month>" a year back; a shop
 * named by its own name is a store, so the return form does not ask where it was bought.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('an address abroad given in one line with the phone and name fills both', () => {
  it.each([
    ['Kastanienallee 41, 10435 Berlin, 2nd floor, mobile 0176 3344 5566, Jonas Richter', 'Kastanienallee 41, 10435 Berlin, 2nd floor'],
    ['Am Rosenweg 7b, 80469 München - phone 0157 8899 0011 - name Petra Lang', 'Am Rosenweg 7b, 80469 München'],
    ['Hallesche Straße 22, 06108 Halle, +49 152 1234 5678, Uwe Brandt', 'Hallesche Straße 22, 06108 Halle'],
    ['8 rue des Lilas, 69003 Lyon, tel +33 6 45 67 89 01, Claire Martin', '8 rue des Lilas, 69003 Lyon'],
    ['Calle del Olmo 9, 28012 Madrid, +34 612 345 678, Lucía Gómez', 'Calle del Olmo 9, 28012 Madrid'],
    ['3-7-12 Kichijoji, Musashino-shi, Tokyo 180-0004, 090-2345-6789, Haruto Ito', '3-7-12 Kichijoji, Musashino-shi, Tokyo 180-0004'],
    ['Al Qusais 1, Building 7, apartment 305, Dubai, 055 987 6543, Rashid', 'Al Qusais 1, Building 7, apartment 305, Dubai'],
  ])('%s', async (line, address) => {
    const c = world.customer(`abroad-address-${line}`);
    await c.say('my dishwasher stopped draining, I need a technician to come');
    await c.say('no idea what the model is');
    await c.say('bought it in March 2025');
    const summary = await c.say(line);
    expect(summary.text).not.toMatch(/what is the address|which address|your address\?|mobile number should/i);
    expect(summary.text).toContain(address);
    await c.say('yes');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toBe(address);
    expect(ticket?.contactPhone).toMatch(/^\+\d/);
  });

  it('a Gulf villa on a numbered street is taken whole', async () => {
    const c = world.customer('abroad-address-villa');
    await c.say('the fridge is not cooling, please send someone');
    await c.say("I don't know the model");
    await c.say('got it in 2025');
    const summary = await c.say('Villa 41, Street 18, Al Warqa 3, Dubai, mobile 050 765 4321');
    expect(summary.text).toContain('Villa 41, Street 18, Al Warqa 3, Dubai');
  });
});

describe('a laptop is a laptop, and its model is read after the maker', () => {
  it.each([
    ['en', 'my asus vivobook 15 has stopped charging', /laptop/i],
    ['en', 'Lenovo IdeaPad 3 will not charge past 0%', /laptop/i],
    ['zh', '联想ThinkPad E14突然充不进电了', /笔记本电脑/],
    ['zh', '华为MateBook 14插上电源没反应，充不了电', /笔记本电脑/],
  ])('no phone steps, no "which appliance" (%s: %s)', async (_lang, line, laptop) => {
    const said = await world.customer(`laptop-${line}`).say(line);
    expect(said.text).toMatch(laptop);
    expect(said.text).not.toMatch(/which (?:appliance|product)|哪(?:种|个|类)(?:产品|家电)|Phone charges|手机充不进电/i);
  });

  it.each([
    ['my HP 14s-dq2014TU laptop will not boot', '14s-dq2014TU'],
    ['the screen of my Dell Vostro 14-3420 laptop keeps flickering', 'Vostro 14-3420'],
    ['Acer Swift SF314-512 laptop keyboard stopped working', 'Swift SF314-512'],
  ])('the model given after the maker is never asked for: %s', async (line, model) => {
    const c = world.customer(`laptop-model-${line}`);
    const replies = await c.sayAll(line, "that didn't help", 'register a repair', 'got it in June 2026', '+44 7700 900456', '14 Elm Grove, Leeds LS6 2AQ');
    for (const reply of replies) expect(reply).not.toMatch(/model number\?|know the model/i);
    expect(replies.at(-1)).toContain(model);
  });
});

describe('a model with "@" is kept whole', () => {
  it.each([
    ['en', 'my Haier air conditioner KFR-50LW/07@U3-b is dripping water indoors', 'KFR-50LW/07@U3-b'],
    ['zh', '海尔空调KFR-26GW/06@U1-c室内机滴水', 'KFR-26GW/06@U1-c'],
  ])('%s', async (_lang, line, model) => {
    const c = world.customer(`at-model-${line}`);
    await c.say(line);
    const [first] = await c.sayAll(_lang === 'zh' ? '试过了还是滴' : 'tried that, it still drips');
    expect(first).not.toMatch(/型号是|model number\?|know the model/i);
    const summary = await c.sayAll(
      ...(_lang === 'zh'
        ? ['2026年5月买的', '13812345678', '杭州市西湖区文三路100号2幢301']
        : ['bought it in May 2026', '13812345678', 'Room 301, Building 2, 100 Wensan Road, Xihu District, Hangzhou']),
    );
    expect(summary.at(-1)).toContain(model);
  });
});

describe('an invoice pasted in is read as an invoice', () => {
  it.each([['Invoice no. PQ-20417   Date 15/10/2026   Item: 50 inch TV, the screen has gone black'], ['Receipt No: TR-88120, dated 21/10/2026, TV 43" - it has no sound at all']])(
    'its number is not the model and its day-first date is the purchase date (en): %s',
    async (line) => {
      const c = world.customer(`invoice-${line}`);
      await c.say(line);
      const replies = await c.sayAll('still the same after trying that');
      expect(replies.join('\n')).not.toMatch(/PQ-20417|TR-88120/);
      const later = await c.sayAll('no model, sorry', '+44 7700 900789', '9 Mill Lane, Bristol BS1 5AB');
      for (const reply of later) expect(reply).not.toMatch(/when did you buy/i);
      expect(later.at(-1)).not.toMatch(/PQ-20417|TR-88120/);
      expect(later.at(-1)).toMatch(/Purchased: (?:15|21) October 2026/);
    },
  );

  it('its number is not the model (zh)', async () => {
    const c = world.customer('invoice-zh');
    await c.say('发票号码 KD-33018 开票日期 2026年10月15日 电视机 开机黑屏');
    const replies = await c.sayAll('试了还是黑屏', '帮我报修');
    expect(replies.join('\n')).not.toMatch(/KD-33018/);
  });

  it.each([
    ['we bought it last August', 'August 2025'],
    ['I think it was last July', 'July 2025'],
  ])('"%s" said in late autumn is a year back (en)', async (when, month) => {
    const c = world.customer(`last-month-${when}`);
    const replies = await c.sayAll('the oven will not heat up, I need an engineer', 'not sure of the model', when, '+44 7700 900321', '22 Oak Road, Leeds LS6 2AQ');
    expect(replies.at(-1)).toContain(`Purchased: ${month}`);
  });
});

describe('a shop named by its own name is a store', () => {
  it.each([
    ['en', ['bought a toaster at Harrods 4 days ago and it burns one side only, I want to return it', 'yes register it', '+44 7700 900654', 'send back'], /Bought: in a store/],
    ['en', ['I got this blender from Fnac in Lyon five days ago, the jug leaks - can I return it?', 'yes please', '+33 6 12 34 56 78', 'send back'], /Bought: in a store/],
    ['en', ['picked the air fryer up at Sharaf DG three days ago, it will not heat, I want my money back', 'yes', '+971 50 111 2233', 'send back'], /Bought: in a store/],
    ['zh', ['前天在万达广场买的电水壶，盖子合不上，我要退货', '登记', '13800005555', '寄回'], /购买：门店/],
  ])('the return form never asks online or in a store (%s)', async (_lang, lines, bought) => {
    const replies = await world.customer(`named-shop-${lines[0]}`).sayAll(...lines);
    for (const reply of replies) expect(reply).not.toMatch(/网上买的（比如京东|online or (?:buy it )?in a store|网上下单还是门店/i);
    expect(replies.at(-1)).toMatch(bought);
  });
});
