import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files, tesseract workers and browsers: give slow suites room, and keep the
    // two cores from being oversubscribed by parallel heavy files.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // Files and tests run in random order, so a test that only passes after another one fails
    // here rather than after an unrelated change. Each run prints its seed ("Running tests with
    // seed N"); `npx vitest run --sequence.seed=N` replays that order. A file whose steps are one
    // story opts out with `describe(name, { shuffle: false }, ...)` and says why.
    sequence: { shuffle: true },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
