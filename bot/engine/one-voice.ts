/**
 * One reply, one voice (issue 16): a reply that gives an answer from the knowledge base does not
 * also say, without naming what, that the question cannot be answered ("这个问题我自己答不了…"
 * followed by the returns rule read as the bot contradicting itself). A line that names what it
 * cannot answer ("关于费用…") stays: it speaks of another question than the answer does. The
 * question itself is still written down for the person (the caller did that before saying it).
 */
export function withOneVoice(parts: readonly string[], unnamedUnanswered: ReadonlySet<string>, answered: boolean): string[] {
  if (!answered || !unnamedUnanswered.size) return [...parts];
  const kept = parts.filter((part) => !unnamedUnanswered.has(part));
  // (Nothing else said: the line is the reply, and stays.)
  return kept.length ? kept : [...parts];
}
