import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { RouterProvider } from "react-router";
import { createQueryClient } from "./query-client";
import { router } from "./router";
import { createClient, TRPCProvider } from "./trpc";

export function App() {
  const [queryClient] = useState(() =>
    createQueryClient(() => {
      // Keep no data of a user who is no longer signed in.
      if (router.state.location.pathname !== "/sign-in") {
        queryClient.clear();
        void router.navigate("/sign-in", { replace: true, state: { expired: true, from: router.state.location.pathname } });
      }
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
