import { z } from "zod";
import { ZEvaluationQuery } from "./evaluation";

/** The evaluation report of a programme and period (the filter's enrolment months), in Danish or English. */
export const ZReportQuery = ZEvaluationQuery.extend({
  lang: z.enum(["da", "en"]).default("da"),
});
export type TReportQuery = z.input<typeof ZReportQuery>;
