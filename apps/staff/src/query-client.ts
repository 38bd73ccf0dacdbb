import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { isSignedOut } from "./errors";

/**
 * One place notices an ended session: any query answering UNAUTHORIZED (or a mutation
 * saying not_signed_in; sign-in's own "wrong password" is also UNAUTHORIZED) sends the
 * user to the sign-in page.
 */
export function createQueryClient(onSignedOut: () => void) {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        if (error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED") onSignedOut();
      },
    }),
    mutationCache: new MutationCache({
      onError(error) {
        if (isSignedOut(error)) onSignedOut();
      },
    }),
    defaultOptions: {
      queries: {
        // Client errors (403, 404, 401) will not change by retrying; network blips might.
        retry(failureCount, error) {
          const status = error instanceof TRPCClientError ? (error.data?.httpStatus as number | undefined) : undefined;
          if (status && status < 500) return false;
          return failureCount < 2;
        },
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
    },
  });
  return client;
}
