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
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['../../../tools/vite/test-setup.ts'],
  },
});
