import { defineConfig } from 'vitest/config';

// Three suites: pure logic (fast), assertions on the built dist/, and real-browser tests.
// `npm test` runs them in that order, building the site in between (see package.json).
export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/temporary-folder.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
