// The codebook: every variable of the wide file with its labels, codes and provenance. The
// wide table, the codebook export and the R script are all generated from this one list. The
// wide file has one row per participant, so every questionnaire variable is there once per
// occasion its instrument is used at, named `<stem>_<occasion>` (column-names.ts).
import { compareVersions, OCCASIONS, type TInstrument, type TItem, type TMeasurementPlan } from "@skridt/instruments";
import { findInstrument } from "../programme-instruments/cache";
import type { ExportAssessment } from "./assessments";
import { ColumnStems, identifier, instrumentStem, roomFor } from "./column-names";
import type { Table } from "./table";

type Text = { da: string; en: string };

export type VariableType = "string" | "date" | "code" | "codes" | "integer" | "number";

export interface Variable {
  name: string;
  label: Text;
  type: VariableType;
  /** Value labels, in display order (codes, or fixed strings such as occasions). */
  codes: { code: number | string; label: Text }[];
  instrumentId: string | null;
  itemId: string | null;
  scaleId: string | null;
  /** The occasion the column holds (start, end, followup); null for the participant's own columns. */
  occasion: string | null;
  instrumentVersions: string[];
  source: string;
}

export interface InstrumentInExport {
  definition: TInstrument;
  versions: string[];
  /** Scored or chosen items; free text is listed in the codebook but never exported (it may name people). */
  items: TItem[];
  freeText: TItem[];
  /** The occasions it is used at: the plan's, then any others in the data, in OCCASIONS order. */
  occasions: string[];
}

const t = (da: string, en: string): Text => ({ da, en });

const OCCASION_LABELS: Record<string, Text> = { start: t("Start", "Start"), end: t("Afslutning", "End"), followup: t("Opfølgning", "Follow-up") };
const RESPONDENT_LABELS: Record<string, Text> = {
  participant: t("Deltager", "Participant"),
  company: t("Virksomhed (arbejdsgiver)", "Company (employer)"),
  volunteer: t("Frivillig mentor", "Volunteer mentor"),
};
const GENDER_LABELS: Record<string, Text> = { female: t("Kvinde", "Female"), male: t("Mand", "Male"), other: t("Andet", "Other") };

