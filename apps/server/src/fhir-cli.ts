// `skridt fhir import|export`: a FHIR Questionnaire as a programme's own questionnaire, and a
// programme's FHIR bulk export (NDJSON) from the server's machine, for IT staff who work with
// files rather than sessions. The same mapping, checks and audit as /fhir (fhir-routes.ts).
import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { DbConfigOf } from "./cli-db";

type Problem = { path: string; da: string; en: string };

function printList(title: string, list: readonly Problem[]) {
  if (list.length === 0) return;
  console.log(title);
  for (const p of list) console.log(`  ${p.path}: ${p.da}\n  ${" ".repeat(p.path.length)}  (${p.en})`);
}

async function openDb(dbConfigOf: DbConfigOf) {
  const [{ createDb, migrate }, dbConfig] = await Promise.all([import("@skridt/db"), dbConfigOf()]);
  await migrate(dbConfig);
  return createDb(dbConfig);
}

export function registerFhirCommands(program: Command, dbConfigOf: DbConfigOf) {
  const fhir = program.command("fhir").description("FHIR R4: import a Questionnaire, export a programme as NDJSON (docs/fhir.md)");

  fhir
    .command("import")
    .description("a FHIR Questionnaire (JSON) as the programme's own questionnaire; problems are named and nothing is stored")
    .requiredOption("--programme <id-or-name>", "the programme that owns it")
    .argument("<file>", "FHIR Questionnaire (JSON)")
    .action(async (file: string, opts: { programme: string }) => {
      const [{ fromQuestionnaire }, { addProgrammeInstrument, audit }] = await Promise.all([import("@skridt/fhir"), import("@skridt/api")]);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        console.log(`ikke gyldig JSON / not valid JSON: ${(error as Error).message}`);
        process.exitCode = 1;
        return;
      }
      const imported = fromQuestionnaire(json);
      printList("Bemærk / notes:", imported.notes);
      if (!imported.ok) {
        printList(`${imported.problems.length} problem(er) / problem(s); intet er gemt / nothing was stored:`, imported.problems);
        process.exitCode = 1;
        return;
      }
      const db = await openDb(dbConfigOf);
      try {
        const programme = await db.programme.findFirst({ where: { OR: [{ id: opts.programme }, { name: opts.programme }] }, select: { id: true, name: true } });
        if (!programme) throw new Error(`no programme "${opts.programme}"`);
        const added = await addProgrammeInstrument(db, {
          programmeId: programme.id,
          definition: JSON.stringify(imported.definition, null, 2),
          createdById: null,
        });
        if (!added.ok) {
          printList(`${added.problems.length} problem(er) / problem(s); intet er gemt / nothing was stored:`, added.problems);
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
          detail: { instrumentId: id, version, via: "fhir-cli" },
        });
        console.log(`added ${id} ${version} to ${programme.name}; choose it in the programme's measurement plan`);
      } finally {
        await db.$disconnect();
      }
    });

  fhir
    .command("export")
    .description("a programme's Questionnaires, Patients, QuestionnaireResponses and Observations as NDJSON")
    .requiredOption("--programme <id-or-name>", "the programme")
    .requiredOption("--out <file>", "where to write the NDJSON")
    .option("--organisation <id-or-name>", "only this organisation's participants (default: every organisation in the programme)")
    .action(async (opts: { programme: string; out: string; organisation?: string }) => {
      const [{ toNdjson, toPatient, toQuestionnaire }, { audit }, { programmeResources }] = await Promise.all([
        import("@skridt/fhir"),
        import("@skridt/api"),
        import("./fhir-data"),
      ]);
      const db = await openDb(dbConfigOf);
      try {
        const programme = await db.programme.findFirst({ where: { OR: [{ id: opts.programme }, { name: opts.programme }] }, select: { id: true, name: true } });
        if (!programme) throw new Error(`no programme "${opts.programme}"`);
        const linked = await db.programmeOrganisation.findMany({
          where: {
            programmeId: programme.id,
            ...(opts.organisation ? { organisation: { OR: [{ id: opts.organisation }, { name: opts.organisation }] } } : {}),
          },
          select: { organisationId: true },
        });
        if (linked.length === 0) throw new Error(`no organisation "${opts.organisation}" in ${programme.name}`);
        const organisationIds = linked.map((l) => l.organisationId);
        const mapped = await programmeResources(db, programme.id, organisationIds);
        const questionnaires = new Map(mapped.map((m) => [`${m.assessment.instrument.id}@${m.assessment.instrument.version}`, m.assessment.instrument]));
        const patients = new Map(mapped.map((m) => [m.participant.id, m.participant]));
        const resources = [
          ...[...questionnaires.values()].map(toQuestionnaire),
          ...[...patients.values()].map((p) => toPatient(p)),
          ...mapped.map((m) => m.response),
          ...mapped.flatMap((m) => m.observations),
        ];
        writeFileSync(opts.out, toNdjson(resources));
        for (const organisationId of organisationIds) {
          await audit(db, {
            actorId: null,
            organisationId,
            action: "fhir.bulk_export",
            targetType: "programme",
            targetId: programme.id,
            detail: { rows: resources.length, format: "ndjson", via: "cli" },
          });
        }
        console.log(`${resources.length} resources written to ${opts.out} (${patients.size} participants)`);
      } finally {
        await db.$disconnect();
      }
    });
}
