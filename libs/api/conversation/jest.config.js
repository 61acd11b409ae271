module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-conversation',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
