module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
