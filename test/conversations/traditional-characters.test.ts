/**
 * Customers in Taiwan, Hong Kong and Macau write traditional characters. Every reader works on the
 * normal form, which folds them to simplified (kernel/text/chinese-script.ts), so the product, the
 * fault, the danger, the warranty question and the address are read as from anyone else; replies go
 * back in the script the customer wrote (bot/customer-script.ts), numbers and codes untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** Characters only simplified writing uses: none of them may reach a customer who writes traditional. */
const SIMPLIFIED_ONLY = /[这们为说时问题请试吗还没关电话号码维务联系预约单购买发师间过热气]/;
/** Characters only traditional writing uses. */
const TRADITIONAL = /[這們為說時問題請試嗎還沒關電話號碼維務聯繫預約單購買發師間過熱氣]/;

describe('a fault told in traditional characters', () => {
  it.each([
    ['tw-ac', '客廳的冷氣開了一個鐘頭還是不涼', /空調|冷氣/],
    ['tw-washer', '洗衣機脫水的時候整台一直跳來跳去，聲音很大', /洗衣機/],
    ['hk-fridge', '屋企部雪櫃完全唔凍，啲嘢都壞晒', /冰箱|雪櫃/],
  ])('is read and answered in traditional characters (%s)', async (ref, line, product) => {
    const said = await world.customer(`trad-fault-${ref}`).say(line);
    expect(said.understanding?.intent).toBe('fault_report');
    expect(said.text).toMatch(product);
    expect(said.text).toMatch(TRADITIONAL);
    expect(said.text).not.toMatch(SIMPLIFIED_ONLY);
  });

  it.each([
    ['gas', '廚房的瓦斯爐關了還是一直有瓦斯味', /瓦斯/],
    ['smoke', '烘衣機後面在冒煙，有燒焦的味道', /冒煙|煙/],
    ['shock', '摸到熱水器的外殼會被電到，好像漏電', /漏電|電/],
  ])('danger is read first, and its advice is in the words of Taiwan (%s)', async (ref, line, words) => {
    const said = await world.customer(`trad-danger-${ref}`).say(line);
    expect(said.understanding?.urgency).toBe('P1');
    expect(said.text).toMatch(words);
    expect(said.text).not.toMatch(SIMPLIFIED_ONLY);
  });
});

describe('a repair in Taiwan, told in traditional characters', () => {
  it('reads the Taiwanese address and mobile, says them back as written, and files them', async () => {
    const c = world.customer('trad-repair-tw');
    await c.say('除濕機的水箱滿了也不會停，一直漏水');
    await c.say('試過了沒有用');
    await c.say('不清楚');
    await c.say('前年買的');
    await c.say('新北市板橋區中山路一段161巷8弄3號5樓');
    const summary = await c.say('手機 0921-876-543');
    expect(summary.text).toMatch(/板橋區中山路一段161巷8弄3號5樓/);
    expect(summary.text).toMatch(/0921 876 543/);
    expect(summary.text).not.toMatch(/0921-876543|座機/);
    expect(summary.text).not.toMatch(SIMPLIFIED_ONLY);
    await c.say('沒錯');
    const [ticket] = await c.tickets();
    expect(ticket!.contactPhone).toBe('+886 921 876 543');
    expect(ticket!.address).toMatch(/板桥区中山路一段161巷8弄3号5楼/);
  });

  it('answers a warranty question with Taiwan in mind, in 保固 and 發票', async () => {
    const said = await world.customer('trad-warranty-tw').say('我住台中，電視是去年五月買的，現在還在保固期內嗎');
    expect(said.text).toMatch(/保固/);
    expect(said.text).not.toMatch(/保修/);
    // The 三包 terms are the mainland's: a customer in Taiwan is told their own rules may give more.
    expect(said.text).toMatch(/當地|購買所在地/);
  });
});

describe('the script follows the customer', () => {
  it('a customer who writes simplified gets simplified, and a reply keeps its numbers and codes', async () => {
    const said = await world.customer('trad-simplified').say('空调开了一小时还是不凉');
    expect(said.text).toMatch(SIMPLIFIED_ONLY);
    expect(said.text).not.toMatch(TRADITIONAL);
  });

  it('a short answer with nothing to tell keeps the traditional script', async () => {
    const c = world.customer('trad-keeps');
    await c.say('熱水器一打開就顯示E4');
    const said = await c.say('好');
    expect(said.text).not.toMatch(SIMPLIFIED_ONLY);
  });

  it('an English customer in Taipei is answered in English, with the mobile read as Taiwan’s and said back as dialled there (en)', async () => {
    const c = world.customer('trad-en-taipei');
    await c.say("I'm in Taipei, my dehumidifier keeps leaking water");
    await c.say('tried it, still leaking');
    await c.say('not sure');
    await c.say('bought it last year');
    await c.say('0921 876 543');
    const summary = await c.say('Lane 216, Section 4, Zhongxiao East Road, Taipei City');
    expect(summary.text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(summary.text).toContain('0921 876 543 (+886 921 876 543)');
  });
});
