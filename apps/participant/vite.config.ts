import react from "@vitejs/plugin-react";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { precompress } from "./build/precompress";
import { serviceWorker } from "./build/service-worker";

/** A file of this app's Preact, as an absolute path: the shared packages do not depend on Preact themselves. */
const preact = (file: string) => realpathSync(fileURLToPath(new URL(`./node_modules/preact/${file}`, import.meta.url)));

// Served at the site root by apps/server; the staff app lives under /staff/.
export default defineConfig({
  base: "/",
  // The service worker (sw/sw.js, scope /a/) lets a personal link open again without a
  // connection; every text file gets .br and .gz copies for the server to send as they are.
  plugins: [react(), serviceWorker(), precompress()],
  // Preact's React-compatible layer stands in for React and React DOM here (also inside the
  // shared questionnaire and ui packages and react-i18next): about 4 kB gzip instead of about
  // 60 kB, the largest part of what a participant's phone had to fetch and run before the
  // first question (bench/participant (c)). The staff app keeps React.
  resolve: {
    alias: [
      { find: /^react$/, replacement: preact("compat/dist/compat.mjs") },
      { find: /^react-dom$/, replacement: preact("compat/dist/compat.mjs") },
      { find: /^react-dom\/client$/, replacement: preact("compat/client.mjs") },
      { find: /^react\/jsx-runtime$/, replacement: preact("jsx-runtime/dist/jsxRuntime.mjs") },
      { find: /^react\/jsx-dev-runtime$/, replacement: preact("jsx-runtime/dist/jsxRuntime.mjs") },
    ],
  },
  server: { proxy: { "/trpc": "http://localhost:3000" } },
  build: {
    rolldownOptions: {
      treeshake: {
        // The instruments package is pure (no I/O, no globals touched), but its module-level zod
        // schemas look like side effects to the bundler, which would then keep every schema of
        // the light browser entry (mentor-side progression and status helpers too) in our first
        // download. Saying so lets unused ones drop and zod wait for the lazy question form.
        // The shared questionnaire screens are pure too (their stylesheet aside): marked so, the
        // bundler keeps them in the first chunk instead of splitting React into a shared chunk
        // of its own (measured: one extra request and 1.2 KB more gzip).
        moduleSideEffects: [
          { test: /[\\/]packages[\\/]instruments[\\/]src[\\/]/, sideEffects: false },
          { test: /[\\/]packages[\\/]questionnaire[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
        ],
      },
    },
  },
});
