import { defineConfig } from 'vitest/config';

// Three levels (see tests/README.md): pure unit tests, a build of a small fixture directory,
// and end-to-end tests in Debian's headless Chromium against the built sample site.
export default defineConfig({
  test: {
    projects: [
      // Unit tests that start the validator CLI in a child process need more than Vitest's 5 s on a loaded 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
