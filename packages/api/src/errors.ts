import { TRPCError } from "@trpc/server";
import type { TApiErrorKey, TErrorDetails, TErrorWithDetail } from "@skridt/validators";

type TErrorCode = ConstructorParameters<typeof TRPCError>[0]["code"];

/**
 * The only way procedures fail on purpose: an HTTP-ish code and one of the keys in
 * @skridt/validators' list, which the apps translate. A key outside the list does not compile.
 */
export function apiError(code: TErrorCode, key: TApiErrorKey, cause?: Error): TRPCError {
  // A zod error as cause reaches the client as field issues (see the error formatter).
  return new TRPCError({ code, message: key, ...(cause ? { cause } : {}) });
}

/** An error whose details the client needs (which answers are missing, which areas are wrong). */
export function apiErrorWithDetail<K extends TErrorWithDetail>(code: TErrorCode, key: K, detail: TErrorDetails[K]): TRPCError {
  // The error formatter (trpc.ts) sends a cause's `publicDetail` to the client as `data.detail`.
  return new TRPCError({ code, message: key, cause: Object.assign(new Error(key), { publicDetail: detail }) });
}
