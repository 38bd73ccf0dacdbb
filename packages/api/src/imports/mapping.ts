// The mapping file: which source column holds which instrument item, and how the source's
// answer texts translate to codes. JSON, validated here; example in
// tests/fixtures/import/surveyxact-who5.mapping.json.
import { ZOccasion } from "@skridt/instruments";
import { z } from "zod";

const column = z.string().trim().min(1).max(200);
const ZCodeValue = z.union([z.number().int(), z.array(z.number().int()).min(1)]);

const ZColumnMapping = z.union([
  z.strictObject({
    itemId: z.string().min(1).max(64),
    /** Source text (or number) → answer code, e.g. { "Det meste af tiden": 4 }. Option labels and codes match without it. */
    values: z.record(z.string(), ZCodeValue).optional(),
  }),
  z.strictObject({
    itemId: z.string().min(1).max(64),
    /** One source column per option of a multiple-choice item (SurveyXact's layout): a ticked cell chooses this code. */
    code: z.number().int(),
  }),
]);
export type TColumnMapping = z.infer<typeof ZColumnMapping>;

export const ZImportMapping = z
  .strictObject({
    /** "answers" (the default): questionnaire answers. The other kinds are in history-mapping.ts. */
    kind: z.literal("answers").optional(),
    instrumentId: z.string().min(1).max(64),
    /** Defaults to the latest version of the instrument. */
    instrumentVersion: z.string().min(1).max(32).optional(),
    /** The occasion of every row, or `occasionColumn` when the file mixes them. */
    occasion: ZOccasion.optional(),
    occasionColumn: z.strictObject({ column, values: z.record(z.string(), ZOccasion) }).optional(),
    /**
     * Skridt participant codes (pseudonyms); never names or CPR numbers. Required for the
     * participants' own questionnaires; for an employer's or volunteer mentor's, the
     * participant the response is about (optional).
     */
    participantCodeColumn: column.optional(),
    /** An employers' questionnaire (virksomhedsskema): the company's name or CVR number. */
    companyColumn: column.optional(),
    /** A volunteer mentors' questionnaire: the volunteer's name or e-mail address. */
    volunteerColumn: column.optional(),
    /** Companies and volunteers not in the organisation's register are added to it by name. */
    createRespondents: z.boolean().optional(),
    /**
     * Rows marked incomplete in this column (begun, never finished) are imported as incomplete
     * questionnaires: they count as incomplete in response rates and give no scores. A cell
     * marks the row when it is one of `values` (default: ja, x, 1, ufuldstændig, incomplete, …).
     */
    incompleteColumn: z.strictObject({ column, values: z.array(z.string().trim().min(1).max(100)).min(1).optional() }).optional(),
    /**
     * Codes not found in the organisation and programme become new pseudonymous participants
     * there. organisationId/programmeId are for the CLI; in the staff app they must match the
     * page's (or be left out).
     */
    createParticipants: z
      .strictObject({
        organisationId: z.string().min(1).max(64).optional(),
        programmeId: z.string().min(1).max(64).optional(),
        enrolledOnColumn: column.optional(),
      })
      .optional(),
    /** When the questionnaire was answered; without it, the import's date is used. */
    submittedAtColumn: column.optional(),
    /** XLSX only: the sheet to read (default the first). */
    sheet: z.string().min(1).max(31).optional(),
    /** Accept rows with required answers missing (historical paper forms); scores then follow the scale's missing-item rule. */
    allowMissing: z.boolean().default(false),
    columns: z.record(column, ZColumnMapping).refine((c) => Object.keys(c).length > 0, { message: "map at least one column" }),
  })
  .refine((m) => (m.occasion === undefined) !== (m.occasionColumn === undefined), {
    message: "give either occasion or occasionColumn",
    path: ["occasion"],
  })
  // Participants' answers are keyed by their code; an employer's or volunteer's by who answered.
  .refine((m) => m.participantCodeColumn !== undefined || m.companyColumn !== undefined || m.volunteerColumn !== undefined, {
    message: "participantCodeColumn is required",
    path: ["participantCodeColumn"],
  });
export type TImportMapping = z.infer<typeof ZImportMapping>;
export type TImportMappingInput = z.input<typeof ZImportMapping>;
