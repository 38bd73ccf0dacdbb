// `skridt instrument validate|add`: a programme's own questionnaire from a definition file
// (the format of packages/instruments, e.g. packages/instruments/src/examples/*.json).
// Problems go to stdout, one per line with the field's path, in Danish and English; exit
// code 1 when there are any (nothing is stored then).
import { readFileSync } from "node:fs";
import type { DefinitionProblem } from "@skridt/api";
import type { Command } from "commander";
import type { DbConfigOf } from "./cli-db";

function printProblems(problems: readonly DefinitionProblem[]) {
  console.log(`${problems.length} problem(er) / problem(s); intet er gemt / nothing was stored:`);
  for (const p of problems) console.log(`  ${p.path}: ${p.da}\n  ${" ".repeat(p.path.length)}  (${p.en})`);
}

export function registerInstrumentCommands(program: Command, dbConfigOf: DbConfigOf) {
  const instrument = program.command("instrument").description("a programme's own questionnaires (definition files)");

  instrument
    .command("validate")
    .description("check a definition file against the instrument schema; stores nothing, needs no database")
    .argument("<file>", "definition file (JSON)")
    .action(async (file: string) => {
      const { checkDefinitionFile } = await import("@skridt/api");
      const checked = checkDefinitionFile(readFileSync(file, "utf8"));
      if (!checked.ok) {
        printProblems(checked.problems);
        process.exitCode = 1;
        return;
      }
      const i = checked.instrument;
      console.log(`ok: ${i.id} ${i.version} "${i.title.da}", ${i.items.length} spørgsmål / items, ${i.scales.length} skala(er) / scale(s)`);
    });

  instrument
    .command("add")
    .description("check a definition file and store it as the programme's own instrument (all or nothing)")
    .requiredOption("--programme <id-or-name>", "the programme that owns it")
    .argument("<file>", "definition file (JSON)")
    .action(async (file: string, opts: { programme: string }) => {
      const definition = readFileSync(file, "utf8");
      const [{ addProgrammeInstrument, audit }, { createDb, migrate }, dbConfig] = await Promise.all([
        import("@skridt/api"),
        import("@skridt/db"),
        dbConfigOf(),
      ]);
      await migrate(dbConfig);
      const db = await createDb(dbConfig);
      try {
        const programme = await db.programme.findFirst({ where: { OR: [{ id: opts.programme }, { name: opts.programme }] }, select: { id: true, name: true } });
        if (!programme) throw new Error(`no programme "${opts.programme}"`);
        const added = await addProgrammeInstrument(db, { programmeId: programme.id, definition, createdById: null });
        if (!added.ok) {
          printProblems(added.problems);
          process.exitCode = 1;
          return;
        }
        const { id, version } = added.instrument;
        await audit(db, {
          actorId: null,
          organisationId: null,
          action: "programme.add_instrument",
          targetType: "programme",
          targetId: programme.id,
          detail: { instrumentId: id, version, via: "cli" },
        });
        console.log(`added ${id} ${version} to ${programme.name}; choose it in the programme's measurement plan`);
      } finally {
        await db.$disconnect();
      }
    });
}
