import { z } from "zod";

/**
 * A field the form needs filled in, checked by a shared rule once it is. An empty field reads
 * "Skal udfyldes." (i18n/zod-messages.ts); without this, a rule with its own message (ZIsoDate's
 * "must be a calendar date as YYYY-MM-DD", written for API callers) would be shown instead.
 */
export function filledIn<T extends z.ZodType<unknown, string>>(rule: T) {
  return z.string().min(1).pipe(rule);
}
