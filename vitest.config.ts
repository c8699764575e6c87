import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files, tesseract workers and browsers: give slow suites room, and keep the
    // two cores from being oversubscribed by parallel heavy files.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // Random file and test order, so a test that only passes after another one is found. The run
    // prints its seed; `--sequence.seed=N` replays that order.
    sequence: { shuffle: { files: true, tests: true } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
