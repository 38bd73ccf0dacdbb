import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { RouterProvider } from "react-router";
import { createQueryClient } from "./query-client";
import { BASENAME, router } from "./router";
import { createClient, TRPCProvider } from "./trpc";

export function App() {
  const [queryClient] = useState(() =>
    createQueryClient(() => {
      const { pathname } = window.location;
      if (pathname === `${BASENAME}/sign-in`) return;
      // Only someone who was signed in a moment ago is told that the session ended; a first
      // visit without a session simply lands on the sign-in page (RequireSession does that).
      const wasSignedIn = queryClient
        .getQueryCache()
        .getAll()
        .some((query) => query.state.data !== undefined && JSON.stringify(query.queryKey[0]) === '["auth","me"]');
      if (!wasSignedIn) return;
      // Keep no data of a user who is no longer signed in.
      queryClient.clear();
      const from = pathname.startsWith(BASENAME) ? pathname.slice(BASENAME.length) || "/" : "/";
      void router.navigate("/sign-in", { replace: true, state: { expired: true, from } });
    }),
  );
  const [trpcClient] = useState(createClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
