/**
 * The last readings of a pure function of a text, kept by their text. One turn reads the same
 * message through dozens of detectors, and each asks the shared scans (brands, products,
 * addresses, phone numbers, intent cues) again of the same few strings: 20 to 30 scans of two or
 * three texts a turn, which made up most of the offline turn's CPU. Only for functions whose
 * answer depends on their arguments alone (module-level lexicons, no clock, no state).
 */
export class RecentReadings<R> {
  private readonly kept = new Map<string, R>();

  /** `size`: texts kept. A turn reads two to four texts per scan; a few turns of other conversations may interleave. Kept small so a reading is reused within a turn, not across many (the offline-turn bench replays the same messages each round, and must not measure a cache of them). */
  constructor(private readonly size = 16) {}

  /** The reading kept for `key`, or `read()`'s, kept for the next call with the same key. */
  get(key: string, read: () => R): R {
    if (this.kept.has(key)) {
      const value = this.kept.get(key) as R;
      // The most recently used last, so the oldest is the one dropped.
      this.kept.delete(key);
      this.kept.set(key, value);
      return value;
    }
    const value = read();
    this.kept.set(key, value);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value as string);
    return value;
  }
}

/** A fresh copy of a list of flat records: a kept reading is shared, and callers may sort, push or change what they get. */
export function copyEach<T extends object>(items: readonly T[]): T[] {
  return items.map((item) => ({ ...item }));
}
