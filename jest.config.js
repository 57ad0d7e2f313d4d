/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/src',
    '<rootDir>/test',
    '<rootDir>/emulator',
    '<rootDir>/sidebar',
  ],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {tsconfig: 'tsconfig.json', diagnostics: {warnOnly: false}},
    ],
  },
  testTimeout: 30000,
};
