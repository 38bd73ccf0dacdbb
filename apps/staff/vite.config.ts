import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server mounts this app under /staff/; asset URLs must carry that prefix.
export default defineConfig({
  base: "/staff/",
  plugins: [react()],
  server: { proxy: { "/trpc": "http://localhost:3000" } },
  build: { sourcemap: false },
});
