// Import of existing answers (SurveyXact, Excel) into a programme, for administrators of the
// organisation. The file travels base64-encoded in the request, so it must fit the server's
// 256 KB body limit (about 180 KB of file, some thousand rows of one questionnaire); larger
// files go through the CLI (`skridt import`). Problems come back as data, row by row, not as
// an error, so the page can show the table. Progress is not streamed over tRPC: the page
// shows a spinner, the CLI prints progress. The mapping file comes as parsed JSON and is
// checked here, so its mistakes come back as problems with codes like every other.
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { parseMapping } from "../imports/mapping-problems";
import { previewImport } from "../imports/preview";
import { runImport } from "../imports/run-import";
import { ZOrgScope } from "@skridt/validators";
import { organisationProcedure } from "../trpc";
import { apiError } from "../errors";

/** Base64 of the largest file that fits the 256 KB body with its mapping. */
export const MAX_IMPORT_BASE64 = 250 * 1024;

const ZImportRequest = ZOrgScope.extend({
  programmeId: z.string().min(1).max(64),
  /** The mapping file as parsed JSON; its format is checked by parseMapping. */
  mapping: z.unknown(),
  fileName: z.string().trim().min(1).max(200),
  fileBase64: z.string().min(1).max(MAX_IMPORT_BASE64, { message: "file_too_large" }),
  /** Validate and report without writing anything. */
  dryRun: z.boolean().default(false),
});

/** The file alone, for the step-by-step mapping: its columns and their texts. */
const ZPreviewRequest = ZOrgScope.extend({
  programmeId: z.string().min(1).max(64),
  fileName: z.string().trim().min(1).max(200),
  fileBase64: z.string().min(1).max(MAX_IMPORT_BASE64, { message: "file_too_large" }),
  /** XLSX: the sheet to read (default the first). */
  sheet: z.string().min(1).max(31).optional(),
});

export const importRouter = {
  /**
   * Reads the data file's header and the distinct texts per column, with the instruments the
   * programme can import into, so the page can build a mapping by choosing. Writes nothing.
   */
  preview: organisationProcedure("admin")
    .input(ZPreviewRequest)
    .mutation(async ({ ctx, input }) =>
      previewImport(ctx.db, {
        organisationId: ctx.organisationId,
        programmeId: input.programmeId,
        content: Buffer.from(input.fileBase64, "base64"),
        fileName: input.fileName,
        sheet: input.sheet,
      }),
    ),

  answers: organisationProcedure("admin")
    .input(ZImportRequest)
    .mutation(async ({ ctx, input }) => {
      const parsed = parseMapping(input.mapping);
      if (!parsed.ok) return { ok: false as const, rows: 0, problemCount: parsed.problems.length, problems: parsed.problems };
      const mapping = parsed.mapping;
      const named = "createParticipants" in mapping ? mapping.createParticipants : undefined;
      if ((named?.organisationId && named.organisationId !== ctx.organisationId) || (named?.programmeId && named.programmeId !== input.programmeId)) {
        throw apiError("BAD_REQUEST", "mapping_scope_mismatch");
      }
      return runImport(ctx.db, {
        scope: { organisationId: ctx.organisationId, programmeId: input.programmeId },
        mapping,
        content: Buffer.from(input.fileBase64, "base64"),
        fileName: input.fileName,
        dryRun: input.dryRun,
        actorId: ctx.user.id,
        ip: ctx.ip,
      });
    }),
} satisfies TRPCRouterRecord;
