import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files, tesseract workers and browsers: give slow suites room, and keep the
    // two cores from being oversubscribed by parallel heavy files.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // One folder per run for setup that test files share (the embedded knowledge template).
    globalSetup: ['testing/vitest-global-setup.ts'],
    // Random order, so a test that leans on an earlier test of its file fails here and not by
    // luck later. Every run prints its seed (`Running tests with seed N`);
    // `npx vitest run --sequence.seed=N [file]` replays that order to reproduce a failure.
    sequence: { shuffle: true },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
