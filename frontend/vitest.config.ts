import { defineConfig } from 'vitest/config';

// Unit tests run headless in Node (jsdom), Angular in JIT mode: no browser, no display.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test-setup.ts'],
    globals: false,
    restoreMocks: true,
  },
});
