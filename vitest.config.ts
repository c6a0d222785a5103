import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'core/**/*.test.ts',
      'data/**/*.test.ts',
      'components/**/*.test.ts',
      'page/**/*.test.ts',
      'tests/*.test.ts',
    ],
  },
});
