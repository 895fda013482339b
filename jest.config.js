/**
 * Jest: TypeScript through ts-jest (transpile only: tsconfig's isolatedModules; `npm run typecheck` checks types);
 * Node environment unless a test asks for jsdom. At least two workers, also on a two-core machine (Jest's default
 * there is one, which runs every suite in turn): the suites wait on child processes (webpack, Chromium, the command
 * line) much of the time. The browser suites share one production build (test/browser/build.ts).
 */
const os = require("os");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  maxWorkers: Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) - 1),
  testTimeout: 60000,
};
