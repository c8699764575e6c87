/** "I told you" / "我刚说了" with the fact left out: the earlier message that gave the fact asked for is read for it. */
import { describe, expect, it } from 'vitest';
import { toldBefore, type FactReading } from '../../bot/understanding/told-before';

// A small stand-in reader: enough to say which earlier message holds which fact.
const read = (text: string): FactReading => {
  const season = /(spring|summer) 20\d\d|20\d\d年(?:春|夏)天/.exec(text);
  const phone = /1[3-9]\d{9}/.exec(text);
  return { slots: { ...(season ? { purchaseDate: '2021-03/2021-05' } : {}), ...(phone ? { phone: phone[0] } : {}) }, purchase: season ? { text: season[0] } : undefined };
};

describe('told before', () => {
  it.each([
    ['I told you', ['my dryer is not heating', 'bought it spring 2021', 'no'], 'I told you spring 2021'],
    ['like I said above', ['bought it summer 2022, the dryer is not heating', 'no'], 'like I said above summer 2022'],
    ['我刚说了啊', ['烘干机不加热', '2021年春天买的', '没用'], '我刚说了啊 2021年春天'],
    ['上面都说过了', ['2022年夏天买的烘干机不加热', '不行'], '上面都说过了 2022年夏天'],
  ])('"%s" while the purchase date is asked reads the date given earlier', (text, earlier, joined) => {
    expect(toldBefore(text, { slots: {} }, 'purchaseDate', earlier, read)).toBe(joined);
  });

  it('the fact said with it is read as it is; nothing looked up', () => {
    expect(toldBefore('I told you, spring 2021', read('I told you, spring 2021'), 'purchaseDate', ['bought it summer 2022'], read)).toBeUndefined();
  });

  it('no fact earlier, no slot asked, or no pointing back: nothing joined', () => {
    expect(toldBefore('I told you', { slots: {} }, 'purchaseDate', ['my dryer is not heating'], read)).toBeUndefined();
    expect(toldBefore('I told you', { slots: {} }, undefined, ['bought it spring 2021'], read)).toBeUndefined();
    expect(toldBefore('spring I think', { slots: {} }, 'purchaseDate', ['bought it spring 2021'], read)).toBeUndefined();
  });
});
