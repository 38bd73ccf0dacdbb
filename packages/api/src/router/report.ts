// The evaluation report (issue 15, section 3): written from the evaluator procedures' own
// figures (report/figures.ts), so the same people may read it, the same disclosure control
// applies and every number in it is a number on the evaluator pages.
import type { TRPCRouterRecord } from "@trpc/server";
import { todayLocal } from "@skridt/instruments";
import { ZReportQuery } from "@skridt/validators";
import { organisationProcedure, type OrgContext } from "../trpc";
import { buildReport } from "../report/build";
import { reportDocx } from "../report/docx";
import { readReportFigures } from "../report/figures";
import { slugOf } from "../report/file-name";
import type { z } from "zod";

async function generate(ctx: OrgContext, input: z.output<typeof ZReportQuery>, format: "model" | "docx") {
  const { lang, ...query } = input;
  const figures = await readReportFigures(ctx, query);
  await ctx.audit({ action: "report.generate", targetType: "programme", targetId: input.programmeId, detail: { format, lang, filter: input.filter } });
  return buildReport(figures, { lang, filter: input.filter, generatedOn: todayLocal() });
}

export const reportRouter = {
  /** The report as data: sections with paragraphs, charts and tables (the staff page shows and prints it). */
  generate: organisationProcedure("evaluator", "admin")
    .input(ZReportQuery)
    .query(async ({ ctx, input }) => generate(ctx, input, "model")),

  /** The same report as a Word document, base64 in the answer like the other exports. */
  docx: organisationProcedure("evaluator", "admin")
    .input(ZReportQuery)
    .mutation(async ({ ctx, input }) => {
      const report = await generate(ctx, input, "docx");
      const bytes = await reportDocx(report);
      return {
        filename: `${report.lang === "da" ? "evalueringsrapport" : "evaluation-report"}-${slugOf(report.programme)}-${report.generatedOn}.docx`,
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        base64: bytes.toString("base64"),
      };
    }),
} satisfies TRPCRouterRecord;
