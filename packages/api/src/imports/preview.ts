// What the staff app's step-by-step mapping needs to offer choices: the file's columns with
// the distinct texts in each (read by the same reader as the import, so what is offered is
// what will be matched), and the instruments the programme can import into with their items
// and answer options. Nothing is written; a file that cannot be read comes back as a problem.
import type { Db } from "@skridt/db";
import ExcelJS from "exceljs";
import { EXTERNAL_RESPONDENT, externalInstruments, type TInstrument, type TItem } from "@skridt/instruments";
import { problemOf, type ImportProblem } from "@skridt/validators";
import { loadProgrammeInstruments, registryWith } from "../programme-instruments/cache";
import { FileFormatError, readTable } from "./read-table";

/** Distinct texts offered per column: enough for answer options, not a free-text column's every cell. */
export const MAX_PREVIEW_VALUES = 60;

export interface PreviewColumn {
  name: string;
  /** Distinct non-empty texts in order of first appearance; texts differing only in case or spaces count once. */
  values: string[];
  /** More distinct texts than `values` holds (a free-text, date or code column). */
  more: boolean;
}

export interface PreviewItem {
  id: string;
  type: TItem["type"];
  prompt: { da: string; en: string };
  options: { code: number; label: { da: string; en: string } }[];
}

export interface PreviewInstrument {
  id: string;
  /** Who answers it: a participant, or a company or volunteer mentor (their rows are keyed by them). */
  respondent: "participant" | "company" | "volunteer";
  version: string;
  title: { da: string; en: string };
  occasions: TInstrument["occasions"];
  items: PreviewItem[];
}

export type PreviewResult =
  | { ok: false; problems: ImportProblem[] }
  | {
      ok: true;
      rows: number;
      columns: PreviewColumn[];
      instruments: PreviewInstrument[];
      /** XLSX: every sheet's name, and the one read (the first unless one was asked for); null for CSV. */
      sheets: string[] | null;
      sheet: string | null;
    };

/** The names of an XLSX file's sheets, for choosing one; read after readTable succeeded, so it loads. */
async function sheetNames(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets.map((w) => w.name);
}

const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");

export async function previewImport(
  db: Db,
  request: { organisationId: string; programmeId: string; content: Buffer; fileName: string; sheet?: string },
): Promise<PreviewResult> {
  const linked = await db.programmeOrganisation.findUnique({
    where: { programmeId_organisationId: { programmeId: request.programmeId, organisationId: request.organisationId } },
  });
  if (!linked) return { ok: false, problems: [problemOf(0, null, "programme_not_linked")] };
  let table;
  try {
    table = await readTable(request.content, request.fileName, request.sheet);
  } catch (error) {
    if (error instanceof FileFormatError) return { ok: false, problems: [problemOf(0, null, error.code, error.params)] };
    throw error;
  }
  const columns = table.columns.filter(Boolean).map((name): PreviewColumn => {
    const seen = new Map<string, string>();
    let more = false;
    for (const row of table.rows) {
      const text = (row.cells[name] ?? "").trim();
      if (text === "" || seen.has(fold(text))) continue;
      if (seen.size >= MAX_PREVIEW_VALUES) {
        more = true;
        break;
      }
      seen.set(fold(text), text);
    }
    return { name, values: [...seen.values()], more };
  });
  const own = await loadProgrammeInstruments(db, request.programmeId);
  // The employers' and volunteer mentors' questionnaires too: imported as their own respondents.
  const instruments = [...Object.values(registryWith(own)), ...Object.values(externalInstruments)]
    .map((instrument): PreviewInstrument => ({
      id: instrument.id,
      respondent: EXTERNAL_RESPONDENT[instrument.id] ?? "participant",
      version: instrument.version,
      title: { da: instrument.title.da, en: instrument.title.en },
      occasions: instrument.occasions,
      items: instrument.items.map((item) => ({
        id: item.id,
        type: item.type,
        prompt: { da: item.prompt.da, en: item.prompt.en },
        options: "options" in item ? item.options.map((o) => ({ code: o.code, label: { da: o.label.da, en: o.label.en } })) : [],
      })),
    }))
    .sort((a, b) => a.title.da.localeCompare(b.title.da, "da"));
  const sheets = /\.xlsx$/i.test(request.fileName) ? await sheetNames(request.content) : null;
  return { ok: true, rows: table.rows.length, columns, instruments, sheets, sheet: sheets ? (request.sheet ?? sheets[0] ?? null) : null };
}
