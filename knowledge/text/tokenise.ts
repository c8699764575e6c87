/**
 * Terms for keyword (BM25) search: jieba words plus character bigrams for Chinese, stemmed words for
 * English, error codes and model numbers kept whole. Documents and queries go through the same
 * function so they meet. The bigrams catch what segmentation splits differently in a question and
 * a case (a typo like 空凋漏水 segments as 空凋漏|水滴, but still shares the bigram 漏水).
 */
import { CHINESE_STOPWORDS, segmentChinese } from './chinese';
import { ENGLISH_STOPWORDS, englishTerm } from './english';
import { normaliseText } from '../../kernel/text/normal-form';
import { scriptRuns } from './scripts';

/** Function characters that make a bigram meaningless (的X, X了). */
const WEAK = new Set([...'的了吗呢吧啊呀哦么是我你他她它这那就都也还又很太挺个']);

export function tokenise(input: string, options: { bigrams?: boolean } = {}): string[] {
  const { terms, words } = tokeniseBoth(input);
  return options.bigrams === false ? words : terms;
}

/**
 * Both forms of one text in a single pass (one segmentation): `terms` as `tokenise` gives them and
 * `words`, the same without the added bigrams. A search needs both for every question.
 */
export function tokeniseBoth(input: string): { terms: string[]; words: string[] } {
  const text = normaliseText(input).toLowerCase();
  const terms: string[] = [];
  const words: string[] = [];
  for (const run of scriptRuns(text)) {
    if (run.cjk) {
      const runWords = new Set<string>();
      for (const word of segmentChinese(run.text)) {
        const w = word.trim();
        if (w && !CHINESE_STOPWORDS.has(w)) {
          terms.push(w);
          words.push(w);
          runWords.add(w);
        }
      }
      const chars = [...run.text];
      for (let i = 0; i + 1 < chars.length; i++) {
        const bigram = chars[i]! + chars[i + 1]!;
        if (!runWords.has(bigram) && !CHINESE_STOPWORDS.has(bigram) && !WEAK.has(chars[i]!) && !WEAK.has(chars[i + 1]!)) terms.push(bigram);
      }
    } else if (/\d/.test(run.text)) {
      // Codes and models (e1, f21, kfr35gw) stay whole; a letter/digit split would match everything.
      terms.push(run.text);
      words.push(run.text);
    } else if (!ENGLISH_STOPWORDS.has(run.text)) {
      const term = englishTerm(run.text);
      terms.push(term);
      words.push(term);
    }
  }
  return { terms, words };
}
