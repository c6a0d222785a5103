import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A safety bound, not a speed: the property tests take about a second alone, but on a shared
    // two-core machine under load vitest's default 5 s failed them.
    testTimeout: 30_000,
    include: [
      'core/**/*.test.ts',
      'data/**/*.test.ts',
      'components/**/*.test.ts',
      'page/**/*.test.ts',
      'tests/*.test.ts',
    ],
  },
});
