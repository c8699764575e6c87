/**
 * Everyday questions a person at the desk answers at once (playtest round 16), never put off with
 * "no reliable information" nor routed to a fault case, a ticket lookup or a complaint: washing-up
 * soap in a dishwasher, letting the water out of a washer that stays locked, sending the receipt
 * now, what becomes of an earlier ticket, a missed call from the engineer. Asked mid-booking, each
 * is answered and the booking goes on. Wordings are our own, several per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** One new customer says the lines in turn: each turn's reply text. */
const chat = (...lines: string[]): Promise<string[]> => world.customer(`plain-${++n}`).sayAll(...lines);

const PUT_OFF = /没有确切|查不到|没法确认|帮不上忙|no reliable|don't have a reliable|can't help with that|isn't something I can confirm/i;

describe('washing-up soap in a dishwasher', () => {
  it.each([
    ['zh', '洗碗机能不能倒洗洁精进去洗'],
    ['zh', '刚才往洗碗机里加了洗洁精 现在门口全是泡沫怎么办'],
    ['en', 'is regular dish soap safe to run in a dishwasher?'],
    ['en', 'I put hand dish soap in the dishwasher and foam is coming out, what now?'],
  ])('is a no: it foams over; dishwasher detergent only, and how to clear it (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /不能用[\s\S]*泡沫[\s\S]*专用/ : /^No\b[\s\S]*foam[\s\S]*dishwasher detergent/m);
  });
});

describe('letting the water out of a washer that stays locked', () => {
  it.each([
    ['zh', '洗衣机门打不开 里面全是水 怎么把水放掉'],
    ['zh', '滚筒洗衣机停了，水排不出去，衣服泡在里面拿不出来，能自己放水吗'],
    ['en', 'washer is full of water and the door is locked, how do I drain it?'],
    ['en', 'the washer died halfway and is full of water, how do I drain it by hand?'],
  ])('gets the emergency drain: unplug, towel and tray, the door unlocks after (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /拔掉电源[\s\S]*应急排水管[\s\S]*毛巾[\s\S]*自动解开/ : /Unplug[\s\S]*emergency drain hose[\s\S]*towels[\s\S]*door lock normally releases/);
    expect(reply).not.toMatch(/care step|保养|Did that fix it|试过之后好了吗/);
  });
});

describe('sending the receipt now', () => {
  it.each([
    ['zh', '购物小票需要拍照发给你吗'],
    ['zh', '我有发票 现在要拍照发给你吗'],
    ['en', 'do you want me to send a picture of the invoice?'],
    ['en', 'should I send you a photo of my receipt now?'],
  ])('yes if they have it, here in the chat; not required to book (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /这个对话里[\s\S]*不影响报修/ : /here in this chat[\s\S]*not required to book/);
  });
});

describe('an earlier ticket when there is a new one', () => {
  it.each([
    ['zh', '刚才又给了我一个单号，原来那个还算数吗'],
    ['zh', '我之前已经报过一次修了，现在再提一个单，之前那个会怎么样'],
    ['en', 'I got a second ticket number, is the first one cancelled?'],
    ['en', 'if I open a new ticket what happens to the old one?'],
  ])('both stay and the person sees both; no ticket-number request (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /两个都保留/ : /both stay open/);
    expect(reply).not.toMatch(/AS- 开头|starts with AS-/);
  });
});

describe('a call from the engineer that may be missed', () => {
  it.each([
    ['zh', '明天上午我不在家 师傅打不通电话怎么办'],
    ['zh', '要是师傅来之前打电话我没接到怎么办'],
    ['en', "I'll be out tomorrow morning, what if the engineer can't reach me?"],
    ['en', 'what happens if I miss the call from the technician?'],
  ])('the engineer tries again; another number or time can be given (%s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(PUT_OFF);
    expect(reply).toMatch(lang === 'zh' ? /再打[\s\S]*号码/ : /try again[\s\S]*another number/);
    expect(reply).not.toMatch(/工单号发给我|Send me the ticket number|complaint|投诉/);
  });
});

describe('asked in the middle of a repair booking, answered and the booking goes on', () => {
  it.each([
    ['zh', ['洗碗机不排水，底下一直有水', '试过了还是不行', '这几天能先用洗洁精手动加进去洗吗'], /不能用/, /回到刚才的报修/],
    ['en', ['my dishwasher leaves water in the bottom', 'tried that, still the same', 'in the meantime can I use regular dish soap in it?'], /^No\b/m, /Back to the repair/i],
    ['zh', ['洗衣机不排水', '还是不行', '那里面的水怎么弄出来，衣服急着穿'], /应急排水管/, /回到刚才的报修/],
    ['en', ['the washing machine will not drain', 'still not working', 'how do I get the water out so I can get my clothes?'], /emergency drain hose/, /Back to the repair/i],
    ['zh', ['冰箱不制冷', '还是不行', '发票要拍给你吗'], /不影响报修/, /回到刚才的报修/],
    ['en', ['my fridge is not cooling', 'still not working', 'should I upload my receipt now?'], /not required to book/, /Back to the repair/i],
  ])('%s', async (_lang, lines, answered, resumed) => {
    const replies = await chat(...lines);
    const last = replies.at(-1)!;
    expect(last).toMatch(answered);
    expect(last).toMatch(resumed);
    expect(last).not.toMatch(PUT_OFF);
  });
});
