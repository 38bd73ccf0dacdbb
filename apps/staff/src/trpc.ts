import type { AppRouter } from "@skridt/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

// Type-only import of the router: the browser bundle gets the types, never the server code.
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Same origin: the httpOnly session cookie travels by itself, and the server's Origin check passes. */
export function createClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc" })] });
}
