import type { TFunction } from "i18next";
import type { z } from "zod";

/**
 * Plain-language messages for the validation errors people actually meet in our forms;
 * anything else falls through to zod's own Danish/English locale (`z.config(da())`).
 * zod's "For lille: forventede streng havde >= 2 tegn" is correct but reads like code.
 */
export function friendlyZodMessage(t: TFunction, issue: z.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  if (input === "" || input === undefined || (typeof input === "number" && Number.isNaN(input))) {
    if (issue.code === "invalid_type" && typeof input === "number") return t("validation.number");
    return t("validation.required");
  }
  if (issue.code === "too_small" && issue.origin === "string") return t("validation.tooShort", { count: Number(issue.minimum) });
  if (issue.code === "too_big" && issue.origin === "string") return t("validation.tooLong", { count: Number(issue.maximum) });
  if (issue.code === "too_small" && issue.origin === "number") return t("validation.tooSmallNumber", { count: Number(issue.minimum) });
  if (issue.code === "too_big" && issue.origin === "number") return t("validation.tooBigNumber", { count: Number(issue.maximum) });
  if (issue.code === "invalid_format" && issue.format === "email") return t("validation.email");
  if (issue.code === "invalid_format" && issue.format === "date") return t("validation.date");
  if (issue.code === "invalid_format" && issue.format === "regex") return t("validation.pattern");
  if (issue.code === "invalid_type" && issue.expected === "int") return t("validation.number");
  return undefined;
}
