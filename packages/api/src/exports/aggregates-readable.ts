// The aggregate figures as a person reads them (issue 15): the XLSX gets Danish words for
// every instrument, question, occasion, category and statistic, shares as percentages with
// one decimal, means with one decimal, effect sizes with two and p-values with three, each
// number still a number (Excel formats it, formulas work). The codes stay in their own
// columns to the right, so a row can still be matched with the CSV. The CSV is for analysis
// and keeps codes and unrounded values (aggregates.ts). Hidden counts stay "<5".
import { CONTACT_KINDS } from "@skridt/instruments";
import { findInstrument } from "../programme-instruments/cache";
import { AGGREGATE_COLUMNS } from "./aggregates";
import type { Cell, Table } from "./table";

export const READABLE_AGGREGATE_COLUMNS = [
  "Instrument",
  "Emne",
  "Tidspunkt",
  "Kategori",
  "Mål",
  "Værdi",
  "section",
  "instrument_id",
  "subject",
  "occasion",
  "category",
  "statistic",
];

const SECTIONS: Record<string, { title: string; about: string }> = {
  counts: { title: "Deltagere", about: "Indskrevne, aktive og afsluttede deltagere." },
  response_rates: {
    title: "Svarprocenter",
    about:
      "Hvor mange der kunne svare, og hvor mange der svarede: ved start blandt alle indskrevne, ved slut blandt dem, der er afsluttet eller har fået skemaet (grundlaget står under Kategori).",
  },
  distributions: { title: "Svarfordelinger", about: "Svarene på hvert spørgsmål ved start og slut: antal og andel pr. svarmulighed." },
  paired_change: {
    title: "Ændring fra start til slut",
    about: "Pr. skala, blandt dem der svarede både ved start og slut: gennemsnit, ændring med 95 % sikkerhedsinterval, effektstørrelse og p-værdi.",
  },
  outcomes: { title: "Status og måltal", about: "Status ved afslutning, ansættelser og måltallene, blandt de deltagere, der er afsluttet." },
  contacts: { title: "Kontakter", about: "Kontakter i alt og pr. slags." },
  external_distributions: { title: "Virksomheder og frivillige", about: "Virksomheders og frivillige mentorers svar pr. spørgsmål." },
};

const OCCASIONS: Record<string, string> = { start: "Start", end: "Slut", followup: "Opfølgning", "start-end": "Fra start til slut" };

const STATISTICS: Record<string, string> = {
  enrolled: "Indskrevne",
  active: "Aktive",
  ended: "Afsluttede",
  eligible: "Kunne svare",
  completed: "Svarede",
  incomplete: "Påbegyndt, ikke afsluttet",
  noResponse: "Svarede ikke",
  rate: "Svarprocent",
  n: "Antal i grundlaget",
  count: "Antal",
  share: "Andel",
  mean_start: "Gennemsnit ved start",
  mean_end: "Gennemsnit ved slut",
  mean_change: "Gennemsnitlig ændring",
  sd_change: "Spredning (SD) på ændringen",
  ci95_low: "95 % sikkerhedsinterval, nedre grænse",
  ci95_high: "95 % sikkerhedsinterval, øvre grænse",
  effect_srm: "Effektstørrelse (SRM)",
  wilcoxon_p: "p-værdi (Wilcoxon)",
  minimal_important_change: "Mindste vigtige ændring (point)",
  improved: "Forbedret mindst den vigtige ændring",
  unchanged: "Uændret",
  worse: "Forværret mindst den vigtige ændring",
  improved_share: "Andel forbedret",
  unchanged_share: "Andel uændret",
  worse_share: "Andel forværret",
  minMonths: "Måneder, før et job tæller som varigt",
  relations: "Ansættelsesforhold i alt",
  lastingRelations: "Varige ansættelsesforhold",
  participantsWithRelation: "Deltagere med et ansættelsesforhold",
  participantsWithLastingRelation: "Deltagere med et varigt ansættelsesforhold",
  lastingShare: "Andel med et varigt ansættelsesforhold",
  internships: "Praktikforløb i alt",
  lastingInternships: "Varige praktikforløb",
  met: "Antal der nåede målet",
  goalShare: "Måltal",
  total: "I alt",
  participantsWithAny: "Deltagere med mindst én",
  meanPerParticipant: "Gennemsnit pr. deltager",
  medianPerParticipant: "Median pr. deltager",
  minutes: "Minutter i alt",
  sent: "Sendt",
  answered: "Besvaret",
};

const SUBJECTS: Record<string, string> = { group: "Statusgruppe", status: "Status", employment: "Ansættelser" };

