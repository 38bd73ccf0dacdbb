import { z } from "zod";
import { ZEvaluationQuery } from "@skridt/validators";

export const EXPORT_SHAPES = ["long", "wide", "codebook", "aggregates", "r-script"] as const;
export type ExportShape = (typeof EXPORT_SHAPES)[number];

export const ZExportRequest = ZEvaluationQuery.extend({
  shape: z.enum(EXPORT_SHAPES),
  /** Ignored for "r-script", which is always an R file (it reads the wide CSV). */
  format: z.enum(["csv", "xlsx"]).default("csv"),
});
export type TExportRequest = z.infer<typeof ZExportRequest>;
