/**
 * Words for the naive Bayes baseline: Chinese runs segmented by the project's jieba segmenter (the
 * one knowledge search uses), Latin runs split into lower-case words. No stopwords are dropped and
 * nothing is stemmed: negations (不, not, don't) carry sentiment, and a baseline should be plain.
 */
import { segmentChinese } from '../../knowledge/text/chinese';
import { normaliseText } from '../../kernel/text/normal-form';
import { scriptRuns } from '../../knowledge/text/scripts';

export function sentimentTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of scriptRuns(normaliseText(text).toLowerCase())) {
    if (run.cjk) {
      for (const word of segmentChinese(run.text)) if (word.trim()) tokens.push(word);
    } else {
      tokens.push(run.text.replace(/’/g, "'"));
    }
  }
  return tokens;
}
