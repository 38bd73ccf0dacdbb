// The codebook: every variable of the wide file with its labels, codes and provenance. The
// wide table, the codebook export and the R script are all generated from this one list.
import { compareVersions, OCCASIONS, type TInstrument, type TItem, type TMeasurementPlan } from "@skridt/instruments";
import { findInstrument } from "../programme-instruments/cache";
import type { ExportAssessment } from "./assessments";
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
  instrumentVersions: string[];
  source: string;
}

export interface InstrumentInExport {
  definition: TInstrument;
  versions: string[];
  /** Scored or chosen items; free text is listed in the codebook but never exported (it may name people). */
  items: TItem[];
  freeText: TItem[];
}

/** R and most statistics packages want names of letters, digits and underscores. */
export const variableName = (...parts: string[]) => parts.join("_").replace(/[^A-Za-z0-9_]/g, "_");

const t = (da: string, en: string): Text => ({ da, en });

const OCCASION_LABELS: Record<string, Text> = { start: t("Start", "Start"), end: t("Afslutning", "End"), followup: t("Opfølgning", "Follow-up") };
const RESPONDENT_LABELS: Record<string, Text> = {
  participant: t("Deltager", "Participant"),
  company: t("Virksomhed (arbejdsgiver)", "Company (employer)"),
  volunteer: t("Frivillig mentor", "Volunteer mentor"),
};
const GENDER_LABELS: Record<string, Text> = { female: t("Kvinde", "Female"), male: t("Mand", "Male"), other: t("Andet", "Other") };

/** The plan's instruments, then any others found in the data (imported or from an older plan). */
export function instrumentsInExport(
  plan: TMeasurementPlan,
  assessments: readonly Pick<ExportAssessment, "instrumentId" | "instrumentVersion">[],
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
    out.push({
      definition: latest,
      versions: definitions.map((d) => d.version),
      items: all.filter((i) => !textIds.has(i.id)),
      freeText: all.filter((i) => textIds.has(i.id)),
    });
  }
  return out;
}

const ITEM_TYPES: Record<TItem["type"], VariableType> = { "single-choice": "code", "multiple-choice": "codes", number: "number", text: "string", date: "date" };

function itemVariable(instrument: InstrumentInExport, item: TItem, exported: boolean): Variable {
  const id = instrument.definition.id;
  const prompt = item.stem ? t(`${item.stem.da} ${item.prompt.da}`, `${item.stem.en} ${item.prompt.en}`) : item.prompt;
  return {
    name: variableName(id, item.id),
    label: prompt,
    type: item.type === "number" && item.integer ? "integer" : ITEM_TYPES[item.type],
    codes: "options" in item ? item.options.map((o) => ({ code: o.code, label: o.label })) : [],
    instrumentId: id,
    itemId: item.id,
    scaleId: null,
    instrumentVersions: instrument.versions,
    source: exported
      ? item.type === "multiple-choice"
        ? "answer (chosen codes joined by ';')"
        : "answer"
      : "free-text answer: not exported, as it may name people",
  };
}

/** Fixed variables, then per instrument its version, items and scale scores. */
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
    fixed("occasion", t("Måletidspunkt", "Occasion"), "string", "assessment", OCCASION_LABELS),
    fixed(
      "submitted_on",
      t(
        "Besvaret (seneste skema ved dette måletidspunkt; måned, eller dag hvis tilladelsen giver præcise datoer)",
        "Submitted on (latest questionnaire at this occasion; month, or the day where the grant gives exact dates)",
      ),
      "date",
      "assessment",
    ),
  ];
  for (const instrument of instruments) {
    const d = instrument.definition;
    variables.push({
      ...fixed(variableName(d.id, "version"), t(`${d.title.da}: version`, `${d.title.en}: version`), "string", "assessment"),
      instrumentId: d.id,
      instrumentVersions: instrument.versions,
    });
    for (const item of instrument.items) variables.push(itemVariable(instrument, item, true));
    for (const scale of d.scales) {
      variables.push({
        name: variableName(d.id, scale.id, "score"),
        label: scale.label,
        type: "number",
        codes: [],
        instrumentId: d.id,
        itemId: null,
        scaleId: scale.id,
        instrumentVersions: instrument.versions,
        source: `score (${scale.method}, range ${scale.range.min}-${scale.range.max}, ${scale.higherIsBetter ? "higher is better" : "lower is better"}); empty when too few items were answered`,
      });
    }
  }
  return variables;
}

/** Variables listed for documentation only: in the codebook, not in the data. */
export function documentedOnly(instruments: readonly InstrumentInExport[]): Variable[] {
  return instruments.flatMap((i) => i.freeText.map((item) => itemVariable(i, item, false)));
}

const codeList = (v: Variable, lang: "da" | "en") => v.codes.map((c) => `${c.code}=${c.label[lang]}`).join(" | ");

export function codebookTable(variables: readonly Variable[]): Table {
  return {
    name: "codebook",
    columns: ["variable", "label_da", "label_en", "type", "codes_da", "codes_en", "instrument_id", "item_id", "scale_id", "instrument_versions", "source"],
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
      v.instrumentVersions.join(", "),
      v.source,
    ]),
  };
}
