module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-groups',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
