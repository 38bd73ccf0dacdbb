import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "../participant/build/precompress";

// What every screen needs (the shell, sign-in, data fetching, texts): one long-cached chunk.
// Other libraries (QR codes, react-hook-form's resolvers ...) go with the pages that use them.
const SHELL_MODULES =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack|@trpc|i18next|react-i18next|html-parse-stringify|void-elements|zod|react-hook-form|@hookform)[\\/]/;

const CHART_MODULES =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|react-redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3|internmap|tiny-invariant|clsx)[\\/]/;

// The server mounts this app under /staff/; asset URLs must carry that prefix.
export default defineConfig({
  base: "/staff/",
  // .br and .gz copies of every text file, sent as they are by apps/server (web-apps.ts).
  plugins: [react(), precompress()],
  server: { proxy: { "/trpc": "http://localhost:3000", "/auth": "http://localhost:3000" } },
  build: {
    // The vendor chunk (React, router, react-query, tRPC, zod, i18next) is ~170 kB gzipped and cached.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached across releases.
        // The charts (recharts with its d3 and redux parts) are only needed on a participant's
        // progression tab and the report: their own chunk, loaded by React.lazy, keeps them
        // out of the vendor chunk every page loads. The higher priority wins over "vendor".
        codeSplitting: {
          // Otherwise a group takes its members' dependencies along, and React would move into "charts".
          includeDependenciesRecursively: false,
          groups: [
            { name: "charts", test: CHART_MODULES, priority: 2 },
            { name: "vendor", test: SHELL_MODULES, priority: 1 },
          ],
        },
      },
    },
  },
});
