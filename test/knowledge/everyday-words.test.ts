/**
 * Everyday words for the concepts the knowledge base is written in are searched with the written
 * word added (要钱 -> 收费); text without them is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { withEverydayWords } from '../../knowledge/text/everyday-words';

describe('everyday words', () => {
  it.each<[string, RegExp]>([
    ['安装要钱不', /收费.*安装|安装.*收费/],
    ['管子超了咋收', /铜管.*收费|收费.*铜管/],
    ['打个洞另外算吗', /打孔/],
    ['how much to install it', /收费.*安装|安装.*收费/],
    ['can I get my money back', /退款/],
    ['is it still covered', /保修/],
  ])('%s', (text, added) => {
    expect(withEverydayWords(text)).toMatch(added);
    expect(withEverydayWords(text).startsWith(text)).toBe(true);
  });

  it.each(['冰箱不制冷', 'the washer will not drain', '装修的时候碰坏了'])('leaves "%s" alone', (text) => {
    expect(withEverydayWords(text)).toBe(text);
  });
});
