import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served at the site root by apps/server; the staff app lives under /staff/.
export default defineConfig({
  base: "/",
  plugins: [react()],
  server: { proxy: { "/trpc": "http://localhost:3000" } },
});
