import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files, tesseract workers and browsers: give slow suites room, and keep the
    // two cores from being oversubscribed by parallel heavy files.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // Files and tests run in their written order by default. `npx vitest run --sequence.shuffle`
    // runs them in random order (the run prints its seed; `--sequence.seed=N` replays it): on the
    // first full shuffled CI run (seed 1796499682170) 7 tests in 5 files still depended on order
    // (embedding providers' shared fake, the model-payload corpus, the wechaty login watch, the
    // knowledge-miss store), so shuffling is not yet the default.
    sequence: { shuffle: false },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
