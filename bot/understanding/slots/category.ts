/** Product category: the earliest product the customer names (the one they lead with). */
import { CATEGORIES } from '../lexicons/categories';

export function extractCategory(text: string): string | undefined {
  let best: { id: string; index: number } | undefined;
  for (const entry of CATEGORIES) {
    for (const pattern of [entry.zh, entry.en]) {
      if (!pattern) continue;
      const m = pattern.exec(text);
      if (m && (!best || m.index < best.index)) best = { id: entry.id, index: m.index };
    }
  }
  // "heater" alone is ambiguous (space heater or water heater); hot water settles it.
  if (!best && /\bheater\b/i.test(text) && /\bhot water\b|\bshower\b/i.test(text)) return 'water_heater';
  return best?.id;
}
