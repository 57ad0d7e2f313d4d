const os = require('node:os');

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
  // Builds dist/ when it is missing or older than its sources, and readies Chromium.
  globalSetup: '<rootDir>/test/global-setup.ts',
  transform: {
    // Transpile only: type-checking every test file in every worker cost more than half
    // of the suite's CPU. test/typecheck.test.ts runs tsc over the whole project once.
    '^.+\\.ts$': ['ts-jest', {tsconfig: {isolatedModules: true}}],
  },
  // Jest's default on a 2-core machine is one worker, and the browser and preview
  // suites spend most of their time waiting on Chromium and HTTP: one more worker than
  // cores keeps both cores busy.
  maxWorkers: Math.max(2, os.availableParallelism() + 1),
  testTimeout: 30000,
};
