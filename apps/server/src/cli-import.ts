// `skridt import`: existing answers (SurveyXact, Excel) into a programme, for files too large
// for the staff app's upload (its requests stop at 256 KB). Progress goes to stderr, the row
// report or summary to stdout; exit code 1 when the file has problems (nothing is written then).
// The report is in Danish unless --lang en: the same problem texts as the staff app's.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { ImportProblem, ImportResult, ProblemLanguage, ProgressEvent } from "@skridt/api/imports";
import { Option, type Command } from "commander";
import type { DbConfigOf } from "./cli-db";
import { importReportTexts, type ImportReportTexts } from "./cli-import-texts";

interface ImportOptions {
  mapping: string;
  file: string;
  organisation?: string;
  programme?: string;
  dryRun?: boolean;
  lang: ProblemLanguage;
}

export function registerImportCommand(program: Command, dbConfigOf: DbConfigOf) {
  program
    .command("import")
    .description("import answers, enrolment lists, statuses or contacts from a CSV or XLSX file with a mapping file (all rows or none)")
    .requiredOption("--mapping <file>", "mapping file (JSON), see tests/fixtures/import/README.md")
    .requiredOption("--file <file>", "data file (.csv or .xlsx)")
    .option("--organisation <id-or-name>", "organisation to import into (default: the mapping's createParticipants.organisationId)")
    .option("--programme <id-or-name>", "programme to import into (default: the mapping's createParticipants.programmeId)")
    .option("--dry-run", "validate and report, write nothing")
    .addOption(new Option("--lang <language>", "language of the report: da (Danish) or en (English)").choices(["da", "en"]).default("da"))
    .action(async (opts: ImportOptions) => {
      const text = importReportTexts[opts.lang];
      const [api, { createDb, migrate }, dbConfig] = await Promise.all([import("@skridt/api/imports"), import("@skridt/db"), dbConfigOf()]);
      const { parseMappingText, runImport } = api;
      const printProblems = problemPrinter(api);
      const parsed = parseMappingText(readFileSync(opts.mapping, "utf8"));
      if (!parsed.ok) {
        printProblems(parsed.problems, parsed.problems.length, text, opts.lang, text.mappingInvalid);
        process.exit(1);
      }
      const mapping = parsed.mapping;
      await migrate(dbConfig);
      const db = await createDb(dbConfig);
      try {
        const named = "createParticipants" in mapping ? mapping.createParticipants : undefined;
        const organisationKey = opts.organisation ?? named?.organisationId;
        const programmeKey = opts.programme ?? named?.programmeId;
        if (!organisationKey || !programmeKey) throw new Error(text.nameScope);
        const organisation = await db.organisation.findFirst({
          where: { OR: [{ id: organisationKey }, { name: organisationKey }] },
          select: { id: true, name: true },
        });
        const programme = await db.programme.findFirst({ where: { OR: [{ id: programmeKey }, { name: programmeKey }] }, select: { id: true, name: true } });
        if (!organisation) throw new Error(text.noOrganisation(organisationKey));
        if (!programme) throw new Error(text.noProgramme(programmeKey));
        const result = await runImport(db, {
          scope: { organisationId: organisation.id, programmeId: programme.id },
          mapping,
          content: readFileSync(opts.file),
          fileName: basename(opts.file),
          dryRun: opts.dryRun ?? false,
          actorId: null,
          onProgress: (event) => printProgress(event, text),
        });
        process.stderr.write("\n");
        report(result, `${organisation.name} / ${programme.name}`, text, opts.lang, printProblems);
        if (!result.ok) process.exitCode = 1;
      } finally {
        await db.$disconnect();
      }
    });
}

let lastPrinted = 0;
function printProgress(event: ProgressEvent, text: ImportReportTexts) {
  // At most a few lines a second: a 100,000-row file should not flood the terminal.
  const now = Date.now();
  if (event.done < event.total && now - lastPrinted < 250) return;
  lastPrinted = now;
  process.stderr.write(`\r${text.phase[event.phase]}: ${event.phase === "reading" ? "" : `${event.done}/${event.total}`}      `);
}

type Words = Pick<typeof import("@skridt/api/imports"), "isMappingProblem" | "renderProblem">;
type PrintProblems = (problems: ImportProblem[], total: number, text: ImportReportTexts, lang: ProblemLanguage, heading: string) => void;

const problemPrinter =
  ({ isMappingProblem, renderProblem }: Words): PrintProblems =>
  (problems, total, text, lang, heading) => {
    console.log(heading);
    console.log(text.tableHeader);
    for (const p of problems)
      console.log(`${p.row > 0 ? p.row : isMappingProblem(p) ? text.mappingFile : text.wholeFile}\t${p.column ?? ""}\t${renderProblem(p, lang)}`);
    if (total > problems.length) console.log(text.more(total - problems.length));
  };

function report(result: ImportResult, where: string, text: ImportReportTexts, lang: ProblemLanguage, printProblems: PrintProblems) {
  if (!result.ok) return printProblems(result.problems, result.problemCount, text, lang, text.problemsSummary(result.problemCount, result.rows));
  if (result.dryRun) return console.log(text.dryRun(result.rows, result.newParticipants, where));
  console.log(text.imported(result, where));
}
