// The mapping files for a programme's history beside its answers: enrolment lists, status
// events and contacts. Same idea as mapping.ts (which source column holds what, and how the
// source's texts translate to Skridt's codes), told apart by `kind`. Documented in
// tests/fixtures/import/README.md, with a fixture per kind.
import { z } from "zod";
import { ZImportMapping } from "./mapping";

const column = z.string().trim().min(1).max(200);
/** Source text → one of Skridt's codes, e.g. { "Praktik": "internship" }; matched ignoring case and spaces. */
const textToCode = z.record(z.string(), z.string().min(1).max(64));
const sheet = z.string().min(1).max(31).optional();

/** Participants enrolled, with or without answers: who was there is what response rates count from. */
export const ZEnrolmentMapping = z.strictObject({
  kind: z.literal("enrolment"),
  participantCodeColumn: column,
  enrolledOnColumn: column,
  /** The organisation's name or id; every row must name the one imported into. */
  organisationColumn: column.optional(),
  /** The mentor's e-mail address or name (a mentor of the organisation). */
  mentorColumn: column.optional(),
  genderColumn: column.optional(),
  genderValues: textToCode.optional(),
  birthYearColumn: column.optional(),
  endedOnColumn: column.optional(),
  endReasonColumn: column.optional(),
  endReasonValues: textToCode.optional(),
  sheet,
});
export type TEnrolmentMapping = z.infer<typeof ZEnrolmentMapping>;

/** Status events (job, internship, sick leave, …) with the day they began. */
export const ZStatusMapping = z.strictObject({
  kind: z.literal("statuses"),
  participantCodeColumn: column,
  dateColumn: column,
  statusColumn: column,
  statusValues: textToCode.optional(),
  hoursPerWeekColumn: column.optional(),
  /** Ticked (1, x, ja) when the status is applied for or being decided (pension, flex job). */
  inProcessColumn: column.optional(),
  sheet,
});
export type TStatusMapping = z.infer<typeof ZStatusMapping>;

/**
 * Contacts, one row per day and kind with a count. A company contact without a participant
 * code is the programme's (CompanyContact), not any one participant's.
 */
export const ZContactMapping = z
  .strictObject({
    kind: z.literal("contacts"),
    /** Empty cells are allowed for company contacts only. */
    participantCodeColumn: column.optional(),
    dateColumn: column,
    /** The kind of every row, or `contactKindColumn` when the file mixes them. */
    contactKind: z.enum(["meeting", "phone", "sms", "email", "company_contact", "workplace_followup"]).optional(),
    contactKindColumn: column.optional(),
    contactKindValues: textToCode.optional(),
    /** How many contacts the row stands for (default 1). */
    countColumn: column.optional(),
    minutesColumn: column.optional(),
    /** The company (name or CVR) a company contact was with. */
    companyColumn: column.optional(),
    /** Companies not in the organisation's register are added to it by name. */
    createRespondents: z.boolean().optional(),
    sheet,
  })
  .refine((m) => (m.contactKind === undefined) !== (m.contactKindColumn === undefined), {
    message: "give either contactKind or contactKindColumn",
    path: ["contactKind"],
  });
export type TContactMapping = z.infer<typeof ZContactMapping>;

export const IMPORT_KINDS = ["answers", "enrolment", "statuses", "contacts"] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

export const MAPPING_SCHEMAS = {
  answers: ZImportMapping,
  enrolment: ZEnrolmentMapping,
  statuses: ZStatusMapping,
  contacts: ZContactMapping,
} as const;

export type TAnswersMapping = z.infer<typeof ZImportMapping>;
export type TEnrolmentMappingInput = z.input<typeof ZEnrolmentMapping>;
export type TStatusMappingInput = z.input<typeof ZStatusMapping>;
export type TContactMappingInput = z.input<typeof ZContactMapping>;
/** A mapping file as written (defaults not filled in): what the staff app's steps build. */
export type TAnyMappingInput = z.input<typeof ZImportMapping> | TEnrolmentMappingInput | TStatusMappingInput | TContactMappingInput;
/** Any mapping file, told apart by `kind` (absent: answers). */
export type TAnyMapping = TAnswersMapping | TEnrolmentMapping | TStatusMapping | TContactMapping;
export const kindOf = (m: TAnyMapping): TImportKind => m.kind ?? "answers";

export type THistoryMapping = TEnrolmentMapping | TStatusMapping | TContactMapping;
export const isHistoryMapping = (m: TAnyMapping): m is THistoryMapping => m.kind !== undefined && m.kind !== "answers";
