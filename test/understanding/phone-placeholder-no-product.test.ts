/**
 * The engine reads the redacted text, where a phone number is "[PHONE_1]": that placeholder is no
 * phone (playtest round 16: "186… <address> 上门费多少" during a washer booking got "关于您问的手机：…",
 * and the product was then "corrected" to 手机). A phone named in words still is one.
 */
import { describe, expect, it } from 'vitest';
import { factsForQuestion } from '../../bot/engine/question-product';
import { productMentions } from '../../bot/understanding/slots/product-as-evidence';

describe('a redacted phone number beside a question', () => {
  it.each(['[PHONE_1] [ADDRESS_1] 上门费多少', '[PHONE_1] 明天能来吗', '[PHONE_2] how much is the call-out?'])('names no product (%s)', (text) => {
    expect(productMentions(text)).toEqual([]);
    expect(factsForQuestion({ category: 'washing_machine' }, text).otherProduct).toBeUndefined();
  });

  it('still reads a phone named in words beside a number', () => {
    expect(productMentions('my phone [PHONE_1] has a cracked screen').map((m) => m.name)).toEqual(['phone']);
    expect(productMentions('手机屏幕碎了 [PHONE_1]').map((m) => m.name)).toEqual(['phone']);
  });
});
