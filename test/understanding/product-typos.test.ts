/**
 * Products named with a slip (homophone characters, a letter off, a name split in two) are
 * guessed from the product lexicon only; calm words, real English words and other slips are not.
 */
import { describe, expect, it } from 'vitest';
import { guessProduct } from '../../bot/understanding/slots/product-typos';
import { extractSlots } from '../../bot/understanding/slots';

describe('a product named with a slip', () => {
  it.each<[string, string]>([
    ['油烟剂不吸烟了', 'range_hood'],
    ['吸油烟鸡不转了', 'range_hood'],
    ['洗碗鸡不出水', 'dishwasher'],
    ['热水气打不着火', 'water_heater'],
    ['电饭宝不加热', 'rice_cooker'],
    ['扫地鸡器人不充电', 'robot_vacuum'],
    ['my frige is warm', 'refrigerator'],
    ['the fridgee leaks water', 'refrigerator'],
    ['washing mashine will not spin', 'washing_machine'],
    ['the micro wave sparks', 'microwave'],
    ['refridgerator makes noise', 'refrigerator'],
    ['my diswasher smells', 'dishwasher'],
    ['kettel leaks from the base', 'kettle'],
    ['dehumidifer full light stays on', 'dehumidifier'],
  ])('%s → %s', (text, id) => {
    expect(guessProduct(text)?.id).toBe(id);
    expect(extractSlots(text).category).toBe(id);
    expect(extractSlots(text).categoryGuessedFrom).toBeTruthy();
  });

  it.each([
    '好的',
    '谢谢 没事了',
    '嗯嗯 对的',
    '洗碗几次都不干净',
    '稍等一下',
    'ok fine thanks',
    'great, sure, cool',
    'I washed it twice',
    'bought in store last year',
    'over the weekend',
    'the cleaner came yesterday',
    'no worries, all good',
    'I already tried that',
  ])('no product in "%s"', (text) => {
    expect(guessProduct(text)).toBeUndefined();
    expect(extractSlots(text).category).toBeUndefined();
  });

  it('a product named right is never guessed over', () => {
    expect(extractSlots('冰箱不制冷 油烟剂也坏了').category).toBe('refrigerator');
    expect(extractSlots('冰箱不制冷').categoryGuessedFrom).toBeUndefined();
  });
});
