const gts = require('gts');

module.exports = [
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      '.preview-data/',
      'jest.config.js',
    ],
  },
  ...gts,
];
