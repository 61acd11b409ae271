import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { workspaceAliases } from '../../tools/vite/aliases';
import { graphqlDocuments } from '../../tools/vite/graphql-documents';

export default defineConfig({
  root: __dirname,
  plugins: [graphqlDocuments(), react()],
  resolve: { alias: workspaceAliases() },
  build: {
    outDir: join(__dirname, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    // React, the router and Apollo Client make one ~600 kB (≈180 kB gzipped) chunk; split by route when it grows.
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } },
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    globals: true,
    // Suites run in parallel (nx): a test that renders a long list in jsdom can take seconds.
    testTimeout: 30_000,
    // With the build's own plugins: tools/vite's tests check what they make of the sources.
    include: ['src/**/*.test.{ts,tsx}', '../../tools/vite/*.test.ts'],
    setupFiles: ['../../tools/vite/test-setup.ts'],
  },
});
