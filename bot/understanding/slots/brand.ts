/** Brand: canonical name of the earliest brand mentioned. */
import { BRANDS } from '../lexicons/brands';

export function extractBrand(text: string): string | undefined {
  let best: { name: string; index: number } | undefined;
  for (const { name, pattern } of BRANDS) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { name, index: m.index };
  }
  return best?.name;
}
