import { defineConfig } from "vitest/config";

// One run, four projects: pure unit tests beside the code, the same integration tests on
// each database engine, and browser tests in real Chromium.
const integration = ["tests/integration/**/*.integration.test.ts"];

// The heavy reliability runs (large fuzz, many crash rounds; tests/reliability, docs/reliability.md)
// take minutes: only `pnpm test:reliability` (SKRIDT_RELIABILITY=1) adds their project.
const reliability =
  process.env.SKRIDT_RELIABILITY === "1"
    ? [
        {
          test: {
            name: "reliability",
            include: ["tests/reliability/**/*.test.ts"],
            env: { SKRIDT_TEST_ENGINE: "sqlite" },
            globalSetup: ["tests/support/postgres-cluster.ts"],
            fileParallelism: false,
            testTimeout: 900_000,
            hookTimeout: 120_000,
          },
        },
      ]
    : [];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
        },
      },
      {
        test: {
          name: "integration-sqlite",
          include: integration,
          env: { SKRIDT_TEST_ENGINE: "sqlite" },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration-postgres",
          include: integration,
          env: { SKRIDT_TEST_ENGINE: "postgresql" },
          globalSetup: ["tests/support/postgres-cluster.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/support/chromium.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...reliability,
    ],
  },
});
