// `skridt import`: existing answers (SurveyXact, Excel) into a programme, for files too large
// for the staff app's upload (its requests stop at 256 KB). Progress goes to stderr, the row
// report or summary to stdout; exit code 1 when the file has problems (nothing is written then).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { runImport, ZImportMapping, type ImportResult, type ProgressEvent } from "@skridt/api/imports";
import { createDb, migrate, type DbConfig } from "@skridt/db";
import type { Command } from "commander";

interface ImportOptions {
  mapping: string;
  file: string;
  organisation?: string;
  programme?: string;
  dryRun?: boolean;
}

export function registerImportCommand(program: Command, dbConfig: DbConfig) {
  program
    .command("import")
    .description("import existing answers from a CSV or XLSX file with a mapping file (all rows or none)")
    .requiredOption("--mapping <file>", "mapping file (JSON), see tests/fixtures/import/README.md")
    .requiredOption("--file <file>", "data file (.csv or .xlsx)")
    .option("--organisation <id-or-name>", "organisation to import into (default: the mapping's createParticipants.organisationId)")
    .option("--programme <id-or-name>", "programme to import into (default: the mapping's createParticipants.programmeId)")
    .option("--dry-run", "validate and report, write nothing")
    .action(async (opts: ImportOptions) => {
      const parsed = ZImportMapping.safeParse(JSON.parse(readFileSync(opts.mapping, "utf8")));
      if (!parsed.success) {
        console.error(`the mapping file is not valid:\n${parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n")}`);
        process.exit(1);
      }
      const mapping = parsed.data;
      await migrate(dbConfig);
      const db = await createDb(dbConfig);
      try {
        const organisationKey = opts.organisation ?? mapping.createParticipants?.organisationId;
        const programmeKey = opts.programme ?? mapping.createParticipants?.programmeId;
        if (!organisationKey || !programmeKey) throw new Error("name the organisation and programme (--organisation, --programme)");
        const organisation = await db.organisation.findFirst({ where: { OR: [{ id: organisationKey }, { name: organisationKey }] }, select: { id: true, name: true } });
        const programme = await db.programme.findFirst({ where: { OR: [{ id: programmeKey }, { name: programmeKey }] }, select: { id: true, name: true } });
        if (!organisation) throw new Error(`no organisation "${organisationKey}"`);
        if (!programme) throw new Error(`no programme "${programmeKey}"`);
        const result = await runImport(db, {
          scope: { organisationId: organisation.id, programmeId: programme.id },
          mapping,
          content: readFileSync(opts.file),
          fileName: basename(opts.file),
          dryRun: opts.dryRun ?? false,
          actorId: null,
          onProgress: printProgress,
        });
        process.stderr.write("\n");
        report(result, `${organisation.name} / ${programme.name}`);
        if (!result.ok) process.exitCode = 1;
      } finally {
        await db.$disconnect();
      }
    });
}

let lastPrinted = 0;
function printProgress(event: ProgressEvent) {
  // At most a few lines a second: a 100,000-row file should not flood the terminal.
  const now = Date.now();
  if (event.done < event.total && now - lastPrinted < 250) return;
  lastPrinted = now;
  const what = event.phase === "reading" ? "reading file" : `${event.phase} rows`;
  process.stderr.write(`\r${what}: ${event.phase === "reading" ? "" : `${event.done}/${event.total}`}      `);
}

function report(result: ImportResult, where: string) {
  if (!result.ok) {
    console.log(`${result.problemCount} problem(s) in ${result.rows} row(s); nothing was imported.`);
    console.log("row\tcolumn\tproblem");
    for (const p of result.problems) console.log(`${p.row}\t${p.column ?? ""}\t${p.message}`);
    if (result.problemCount > result.problems.length) console.log(`... and ${result.problemCount - result.problems.length} more`);
    return;
  }
  if (result.dryRun) {
    console.log(`dry run: ${result.rows} row(s) valid, ${result.newParticipants} new participant(s) would be created in ${where}; nothing written.`);
    return;
  }
  const c = result.counts!;
  console.log(`imported ${result.rows} row(s) into ${where} as batch ${result.batchId}: ${c.participantsCreated} new participant(s), ${c.surveys} survey(s), ${c.answers} answer(s), ${c.scores} score(s)${result.skippedEmpty ? `; ${result.skippedEmpty} empty row(s) skipped` : ""}.`);
}
