// The step-by-step mapping for the history kinds (enrolment list, statuses, contacts): the
// admin's choice of column per field, and per text in a coded column (gender, end reason,
// status, kind of contact) which code it means. Turned into the same mapping object a mapping
// file holds; pure, so its rules are tested (build-history-mapping.test.ts).
import type { TContactMappingInput, TEnrolmentMappingInput, TStatusMappingInput } from "@skridt/api/imports";
import { CONTACT_KIND_CODES, CONTACT_KINDS, STATUS_CODES, STATUSES } from "@skridt/instruments/client";
import { END_REASON_LABELS, END_REASONS, GENDERS } from "@skridt/validators";
import type { TPreviewColumn } from "./build-mapping";

export const HISTORY_KINDS = ["enrolment", "statuses", "contacts"] as const;
export type THistoryKind = (typeof HISTORY_KINDS)[number];
export type THistoryMappingInput = TEnrolmentMappingInput | TStatusMappingInput | TContactMappingInput;

type Label = { da: string; en: string };
export type TCodeOption = { code: string; label: Label };

const GENDER_LABELS: Record<(typeof GENDERS)[number], Label> = {
  female: { da: "Kvinde", en: "Woman" },
  male: { da: "Mand", en: "Man" },
  other: { da: "Andet", en: "Other" },
};
/** Texts the importer reads as a gender by itself besides the names (row-checks.ts). */
const GENDER_ALIASES: Record<string, string> = { k: "female", f: "female", m: "male", a: "other" };

export const CATALOGUES = {
  genderColumn: GENDERS.map((code) => ({ code, label: GENDER_LABELS[code] })),
  endReasonColumn: END_REASONS.map((code) => ({ code, label: END_REASON_LABELS[code] })),
  statusColumn: STATUS_CODES.map((code) => ({ code, label: STATUSES[code].label })),
  contactKindColumn: CONTACT_KIND_CODES.map((code) => ({ code, label: CONTACT_KINDS[code].label })),
} satisfies Record<string, TCodeOption[]>;
export type TCodedField = keyof typeof CATALOGUES;
/** Where a coded column's own texts go in the mapping. */
const VALUES_FIELD: Record<TCodedField, string> = {
  genderColumn: "genderValues",
  endReasonColumn: "endReasonValues",
  statusColumn: "statusValues",
  contactKindColumn: "contactKindValues",
};

export type TField = { field: string; required: boolean; coded?: TCodedField };

/** Each kind's columns in the order a person fills them in. */
export const KIND_FIELDS: Record<THistoryKind, TField[]> = {
  enrolment: [
    { field: "participantCodeColumn", required: true },
    { field: "enrolledOnColumn", required: true },
    { field: "organisationColumn", required: false },
    { field: "mentorColumn", required: false },
    { field: "genderColumn", required: false, coded: "genderColumn" },
    { field: "birthYearColumn", required: false },
    { field: "endedOnColumn", required: false },
    { field: "endReasonColumn", required: false, coded: "endReasonColumn" },
  ],
  statuses: [
    { field: "participantCodeColumn", required: true },
    { field: "dateColumn", required: true },
    { field: "statusColumn", required: true, coded: "statusColumn" },
    { field: "hoursPerWeekColumn", required: false },
    { field: "inProcessColumn", required: false },
  ],
  contacts: [
    { field: "participantCodeColumn", required: false },
    { field: "dateColumn", required: true },
    { field: "contactKindColumn", required: false, coded: "contactKindColumn" },
    { field: "countColumn", required: false },
    { field: "minutesColumn", required: false },
    { field: "companyColumn", required: false },
  ],
};

