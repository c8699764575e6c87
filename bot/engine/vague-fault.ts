/**
 * A fault told without what it is ("冰箱有点毛病", "洗衣机好像不太对劲", "something's off with my
 * fridge", "my washer is acting up"): the product and that something is wrong, nothing more. No case
 * fits that better than any other, so the best-scoring one would be a guess (an electric-shock case
 * for a fridge that merely "has a problem"); "what is it doing?" is the honest next step.
 */
import { findBrands } from '../../kernel/lexicon/brands';
import { findCategories } from '../../kernel/lexicon/product-categories';
import { namesSymptom } from './symptom-fit';

/** Saying that something is wrong, without what. */
const SOMETHING_WRONG = [
  /(?:好像|似乎|感觉|可能)?(?:是)?(?:有点|有些|出了点|出了|出|有)?(?:点|些)?(?:小)?(?:毛病|问题|故障|状况|不对劲|不太对劲?|不对|怪怪的|不正常|不太正常|不好使|不太好使)(?:了)?/g,
  /坏(?:了|掉了|掉)/g,
  /\b(?:something(?:'s| is)? (?:off|wrong|not right|up)|(?:is |it'?s )?(?:acting|playing) (?:up|weird|strange|funny|oddly)|(?:is |it'?s )?(?:not|isn'?t) (?:right|working (?:properly|right)|quite right)|(?:has|have|got) (?:a |some )?(?:problem|issue|fault)s?|(?:is |it'?s )?(?:broken|faulty|on the blink)|there(?:'s| is) (?:a |some )?(?:problem|issue|fault)s?|(?:a |some )?(?:problem|issue|fault)s? with|weird|strange)\b/gi,
];

/** Words that carry no fact: who, the particles, greetings, "help". */
const FILLER =
  /我的|我家|家里的?|家的|我们|这个|那个|这台|那台|一台|的|了|吗|呢|啊|呀|吧|哦|嗯|你好|您好|请问|麻烦|帮忙|帮我|看看|看一下|\b(?:there'?s|hi|hello|hey|my|our|the|a|an|with|of|to|is|it|its|it's|and|so|please|help|me|i|think|seems?|kind of|kinda|bit|little|really|just|again|some|something|there|has|have|got)\b|[\s,，。.!！?？~～、;；:：'"“”]/gi;

/** Whether the text names a product and that something is wrong with it, and nothing of what. */
export function vagueFault(text: string): boolean {
  if (!text.trim() || namesSymptom(text)) return false;
  if (!findCategories(text).length && !findBrands(text).length) return false;
  let rest = text;
  for (const m of [...findCategories(text), ...findBrands(text)]) rest = rest.replace(m.text, ' ');
  let wrong = false;
  for (const words of SOMETHING_WRONG) {
    const before = rest;
    rest = rest.replace(words, ' ');
    if (rest !== before) wrong = true;
  }
  return wrong && rest.replace(FILLER, '').length === 0;
}
