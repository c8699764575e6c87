/**
 * One reply never says the same block twice: a warranty paragraph given by two steps of the same
 * turn, a policy answered again after a cancel. A part already said in full earlier in the reply,
 * or a line already said inside an earlier part, is left out; short stock lines ("1. …") are kept,
 * since numbered steps may repeat words.
 */
const LONG_ENOUGH = 20;

export function withoutRepeatedBlocks(parts: readonly string[]): string[] {
  const kept: string[] = [];
  const saidLines = new Set<string>();
  for (const part of parts) {
    const text = part.trim();
    if (!text) continue;
    if (kept.some((k) => k === text || (text.length >= LONG_ENOUGH && k.includes(text)))) continue;
    // Lines of a block said already in this reply (the same warranty sentence inside two answers).
    const lines = text.split('\n').filter((line) => !(line.trim().length >= LONG_ENOUGH && saidLines.has(line.trim())));
    if (!lines.length) continue;
    for (const line of lines) saidLines.add(line.trim());
    kept.push(lines.join('\n'));
  }
  return kept;
}
