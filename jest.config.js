/**
 * One jest project per workspace plus the cross-cutting suites in test/.
 * Sources are TypeScript ESM with `.js` import suffixes; @swc/jest compiles them to CommonJS.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.m?js$': swc },
  // strip-bom 5 (ESM) sits nested under @microsoft/app-manifest, hence the optional prefix.
  transformIgnorePatterns: [
    '/node_modules/(?!(?:.*/node_modules/)?(?:jose|strip-bom|d3-[^/]+|internmap|delaunator|robust-predicates)/)',
  ],
  moduleNameMapper: {
    '^@northstar/shared$': '<rootDir>/shared/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: '.',
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...base, displayName: 'shared', testMatch: ['<rootDir>/shared/src/**/*.test.ts'] },
    { ...base, displayName: 'functions', testMatch: ['<rootDir>/functions/src/**/*.test.ts'] },
    {
      ...base,
      displayName: 'teams-app',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/teams-app/jest.setup.ts'],
      testMatch: ['<rootDir>/teams-app/src/**/*.test.ts?(x)'],
    },
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/test/contract/**/*.test.ts'] },
    {
      ...base,
      displayName: 'api',
      setupFilesAfterEnv: ['<rootDir>/test/api/jest.setup.ts'],
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
    },
    // Real Chromium against the built local host: `npm run test:e2e`, not part of `npm test`.
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'] },
  ],
};
