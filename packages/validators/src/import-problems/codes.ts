// What the importer reports: a stable code and the facts behind it, never a finished sentence.
// The staff app and the CLI turn them into Danish or English (texts.ts), and tests
// assert codes and parameters, so a reworded message breaks nothing.

/** Problems with the file as a whole (row 0). */
export const FILE_PROBLEM_CODES = [
  "programme_not_linked",
  "file_type",
  "file_unreadable",
  "csv_broken",
  "file_empty",
  "sheet_missing",
  "no_sheet",
  "no_rows",
  // Checked before a workbook is parsed: unpacked size (max in MB) and rows of every sheet (max).
  "file_unpacks_too_big",
  "file_too_many_rows",
] as const;

/** Problems with the mapping file (row 0; column_missing is the header's, row 1). */
export const MAPPING_PROBLEM_CODES = [
  "mapping_not_json",
  "mapping_not_object",
  "mapping_field_missing",
  "mapping_field_unknown",
  "mapping_field_type",
  "mapping_field_value",
  "mapping_field_empty",
  "mapping_field_too_long",
  "mapping_field_invalid",
  "mapping_occasion_choice",
  "mapping_no_columns",
  "mapping_column_invalid",
  "mapping_unknown_instrument",
  "mapping_occasion_not_given",
  "mapping_item_unknown",
  "mapping_ticked_column_invalid",
  // The instrument's respondent and the mapping disagree: an employers' or volunteer mentors'
  // questionnaire keyed by participant codes would become participants' own answers.
  "mapping_instrument_for_companies",
  "mapping_instrument_for_volunteers",
  "mapping_instrument_for_participants",
  // A field the kind of import needs (participantCodeColumn for participants' answers, the kind's column).
  "mapping_kind_needs",
  "column_missing",
] as const;

/** Problems of one row (its Excel row number, header = 1). */
export const ROW_PROBLEM_CODES = [
  "participant_code_missing",
  "participant_code_cpr",
  "participant_other_scope",
  // A code another organisation holds, when the import may create participants: it cannot be
  // used, and the words name no one (without createParticipants it is simply unknown).
  "participant_code_unavailable",
  "participant_erased",
  "participant_unknown",
  "participant_code_format",
  "occasion_missing",
  "occasion_unknown",
  "date_missing",
  "date_invalid",
  "date_future",
  "tick_invalid",
  "not_a_number",
  "answer_unknown",
  "answer_required",
  "number_out_of_range",
  "number_not_whole",
  "too_many_choices",
  "text_too_long",
  "date_out_of_range",
  "answer_invalid",
  "duplicate_row",
  "already_submitted",
  // A row with a participant code and not one answer is not a completed questionnaire.
  "answers_none",
  // Enrolment lists.
  "participant_exists",
  "organisation_mismatch",
  "mentor_unknown",
  "gender_unknown",
  "birth_year_invalid",
  "end_before_enrolment",
  "end_reason_unknown",
  "end_reason_missing",
  "end_reason_without_date",
  // Status events and contacts.
  "status_unknown",
  "status_already_recorded",
  "contact_kind_unknown",
  "contact_needs_participant",
  "count_invalid",
  "contact_already_imported",
  "duplicate_entry",
  "date_before_enrolment",
  // Employers' and volunteer mentors' answers.
  "company_missing",
  "company_unknown",
  "volunteer_missing",
  "volunteer_unknown",
] as const;

export type ImportProblemCode = (typeof FILE_PROBLEM_CODES)[number] | (typeof MAPPING_PROBLEM_CODES)[number] | (typeof ROW_PROBLEM_CODES)[number];

export const IMPORT_PROBLEM_CODES: readonly ImportProblemCode[] = [...FILE_PROBLEM_CODES, ...MAPPING_PROBLEM_CODES, ...ROW_PROBLEM_CODES];

export interface LocalizedText {
  da: string;
  en: string;
}

/** The facts a message is made of; each code uses some of them (see problem-texts.ts). */
export interface ImportProblemParams {
  /** The cell's text as it stands in the file (or a value from the mapping file). */
  value?: string;
  /** A column heading named by the mapping file. */
  column?: string;
  /** A field of the mapping file, e.g. "columns → Trivsel → itemId". */
  field?: string;
  /** The question's id in the instrument, e.g. "who5_3". */
  item?: string;
  /** The question's own text, for when no column shows it. */
  question?: LocalizedText;
  /** Instrument id, or id@version. */
  instrument?: string;
  /** The instrument's name; shown instead of its id where given. */
  instrumentTitle?: LocalizedText;
  /** "start" | "end" | "followup", or a text from the file. */
  occasion?: string;
  /** The allowed alternatives, as written (occasion texts in the file, field values). */
  expected?: string[];
  /** The answer options a cell may name: text or code. */
  options?: { code: number; label: LocalizedText }[];
  /** The JSON type a mapping field must have. */
  expectedType?: "string" | "number" | "integer" | "boolean" | "object" | "array";
  /** The other row of a duplicate. */
  otherRow?: number;
  sheet?: string;
  format?: "CSV" | "XLSX";
  /** A line of a CSV file. */
  line?: number;
  /** A parser's own words, kept for whoever debugs the file. */
  detail?: string;
  min?: number | string;
  max?: number | string;
  /** An answer code named by the mapping file. */
  code?: number;
  /** A day (YYYY-MM-DD), e.g. the participant's enrolment for a date before it. */
  date?: string;
  /** The kind of import ("enrolment", "statuses", "contacts", "answers"). */
  kind?: string;
  /** A status's or contact kind's name; shown as {{kind}} instead of the code where given. */
  kindLabel?: LocalizedText;
}

/** One thing wrong, where a person can find it: the spreadsheet's row number (header = 1) and the column heading. */
export interface ImportProblem {
  /** 0 for the file as a whole or the mapping file, 1 for the header row. */
  row: number;
  column: string | null;
  code: ImportProblemCode;
  params: ImportProblemParams;
}

export const problemOf = (row: number, column: string | null, code: ImportProblemCode, params: ImportProblemParams = {}): ImportProblem => ({
  row,
  column,
  code,
  params,
});