const GROUPS: Record<string, string> = {
  work: "Arbejde",
  internship: "Praktik",
  education: "Uddannelse",
  pension: "Pension",
  unemployed: "Ledig",
  absent: "Sygemeldt/fravær",
  ended: "Afsluttet på anden måde",
  unknown: "Ingen status registreret",
};

const RESPONDENTS: Record<string, string> = { company: "Virksomheder", volunteer: "Frivillige mentorer" };

const PERCENT = new Set(["share", "rate", "goalShare", "lastingShare", "improved_share", "unchanged_share", "worse_share"]);
const ONE_DECIMAL = new Set([
  "mean_start",
  "mean_end",
  "mean_change",
  "sd_change",
  "ci95_low",
  "ci95_high",
  "minimal_important_change",
  "meanPerParticipant",
  "medianPerParticipant",
]);

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The value as shown and its Excel number format: percentages with one decimal, means with one, SRM two, p three. */
export function readableValue(statistic: string, value: Cell): { value: Cell; format: string | null } {
  if (typeof value !== "number") return { value, format: null };
  if (PERCENT.has(statistic)) return { value: round(value, 3), format: "0.0%" };
  if (statistic === "wilcoxon_p") return value < 0.001 ? { value: "< 0,001", format: null } : { value: round(value, 3), format: "0.000" };
  if (statistic === "effect_srm") return { value: round(value, 2), format: "0.00" };
  if (ONE_DECIMAL.has(statistic)) return { value: round(value, 1), format: "0.0" };
  return Number.isInteger(value) ? { value, format: "0" } : { value: round(value, 1), format: "0.0" };
}

function categoryLabel(section: string, subject: Cell, category: Cell, label: Cell): Cell {
  if (label !== null && label !== "") return label;
  if (category === null) return null;
  const code = String(category);
  if (section === "outcomes" && subject === "group") return GROUPS[code] ?? code;
  if (section === "contacts") return CONTACT_KINDS[code as keyof typeof CONTACT_KINDS]?.label.da ?? code;
  if (section === "external_distributions") return RESPONDENTS[code] ?? code;
  return code;
}

/** One section's sheet in words, with the codes kept to the right and each value's number format. */
function readableTable(table: Table): Table {
  const at = (name: string) => AGGREGATE_COLUMNS.indexOf(name);
  const formats: (string | null)[][] = [];
  const rows = table.rows.map((row) => {
    const get = (name: string): Cell => row[at(name)] ?? null;
    const [section, instrumentId, subject, occasion, category, statistic] = ["section", "instrument_id", "subject", "occasion", "category", "statistic"].map(
      get,
    );
    const instrument = instrumentId ? (findInstrument(String(instrumentId))?.title.da ?? String(instrumentId)) : null;
    const shown = readableValue(String(statistic ?? ""), get("value"));
    const cells: Cell[] = [
      instrument,
      get("subject_label") ?? (subject !== null ? (SUBJECTS[String(subject)] ?? String(subject)) : null),
      occasion !== null ? (OCCASIONS[String(occasion)] ?? String(occasion)) : null,
      categoryLabel(String(section), subject ?? null, category ?? null, get("category_label")),
      STATISTICS[String(statistic)] ?? String(statistic),
      shown.value,
      section ?? null,
      instrumentId ?? null,
      subject ?? null,
      occasion ?? null,
      category ?? null,
      statistic ?? null,
    ];
    formats.push(cells.map((_, i) => (i === 5 ? shown.format : null)));
    return cells;
  });
  return { name: table.name, columns: READABLE_AGGREGATE_COLUMNS, rows, formats };
}

/** A first sheet that says what each sheet holds and how the figures are protected. */
function aboutSheet(tables: readonly Table[]): Table {
  return {
    name: "Læs mig",
    columns: ["Ark", "Afsnit", "Indhold"],
    rows: [
      ...tables.map((t) => [t.name, SECTIONS[t.name]?.title ?? t.name, SECTIONS[t.name]?.about ?? null]),
      [null, null, null],
      [
        null,
        "Beskyttelse",
        "Tallene er de samme som på evalueringssiderne. Alle antal er let justeret (cellenøglemetoden), så summer kan afvige en smule, og antal under 5 vises som «<5», så ingen kan genkendes.",
      ],
      [null, "Koder", "Kolonnerne til højre (section, statistic osv.) er de koder, CSV-filen bruger, så rækkerne kan findes igen dér."],
    ],
  };
}

/** The aggregates workbook for people: a "Læs mig" sheet, then each section in words. */
export function readableAggregateTables(tables: readonly Table[]): Table[] {
  return [aboutSheet(tables), ...tables.map(readableTable)];
}
