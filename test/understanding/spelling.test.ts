import { describe, expect, it } from 'vitest';
import { LOOK_ALIKE_WORDS, REQUEST_WORDS } from '../../bot/understanding/lexicons/request-words';
import { meantWord, oneEdit, repairRequestWords } from '../../bot/understanding/spelling';

describe('misspelt request words', () => {
  it.each([
    ['ordr', 'order'],
    ['oder', 'order'],
    ['odrer', 'order'],
    ['cancle', 'cancel'],
    ['adress', 'address'],
    ['adddress', 'address'],
    ['addres', 'address'],
    ['refnd', 'refund'],
    ['recieve', 'receive'],
    ['acount', 'account'],
    ['pasword', 'password'],
    ['staus', 'status'],
    ['chek', 'check'],
    ['purchse', 'purchase'],
    ['delivry', 'delivery'],
    ['shiping', 'shipping'],
    ['compliant', 'complaint'],
    ['custmer', 'customer'],
    ['reimbursment', 'reimbursement'],
    ['invoce', 'invoice'],
    ['agnet', 'agent'],
    ['sevice', 'service'],
    ['Apointment', 'appointment'],
  ])('%s is read as %s', (typed, meant) => expect(meantWord(typed)).toBe(meant));

  it.each([
    // real words next to a request word keep their meaning
    'remote',
    'shopping',
    'chance',
    'charge',
    'booming',
    'booting',
    'slipping',
    'manage',
    'states',
    'older',
    'truck',
    // inflections the cues read already, short words, brands and model words
    'orders',
    'refunds',
    'cancelled',
    'the',
    'ord',
    'Haier',
    'Midea',
    'Samsung',
    'Siemens',
    'Rinnai',
    'Vanward',
    'there',
    'think',
  ])('%s is left as typed', (word) => expect(meantWord(word)).toBeUndefined());

  it('repairs only the misspelt words of a message', () => {
    expect(repairRequestWords('pls cancle my ordr, the remote is lost')).toBe('pls cancel my order, the remote is lost');
    expect(repairRequestWords('格力空调 E4 不制冷')).toBe('格力空调 E4 不制冷');
  });

  it('keeps the look-alike list to real neighbours of request words', () => {
    for (const word of LOOK_ALIKE_WORDS) {
      expect(
        REQUEST_WORDS.some((meant) => meant[0] === word[0] && oneEdit(word, meant)),
        word,
      ).toBe(true);
      // Without the list, each would be changed into a request word.
      expect(meantWord(word, new Set()), word).toBeDefined();
    }
  });

  it('names the edit', () => {
    expect(oneEdit('ordr', 'order')).toBe('missing');
    expect(oneEdit('orderr', 'order')).toBe('added');
    expect(oneEdit('odrer', 'order')).toBe('swapped');
    expect(oneEdit('ordet', 'order')).toBe('replaced');
    expect(oneEdit('odr', 'order')).toBeUndefined();
    expect(oneEdit('order', 'order')).toBeUndefined();
  });
});
