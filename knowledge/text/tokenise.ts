/**
 * Terms for keyword (BM25) search: jieba words for Chinese, stemmed words for English, error codes
 * and model numbers kept whole. Documents and queries go through the same function so they meet.
 */
import { CHINESE_STOPWORDS, segmentChinese } from './chinese';
import { ENGLISH_STOPWORDS, englishTerm } from './english';
import { normaliseText, scriptRuns } from './normalise';

export function tokenise(input: string): string[] {
  const text = normaliseText(input).toLowerCase();
  const terms: string[] = [];
  for (const run of scriptRuns(text)) {
    if (run.cjk) {
      for (const word of segmentChinese(run.text)) {
        const w = word.trim();
        if (w && !CHINESE_STOPWORDS.has(w)) terms.push(w);
      }
    } else if (/\d/.test(run.text)) {
      // Codes and models (e1, f21, kfr35gw) stay whole; a letter/digit split would match everything.
      terms.push(run.text);
    } else if (!ENGLISH_STOPWORDS.has(run.text)) {
      terms.push(englishTerm(run.text));
    }
  }
  return terms;
}