/** Start, end, follow-up (any other occasion after them), each once. */
const inOccasionOrder = (occasions: Iterable<string>): string[] => {
  const rank = (o: string) => ((OCCASIONS as readonly string[]).indexOf(o) + OCCASIONS.length + 1) % (OCCASIONS.length + 1);
  return [...new Set(occasions)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
};

/** The plan's instruments, then any others found in the data (imported or from an older plan). */
export function instrumentsInExport(
  plan: TMeasurementPlan,
  assessments: readonly Pick<ExportAssessment, "instrumentId" | "instrumentVersion" | "occasion">[],
): InstrumentInExport[] {
  const ids = [...new Set([...OCCASIONS.flatMap((o) => plan.occasions[o] ?? []), ...assessments.map((a) => a.instrumentId)])];
  const out: InstrumentInExport[] = [];
  for (const id of ids) {
    const seen = [...new Set(assessments.filter((a) => a.instrumentId === id).map((a) => a.instrumentVersion))].sort(compareVersions);
    const definitions = (seen.length ? seen.map((v) => findInstrument(id, v)) : [findInstrument(id)]).filter((d): d is TInstrument => !!d);
    const latest = definitions.at(-1);
    if (!latest) continue;
    // Items of older versions that the latest dropped still have data: keep them, after the latest's own.
    const items = new Map<string, TItem>();
    for (const d of [...definitions].reverse()) for (const item of d.items) if (!items.has(item.id)) items.set(item.id, item);
    const all = [...items.values()];
    // An item that took free text in any version is free text in every version: a later
    // version reusing its id for choices must not carry the older answers' text out.
    const textIds = new Set(definitions.flatMap((d) => d.items.filter((i) => i.type === "text").map((i) => i.id)));
    const used = new Set([
      ...OCCASIONS.filter((o) => (plan.occasions[o] ?? []).includes(id)),
      ...assessments.filter((a) => a.instrumentId === id).map((a) => a.occasion),
    ]);
    out.push({
      definition: latest,
      versions: definitions.map((d) => d.version),
      items: all.filter((i) => !textIds.has(i.id)),
      freeText: all.filter((i) => textIds.has(i.id)),
      occasions: inOccasionOrder(used),
    });
  }
  return out;
}

const ITEM_TYPES: Record<TItem["type"], VariableType> = { "single-choice": "code", "multiple-choice": "codes", number: "number", text: "string", date: "date" };

/** "Start: …", "Afslutning: …": the occasion first, so a cut-off label still says which. */
const atOccasion = (label: Text, occasion: string | null): Text => {
  if (!occasion) return label;
  const o = OCCASION_LABELS[occasion] ?? t(occasion, occasion);
  return t(`${o.da}: ${label.da}`, `${o.en}: ${label.en}`);
};

function itemVariable(instrument: InstrumentInExport, item: TItem, exported: boolean, name: string, occasion: string | null): Variable {
  const id = instrument.definition.id;
  const prompt = item.stem ? t(`${item.stem.da} ${item.prompt.da}`, `${item.stem.en} ${item.prompt.en}`) : item.prompt;
  return {
    name,
    label: atOccasion(prompt, occasion),
    type: item.type === "number" && item.integer ? "integer" : ITEM_TYPES[item.type],
    codes: "options" in item ? item.options.map((o) => ({ code: o.code, label: o.label })) : [],
    instrumentId: id,
    itemId: item.id,
    scaleId: null,
    occasion,
    instrumentVersions: instrument.versions,
    source: exported
      ? item.type === "multiple-choice"
        ? "answer (chosen codes joined by ';')"
        : "answer"
      : "free-text answer: not exported, as it may name people",
  };
}

/** The fixed columns of every wide file, before any questionnaire's (birth_year only with the grant). */
export const FIXED_WIDE_COLUMNS = ["respondent_type", "participant_code", "organisation", "gender", "age_band", "birth_year", "enrolled_on", "ended_on"];

/**
 * Fixed variables, the day each occasion was answered, then per instrument its version, items
 * and scale scores, each with its occasions side by side (`who5_1_start`, `who5_1_end`).
 */
export function buildCodebook(instruments: readonly InstrumentInExport[], options: { birthYear?: boolean } = {}): Variable[] {
  const fixed = (name: string, label: Text, type: VariableType, source: string, codes: Record<string, Text> = {}): Variable => ({
    name,
    label,
    type,
    source,
    codes: Object.entries(codes).map(([code, label]) => ({ code, label })),
    instrumentId: null,
    itemId: null,
    scaleId: null,
    occasion: null,
    instrumentVersions: [],
  });
  const variables: Variable[] = [
    fixed("respondent_type", t("Hvem har svaret", "Respondent type"), "string", "survey", RESPONDENT_LABELS),
    fixed(
      "participant_code",
      t(
        "Deltagerkode (pseudonym); for virksomheder og frivillige en pseudonym kode pr. skema (C-/V-)",
        "Participant code (pseudonym); for companies and volunteers a pseudonymous code per questionnaire (C-/V-)",
      ),
      "string",
      "participant; for companies and volunteers derived from the questionnaire (never a name)",
    ),
    fixed("organisation", t("Organisation", "Organisation"), "string", "participant, or the company's or volunteer's organisation"),
    fixed("gender", t("Køn", "Gender"), "string", "participant", GENDER_LABELS),
    fixed("age_band", t("Aldersgruppe ved indskrivning", "Age band at enrolment"), "string", "participant (birth year and enrolment date)"),
    ...(options.birthYear ? [fixed("birth_year", t("Fødselsår", "Birth year"), "number", "participant (only where the export grant gives it)")] : []),
    fixed(
      "enrolled_on",
      t(
        "Indskrevet (måned ÅÅÅÅ-MM, eller dag hvis tilladelsen giver præcise datoer)",
        "Enrolled on (month YYYY-MM, or the day where the grant gives exact dates)",
      ),
      "date",
      "participant",
    ),
    fixed(
      "ended_on",
      t("Afsluttet (måned ÅÅÅÅ-MM, eller dag hvis tilladelsen giver præcise datoer)", "Ended on (month YYYY-MM, or the day where the grant gives exact dates)"),
      "date",
      "participant",
    ),
  ];
  for (const occasion of inOccasionOrder(instruments.flatMap((i) => i.occasions))) {
    variables.push({
      ...fixed(
        `submitted_on_${identifier(occasion)}`,
        atOccasion(
          t(
            "besvaret (seneste skema ved dette måletidspunkt; måned, eller dag hvis tilladelsen giver præcise datoer)",
            "submitted on (latest questionnaire at this occasion; month, or the day where the grant gives exact dates)",
          ),
          occasion,
        ),
        "date",
        "assessment",
      ),
      occasion,
    });
  }
  // Unique stems over the whole file; the fixed names are taken.
  const stems = new ColumnStems([...FIXED_WIDE_COLUMNS, "submitted_on", "occasion"]);
  for (const instrument of instruments) {
    const d = instrument.definition;
    const room = roomFor(instrument.occasions);
    const at = (stem: string) => instrument.occasions.map((occasion) => ({ name: `${stem}_${identifier(occasion)}`, occasion }));
    for (const { name, occasion } of at(stems.stem(`${identifier(d.id)}_version`, room))) {
      variables.push({
        ...fixed(name, atOccasion(t(`${d.title.da}: version`, `${d.title.en}: version`), occasion), "string", "assessment"),
        instrumentId: d.id,
        occasion,
        instrumentVersions: instrument.versions,
      });
    }
    for (const item of instrument.items) {
      for (const { name, occasion } of at(stems.stem(instrumentStem(d.id, item.id), room)))
        variables.push(itemVariable(instrument, item, true, name, occasion));
    }
    for (const scale of d.scales) {
      for (const { name, occasion } of at(stems.stem(`${instrumentStem(d.id, scale.id)}_score`, room))) {
        variables.push({
          name,
          label: atOccasion(scale.label, occasion),
          type: "number",
          codes: [],
          instrumentId: d.id,
          itemId: null,
          scaleId: scale.id,
          occasion,
          instrumentVersions: instrument.versions,
          source: `score (${scale.method}, range ${scale.range.min}-${scale.range.max}, ${scale.higherIsBetter ? "higher is better" : "lower is better"}); empty when too few items were answered`,
        });
      }
    }
  }
  return variables;
}

/** Variables listed for documentation only: in the codebook, not in the data (named by their stem, without an occasion). */
export function documentedOnly(instruments: readonly InstrumentInExport[]): Variable[] {
  return instruments.flatMap((i) => i.freeText.map((item) => itemVariable(i, item, false, instrumentStem(i.definition.id, item.id), null)));
}

/** Where a questionnaire's value goes in the wide table: instrument, item or scale (or neither: the version), occasion. */
export const valueKey = (instrumentId: string, part: { itemId?: string | null; scaleId?: string | null }, occasion: string) =>
  [instrumentId, part.itemId ?? "", part.scaleId ?? "", occasion].join("\u0000");

const codeList = (v: Variable, lang: "da" | "en") => v.codes.map((c) => `${c.code}=${c.label[lang]}`).join(" | ");

export function codebookTable(variables: readonly Variable[]): Table {
  return {
    name: "codebook",
    columns: [
      "variable",
      "label_da",
      "label_en",
      "type",
      "codes_da",
      "codes_en",
      "instrument_id",
      "item_id",
      "scale_id",
      "occasion",
      "instrument_versions",
      "source",
    ],
    rows: variables.map((v) => [
      v.name,
      v.label.da,
      v.label.en,
      v.type,
      codeList(v, "da"),
      codeList(v, "en"),
      v.instrumentId,
      v.itemId,
      v.scaleId,
      v.occasion,
      v.instrumentVersions.join(", "),
      v.source,
    ]),
  };
}
