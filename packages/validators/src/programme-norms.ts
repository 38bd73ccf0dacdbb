import { z } from "zod";
import { ZString } from "./text";
import { ZOrgScope } from "./roles";

// A programme's own figures for reliable and clinically significant change on one scale
// (issue 15: "let a programme set its own where none fits"). The bounds are those the
// Jacobson-Truax formulas need: a reliability strictly between 0 and 1 (at 1 every change
// would be reliable, at 0 none), a positive SD, and a cut-off strictly inside the scale's range
// (at an end nobody could cross it). The range is the scale's, so it is checked by
// `programmeNormProblems` with the range at hand, in the form and again in the API.

/** The problems a programme's norm can have, one per field; the apps word them. */
export const PROGRAMME_NORM_PROBLEMS = ["reliability_range", "sd_positive", "cut_off_range", "source_required", "source_too_long"] as const;
export type TProgrammeNormProblem = (typeof PROGRAMME_NORM_PROBLEMS)[number];

/** The kind of reliability coefficient: internal consistency or agreement over time. */
export const RELIABILITY_COEFFICIENTS = ["alpha", "test-retest"] as const;

export const ZProgrammeScaleNorm = z.object({
  reliability: z.number().gt(0, { message: "reliability_range" }).lt(1, { message: "reliability_range" }),
  coefficient: z.enum(RELIABILITY_COEFFICIENTS),
  /** Null: the cohort's own SD at the start (as Jacobson & Truax used the pre-treatment SD). */
  sd: z.number().positive({ message: "sd_positive" }).nullable(),
  /** Null: no cut-off, so no "recovered". */
  cutOff: z.object({ value: z.number(), functional: z.enum(["above", "below"]) }).nullable(),
  /** Where the figures come from, or why the programme chose them: required, shown beside every figure. */
  source: ZString.trim().min(1, { message: "source_required" }).max(300, { message: "source_too_long" }),
});
export type TProgrammeScaleNorm = z.infer<typeof ZProgrammeScaleNorm>;

/** One scale's norm: the programme's own, or null to go back to the declared values. */
export const ZSetProgrammeScaleNorm = ZOrgScope.extend({
  programmeId: ZString.min(1).max(64),
  instrumentId: ZString.min(1).max(64),
  scaleId: ZString.min(1).max(64),
  norm: ZProgrammeScaleNorm.nullable(),
});
export type TSetProgrammeScaleNorm = z.input<typeof ZSetProgrammeScaleNorm>;

export const ZProgrammeNormsQuery = ZOrgScope.extend({ programmeId: ZString.min(1).max(64) });

/**
 * Every problem with a norm typed for a scale with this range, once per kind: the zod bounds,
 * then the cut-off against the range (which zod alone cannot know). Empty: the norm may be saved.
 */
export function programmeNormProblems(norm: unknown, range: { min: number; max: number }): TProgrammeNormProblem[] {
  const problems = new Set<TProgrammeNormProblem>();
  const parsed = ZProgrammeScaleNorm.safeParse(norm);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "reliability") problems.add("reliability_range");
      else if (field === "sd") problems.add("sd_positive");
      else if (field === "cutOff") problems.add("cut_off_range");
      else if (field === "source") problems.add(issue.message === "source_too_long" ? "source_too_long" : "source_required");
    }
  }
  const cutOff = (norm as { cutOff?: { value?: unknown } } | null)?.cutOff?.value;
  if (typeof cutOff === "number" && !(Number.isFinite(cutOff) && cutOff > range.min && cutOff < range.max)) problems.add("cut_off_range");
  return PROGRAMME_NORM_PROBLEMS.filter((p) => problems.has(p));
}
