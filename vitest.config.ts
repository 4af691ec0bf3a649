import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; integration tests (real Neo4j) live in test/integration and run
// one file at a time, since they share the one database Community offers.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/neo4j-global-setup.ts'],
        },
      },
    ],
  },
});
