import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server mounts this app under /staff/; asset URLs must carry that prefix.
export default defineConfig({
  base: "/staff/",
  plugins: [react()],
  server: { proxy: { "/trpc": "http://localhost:3000" } },
  build: {
    // The vendor chunk (React, router, react-query, tRPC, zod, i18next) is ~170 kB gzipped and cached.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached across releases.
        codeSplitting: { groups: [{ name: "vendor", test: /node_modules/ }] },
      },
    },
  },
});
