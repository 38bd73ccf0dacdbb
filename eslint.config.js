// One lint configuration for the whole repository: the recommended JavaScript and
// TypeScript rules, plus the rules of hooks for the React apps. Layout is Prettier's job:
// eslint-config-prettier, last, switches off the rules that would fight it.
import js from "@eslint/js";
import prettier from "eslint-config-prettier/flat";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const apiTypesOnly = "Apps take only types from the API (import type); shared rules live in @skridt/validators.";
const noDatabase = "Browser and pure code never import the database package.";
const browserPaths = [
  { name: "@skridt/api", allowTypeImports: true, message: apiTypesOnly },
  { name: "@skridt/db", message: noDatabase },
];
const browserPatterns = [
  { group: ["@skridt/api/*"], allowTypeImports: true, message: apiTypesOnly },
  { group: ["@skridt/db/*", "**/packages/db/**", "**/packages/api/**"], message: noDatabase },
];
// The pure packages (instruments, analytics, validators, fhir) run in browsers and tests alike.
const ioPatterns = [{ group: ["node:*", "fs", "path", "os", "child_process", "@prisma/*", "pg", "better-sqlite3"], message: "Pure packages do no I/O." }];

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "packages/db/src/generated/**", "data/**", "**/*.d.ts", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["apps/staff/**/*.tsx", "apps/participant/**/*.tsx", "packages/ui/**/*.tsx", "packages/questionnaire/**/*.{ts,tsx}", "apps/*/src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The whiteboard's boundaries (README, "Architecture"): browser code takes only types from
  // the API and never touches the database; the pure packages import nothing with I/O.
  {
    files: ["apps/staff/src/**/*.{ts,tsx}", "apps/participant/src/**/*.{ts,tsx}", "packages/ui/src/**/*.{ts,tsx}", "packages/questionnaire/src/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: browserPaths, patterns: browserPatterns }] },
  },
  {
    files: ["packages/instruments/src/**/*.ts", "packages/analytics/src/**/*.ts", "packages/validators/src/**/*.ts", "packages/fhir/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: browserPaths, patterns: [...browserPatterns, ...ioPatterns] }] },
  },
  prettier,
);
