// The words of `skridt import`'s report around the problem texts (those come from
// @skridt/api/imports, shared with the staff app). Danish by default, English with --lang en.
import type { ImportResult } from "@skridt/api/imports";

type Imported = Extract<ImportResult, { ok: true }>;

export interface ImportReportTexts {
  phase: Record<"reading" | "validating" | "writing", string>;
  tableHeader: string;
  wholeFile: string;
  mappingFile: string;
  mappingInvalid: string;
  nameScope: string;
  noOrganisation: (key: string) => string;
  noProgramme: (key: string) => string;
  problemsSummary: (problems: number, rows: number) => string;
  more: (count: number) => string;
  dryRun: (rows: number, newParticipants: number, where: string) => string;
  imported: (result: Imported, where: string) => string;
}

const da: ImportReportTexts = {
  phase: { reading: "læser filen", validating: "kontrollerer rækker", writing: "gemmer rækker" },
  tableHeader: "række\tkolonne\tproblem",
  wholeFile: "hele filen",
  mappingFile: "mappingfilen",
  mappingInvalid: "Mappingfilen passer ikke til formatet; intet er importeret.",
  nameScope: "Angiv organisation og program (--organisation, --programme).",
  noOrganisation: (key) => `Der findes ingen organisation »${key}«.`,
  noProgramme: (key) => `Der findes intet program »${key}«.`,
  problemsSummary: (problems, rows) =>
    `${problems} ${problems === 1 ? "problem" : "problemer"} i ${rows} ${rows === 1 ? "række" : "rækker"}; intet er importeret. Rækkenumrene er som i regnearket (overskriften er række 1).`,
  more: (count) => `… og ${count} mere`,
  dryRun: (rows, n, where) =>
    `Prøvekørsel: ${rows} ${rows === 1 ? "række" : "rækker"} i orden, ${n} ${n === 1 ? "ny deltager" : "nye deltagere"} ville blive oprettet i ${where}; intet er gemt.`,
  imported: (r, where) => {
    const c = r.counts!;
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    const parts = [
      n(c.participantsCreated, "ny deltager", "nye deltagere"),
      ...(r.kind === "answers" ? [n(c.surveys, "spørgeskema", "spørgeskemaer"), `${c.answers} svar`, n(c.scores, "score", "scorer")] : []),
      ...(c.incomplete ? [n(c.incomplete, "ufuldstændigt", "ufuldstændige")] : []),
      ...(c.statusEvents ? [n(c.statusEvents, "status", "statusser")] : []),
      ...(c.participantsEnded ? [n(c.participantsEnded, "forløb afsluttet", "forløb afsluttet")] : []),
      ...(c.contacts || c.companyContacts ? [`${n(c.contactsCounted, "kontakt", "kontakter")} (${c.contacts} + ${c.companyContacts} rækker)`] : []),
      ...(c.companiesCreated ? [n(c.companiesCreated, "ny virksomhed", "nye virksomheder")] : []),
      ...(c.volunteersCreated ? [n(c.volunteersCreated, "ny frivillig", "nye frivillige")] : []),
    ];
    return `Importeret ${n(r.rows, "række", "rækker")} i ${where} som batch ${r.batchId}: ${parts.join(", ")}${r.skippedEmpty ? `; ${n(r.skippedEmpty, "tom række", "tomme rækker")} sprunget over` : ""}.`;
  },
};

const en: ImportReportTexts = {
  phase: { reading: "reading file", validating: "validating rows", writing: "writing rows" },
  tableHeader: "row\tcolumn\tproblem",
  wholeFile: "whole file",
  mappingFile: "mapping file",
  mappingInvalid: "The mapping file does not match the format; nothing was imported.",
  nameScope: "Name the organisation and programme (--organisation, --programme).",
  noOrganisation: (key) => `There is no organisation "${key}".`,
  noProgramme: (key) => `There is no programme "${key}".`,
  problemsSummary: (problems, rows) =>
    `${problems} problem(s) in ${rows} row(s); nothing was imported. Row numbers are the spreadsheet's (the header is row 1).`,
  more: (count) => `... and ${count} more`,
  dryRun: (rows, n, where) => `dry run: ${rows} row(s) valid, ${n} new participant(s) would be created in ${where}; nothing written.`,
  imported: (r, where) => {
    const c = r.counts!;
    const parts = [
      `${c.participantsCreated} new participant(s)`,
      ...(r.kind === "answers" ? [`${c.surveys} survey(s)`, `${c.answers} answer(s)`, `${c.scores} score(s)`] : []),
      ...(c.incomplete ? [`${c.incomplete} incomplete`] : []),
      ...(c.statusEvents ? [`${c.statusEvents} status(es)`] : []),
      ...(c.participantsEnded ? [`${c.participantsEnded} participation(s) ended`] : []),
      ...(c.contacts || c.companyContacts ? [`${c.contactsCounted} contact(s) (${c.contacts} + ${c.companyContacts} rows)`] : []),
      ...(c.companiesCreated ? [`${c.companiesCreated} new company(ies)`] : []),
      ...(c.volunteersCreated ? [`${c.volunteersCreated} new volunteer(s)`] : []),
    ];
    return `imported ${r.rows} row(s) into ${where} as batch ${r.batchId}: ${parts.join(", ")}${r.skippedEmpty ? `; ${r.skippedEmpty} empty row(s) skipped` : ""}.`;
  },
};

export const importReportTexts = { da, en };
