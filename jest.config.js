/** Jest: TypeScript through ts-jest; Node environment unless a test asks for jsdom. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }] },
  testTimeout: 60000,
};
