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
  // "用不了了", "不能用了", "不行了", "罢工了", "不工作了": it no longer works, still nothing of how.
  /(?:突然|一下子)?(?:用不了|不能用|没法用|不能使|不行|罢工|不工作|不干活|歇菜|趴窝)(?:了|啦)?/g,
  /\b(?:something(?:'s| is)? (?:off|wrong|not right|up)|(?:is |it'?s )?(?:acting|playing) (?:up|weird|strange|funny|oddly)|(?:is |it'?s )?(?:not|isn'?t) (?:right|working (?:properly|right)|quite right)|(?:has|have|got) (?:a |some )?(?:problem|issue|fault)s?|(?:is |it'?s )?(?:broken|faulty|on the blink)|there(?:'s| is) (?:a |some )?(?:problem|issue|fault)s?|(?:a |some )?(?:problem|issue|fault)s? with|weird|strange)\b/gi,
  // "stopped working", "doesn't work any more", "quit on us", "gave up", "packed up": no longer works, not how.
  /\b(?:(?:has |have |just |suddenly |completely )*(?:stopped|quit|ceased) (?:working|on (?:me|us))|(?:has |have )?(?:quit|packed up|given up|gave up|conked out|broken down|broke down|broke)(?: on (?:me|us))?|(?:is |it'?s |isn'?t |is not |not |no longer |doesn'?t |does not |won'?t |will not |can'?t )(?:working|work)(?: at all)?|(?:not|no longer) working(?: at all)?)(?: (?:any ?more|at all|now|today|suddenly))?\b/gi,
];

/** Words that carry no fact: who, the particles, greetings, "help". */
const FILLER =
  /(?<![\u4e00-\u9fff])机|怎么办|咋办|怎么回事|咋回事|咋整|我的|我家|家里的?|家的|我们|这个|那个|这台|那台|一台|的|了|吗|呢|啊|呀|吧|哦|嗯|你好|您好|请问|麻烦|帮忙|帮我|看看|看一下|\b(?:there'?s|hi|hello|hey|my|our|the|a|an|with|of|to|is|it|its|it's|and|so|please|help|me|i|think|seems?|kind of|kinda|bit|little|really|just|again|some|something|there|has|have|got)\b|[\s,，。.!！?？~～、;；:：'"“”]/gi;

/** Whether the text names a product and that something is wrong with it, and nothing of what. */
export function vagueFault(text: string): boolean {
  if (!text.trim()) return false;
  if (!findCategories(text).length && !findBrands(text).length) return false;
  let rest = text;
  for (const m of [...findCategories(text), ...findBrands(text)]) rest = rest.replace(m.text, ' ');
  let wrong = false;
  for (const words of SOMETHING_WRONG) {
    const before = rest;
    rest = rest.replace(words, ' ');
    if (rest !== before) wrong = true;
  }
  // (The symptom test runs on what is left: "用不了了" reads as a plain fault on its own, yet says nothing of what.)
  return wrong && !namesSymptom(rest) && rest.replace(FILLER, '').length === 0;
}

/**
 * The problem without its "it's broken" part, for the search: "电视不好使了；开机有声音 屏幕黑的" searches
 * the black screen, since "不好使" alone pulls up whichever case says "not working" (the remote's).
 * (The parts are those the engine joins a problem's later details with.)
 */
export function withoutVagueParts(symptom: string): string {
  const parts = symptom.split(/[；;]\s*/);
  const kept = parts.filter((part) => !vagueFault(part));
  return kept.length && kept.length < parts.length ? kept.join(/[\u4e00-\u9fff]/.test(symptom) ? '；' : '; ') : symptom;
}
