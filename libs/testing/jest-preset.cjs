// Shared jest settings: every project's jest.config.cjs calls this with its own directory.
// swc strips types without checking them; each project's `typecheck` target does the checking.
const path = require('node:path');

const workspaceRoot = path.resolve(__dirname, '../..');

module.exports = function jestConfig(projectDir, overrides = {}) {
  return {
    displayName: path.relative(workspaceRoot, projectDir),
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.test.ts'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper: {
      '^@groundwork/([a-z-]+)$': `${workspaceRoot}/libs/$1/src/index.ts`,
      // A library's secondary entry point, such as @groundwork/core/node.
      '^@groundwork/([a-z-]+)/([a-z-]+)$': `${workspaceRoot}/libs/$1/src/$2.ts`,
    },
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        },
      ],
    },
    ...overrides,
  };
};
