// The embedded database: boots the real API on PGlite in a temporary data directory.
// PGlite's CommonJS build uses dynamic import(): run with NODE_OPTIONS=--experimental-vm-modules.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-pglite',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/pglite/**/*.pglite-spec.ts'],
  testTimeout: 120_000,
  // PGlite's WebAssembly runtime keeps a handle open after close(); the app itself is closed in the spec.
  forceExit: true,
};
