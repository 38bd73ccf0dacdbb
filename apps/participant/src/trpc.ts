import type { AppRouter } from "@skridt/api";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import "./early-open-type";

// Type-only import of the router: the browser bundle gets the types, never the server code.
// httpLink, not a batch link: the outbox sends one answer at a time anyway, and a failed
// request then concerns exactly one answer.
export const api = createTRPCClient<AppRouter>({
  links: [httpLink({ url: "/trpc", fetch: (input, init) => earlyResponse(String(input)) ?? fetch(input, init) })],
});

/** The questionnaire response public/open-early.js started before the app loaded, if this is that request (used once). */
function earlyResponse(url: string): Promise<Response> | undefined {
  const early = window.__skridtEarlyOpen;
  // The app asks before the async early script has run: that script would only ask a second time.
  if (!early) window.__skridtAppAsked = true;
  if (!early || new URL(url, location.href).href !== new URL(early.url, location.href).href) return undefined;
  window.__skridtEarlyOpen = undefined;
  return early.response;
}

export type ApiError = TRPCClientError<AppRouter>;

/** The server's error key ("link_expired", "answers_incomplete", ...), or null for a network failure. */
export function errorKey(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  // No data means the request never got an answer from our server (offline, proxy, abort).
  if (!error.data) return null;
  return typeof error.message === "string" ? error.message : null;
}

export function errorDetail(error: unknown): unknown {
  return error instanceof TRPCClientError ? (error.data as { detail?: unknown } | undefined)?.detail : undefined;
}

export function httpStatus(error: unknown): number | null {
  return error instanceof TRPCClientError ? ((error.data as { httpStatus?: number } | undefined)?.httpStatus ?? null) : null;
}
