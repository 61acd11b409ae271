import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '../../../tools/vite/aliases';

export default defineConfig({
  root: __dirname,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  test: {
    name: 'web-townhalls',
    environment: 'jsdom',
    globals: true,
    // Suites run in parallel (nx): a test that renders a long list in jsdom can take seconds.
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['../../../tools/vite/test-setup.ts'],
  },
});
