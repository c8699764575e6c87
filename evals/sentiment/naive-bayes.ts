/**
 * Multinomial naive Bayes with add-one (Laplace) smoothing: the textbook baseline a sentiment
 * lexicon has to beat. It is trained on a third-party set's train split and scored on its test
 * split, so it lives under evals/ only: nothing trained on those sets may ship in the product
 * (test/architecture.test.ts checks that no file outside evals/ and test/ imports this one).
 */
export interface LabelledTokens<L extends string> {
  tokens: readonly string[];
  label: L;
}

export interface NaiveBayesModel<L extends string> {
  labels: readonly L[];
  /** The most probable label; ties go to the label with more training documents. */
  predict(tokens: readonly string[]): L;
  /** log P(label) + sum of log P(token | label), per label (unknown tokens are ignored). */
  logScores(tokens: readonly string[]): Map<L, number>;
}

export function trainNaiveBayes<L extends string>(docs: readonly LabelledTokens<L>[], alpha = 1): NaiveBayesModel<L> {
  if (!docs.length) throw new RangeError('naive Bayes needs at least one training document');
  const docCount = new Map<L, number>();
  const tokenCount = new Map<L, Map<string, number>>();
  const totalTokens = new Map<L, number>();
  const vocabulary = new Set<string>();
  for (const { tokens, label } of docs) {
    docCount.set(label, (docCount.get(label) ?? 0) + 1);
    const counts = tokenCount.get(label) ?? new Map<string, number>();
    for (const t of tokens) {
      counts.set(t, (counts.get(t) ?? 0) + 1);
      vocabulary.add(t);
    }
    tokenCount.set(label, counts);
    totalTokens.set(label, (totalTokens.get(label) ?? 0) + tokens.length);
  }
  // Most documents first, so a tie in score falls to the larger class.
  const labels = [...docCount.keys()].sort((a, b) => docCount.get(b)! - docCount.get(a)! || a.localeCompare(b));
  const prior = new Map(labels.map((l) => [l, Math.log(docCount.get(l)! / docs.length)]));
  const denominator = new Map(labels.map((l) => [l, Math.log(totalTokens.get(l)! + alpha * vocabulary.size)]));

  const logScores = (tokens: readonly string[]) => {
    const scores = new Map<L, number>();
    for (const l of labels) {
      const counts = tokenCount.get(l)!;
      let s = prior.get(l)!;
      for (const t of tokens) {
        if (!vocabulary.has(t)) continue;
        s += Math.log((counts.get(t) ?? 0) + alpha) - denominator.get(l)!;
      }
      scores.set(l, s);
    }
    return scores;
  };
  return {
    labels,
    logScores,
    predict(tokens) {
      const scores = logScores(tokens);
      let best = labels[0]!;
      for (const l of labels) if (scores.get(l)! > scores.get(best)!) best = l;
      return best;
    },
  };
}
