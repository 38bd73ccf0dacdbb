// Evaluators' downloads: pseudonymous row data (long, wide), its codebook and R script, and
// the suppressed aggregate figures. The file comes back base64-encoded in the response; the
// staff app turns it into a download. Every export is audited as "export.<shape>".
import type { TRPCRouterRecord } from "@trpc/server";
import { buildExport } from "../exports/build-export";
import { ZExportRequest } from "../exports/schema";
import { organisationProcedure } from "../trpc";

export const exportRouter = {
  /** A mutation, not a query: it writes an audit event, and a download is an action. */
  create: organisationProcedure("evaluator", "admin")
    .input(ZExportRequest)
    .mutation(async ({ ctx, input }) => {
      const file = await buildExport(ctx.db, ctx.user, input);
      await ctx.audit({
        action: `export.${input.shape}`,
        targetType: "programme",
        targetId: input.programmeId,
        detail: { format: input.shape === "r-script" ? "r" : input.format, rows: file.rows, filter: input.filter, filename: file.filename },
      });
      return { filename: file.filename, mimeType: file.mimeType, base64: file.content.toString("base64") };
    }),
} satisfies TRPCRouterRecord;
