module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-townhalls',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
