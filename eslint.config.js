const gts = require('gts');

module.exports = [
  {
    ignores: [
      'dist/',
      'dist-phone/',
      'coverage/',
      'node_modules/',
      '.preview-data/',
      'jest.config.js',
    ],
  },
  ...gts,
];