/** Headings a column for the field usually has (Danish and English): chosen already when the file has one. */
export const LIKELY_HEADINGS: Record<string, string[]> = {
  participantCodeColumn: ["Deltagerkode", "Deltager", "Kode", "Participant code", "Participant", "Code"],
  enrolledOnColumn: ["Indskrevet", "Indskrivningsdato", "Startdato", "Start", "Enrolled", "Enrolment date"],
  organisationColumn: ["Organisation", "Jobcenter"],
  mentorColumn: ["Mentor"],
  genderColumn: ["Køn", "Gender"],
  birthYearColumn: ["Fødselsår", "Year of birth", "Birth year"],
  endedOnColumn: ["Afsluttet", "Slutdato", "Ended", "End date"],
  endReasonColumn: ["Årsag", "Slutårsag", "End reason", "Reason"],
  dateColumn: ["Dato", "Date"],
  statusColumn: ["Status"],
  hoursPerWeekColumn: ["Timer pr. uge", "Timer", "Hours per week", "Hours"],
  inProcessColumn: ["I proces", "In process"],
  contactKindColumn: ["Kontaktform", "Kontakt", "Kind", "Contact"],
  countColumn: ["Antal", "Count"],
  minutesColumn: ["Minutter", "Minutes"],
  companyColumn: ["Virksomhed", "Company"],
};

export interface THistoryChoices {
  /** field → source column ("" none). */
  columns: Record<string, string>;
  /** coded field → text in its column → code ("" not chosen). */
  values: Partial<Record<TCodedField, Record<string, string>>>;
  /** Contacts without a kind column: the kind of every row. */
  contactKind: string;
  /** Contacts: companies not in the register are added. */
  createRespondents: boolean;
}

export const emptyHistoryChoices = (): THistoryChoices => ({ columns: {}, values: {}, contactKind: "", createRespondents: false });

const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");

/** The code the importer finds by itself for a text: the code, its Danish or English name (or a gender's letter). */
export function automaticHistoryCode(coded: TCodedField, text: string): string | undefined {
  const wanted = fold(text);
  const found = CATALOGUES[coded].find((c) => fold(c.code) === wanted || fold(c.label.da) === wanted || fold(c.label.en) === wanted)?.code;
  return found ?? (coded === "genderColumn" ? GENDER_ALIASES[wanted] : undefined);
}

/** A coded column's texts, each prefilled where the importer matches it. */
export function codesFor(coded: TCodedField, column: TPreviewColumn | undefined): Record<string, string> {
  return Object.fromEntries((column?.values ?? []).map((text) => [text, automaticHistoryCode(coded, text) ?? ""]));
}

/** A column headed like the field's usual Danish or English heading: the likely source. */
export function likelyHistoryColumn(headings: readonly string[], columns: readonly TPreviewColumn[]): string {
  const wanted = headings.map(fold);
  return columns.find((c) => wanted.includes(fold(c.name)))?.name ?? "";
}

/**
 * The mapping, or null while a required column is not chosen. Texts the importer matches by
 * itself are left out of the `…Values` maps, as in a hand-written mapping file; a text left
 * unchosen is left out too, and the check then names the rows it is in.
 */
export function buildHistoryMapping(kind: THistoryKind, choices: THistoryChoices, sheet: string | null = null): THistoryMappingInput | null {
  const mapping: Record<string, unknown> = { kind };
  for (const { field, required, coded } of KIND_FIELDS[kind]) {
    const column = choices.columns[field] ?? "";
    if (!column) {
      if (required) return null;
      continue;
    }
    mapping[field] = column;
    if (coded) {
      const own = Object.fromEntries(
        Object.entries(choices.values[coded] ?? {}).filter(([text, code]) => code !== "" && automaticHistoryCode(coded, text) !== code),
      );
      if (Object.keys(own).length > 0) mapping[VALUES_FIELD[coded]] = own;
    }
  }
  if (kind === "contacts") {
    if (!mapping.contactKindColumn) {
      if (!choices.contactKind) return null;
      mapping.contactKind = choices.contactKind;
    }
    if (mapping.companyColumn && choices.createRespondents) mapping.createRespondents = true;
  }
  if (sheet) mapping.sheet = sheet;
  return mapping as unknown as THistoryMappingInput;
}
