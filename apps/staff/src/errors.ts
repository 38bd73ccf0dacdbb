import { TRPCClientError } from "@trpc/client";
import { FIELD_ERROR_KEYS, isErrorKey, type TErrorDetails, type TErrorKey } from "@skridt/validators";

// The keys come from @skridt/validators' one list (what the API throws, plus what the app
// derives itself); i18n/keys.test.ts checks that each has a Danish and an English text.
export type ErrorKey = TErrorKey;

interface ErrorData {
  code?: string;
  httpStatus?: number;
  issues?: unknown;
  /** Details the API chose to share, e.g. `{ problems: string[] }` with plan_invalid. */
  detail?: unknown;
}

/** Turns anything a tRPC call can throw into one translatable key. */
export function errorKey(error: unknown): ErrorKey {
  if (!(error instanceof TRPCClientError)) return "unknown";
  const data = error.data as ErrorData | undefined;
  const status = data?.httpStatus ?? (error.meta?.response as Response | undefined)?.status;
  if (status === 413) return "payload_too_large";
  if (isErrorKey(error.message)) return error.message;
  if (data?.issues) return "invalid_input";
  if (status === 400) return "invalid_input";
  // No tRPC error body at all: the request never reached the API (offline, proxy, server down).
  if (!data) return "network";
  if (status && status >= 500) return "internal_error";
  return "unknown";
}

/** A query or mutation that failed because there is no (longer a) session. */
export function isSignedOut(error: unknown): boolean {
  return error instanceof TRPCClientError && error.message === "not_signed_in";
}

/** The API's list of problems behind an error such as plan_invalid (empty when it sent none). */
export function errorProblems(error: unknown): string[] {
  if (!(error instanceof TRPCClientError)) return [];
  const detail = (error.data as ErrorData | undefined)?.detail;
  if (!detail || typeof detail !== "object" || !("problems" in detail)) return [];
  const problems = (detail as { problems: unknown }).problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === "string") : [];
}

/** One problem the API found with a review (validateReview's kind, and the area it concerns). */
export type ReviewProblem = TErrorDetails["review_invalid"]["problems"][number];

/** review_invalid sends its problems as objects; the page words them itself, per area. */
export function reviewProblems(error: unknown): ReviewProblem[] {
  if (!(error instanceof TRPCClientError)) return [];
  const detail = (error.data as ErrorData | undefined)?.detail;
  if (!detail || typeof detail !== "object" || !("problems" in detail)) return [];
  const problems = (detail as { problems: unknown }).problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) => {
    if (!p || typeof p !== "object" || !("kind" in p) || typeof p.kind !== "string") return [];
    const areaId = "areaId" in p && typeof p.areaId === "string" ? p.areaId : undefined;
    return [{ kind: p.kind, ...(areaId ? { areaId } : {}) }];
  });
}

/**
 * A form field's message: zod's own messages are already worded (i18n/zod-messages.ts), while
 * a shared schema's refine sends a key (cvr_invalid, first_name_only ...) that is translated here.
 */
export function fieldMessage(t: (key: string) => string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return (FIELD_ERROR_KEYS as readonly string[]).includes(message) ? t(`errors.${message}`) : message;
}
