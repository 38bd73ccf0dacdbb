// A programme's own instruments: check a definition file, store it, list and read them.
import { Prisma, type Db } from "@skridt/db";
import { compareVersions, getInstrument, parseInstrumentDefinition, type TInstrument } from "@skridt/instruments";
import { remember } from "./cache";
import { checkDefinitionFile, type DefinitionCheck, type DefinitionProblem } from "./problems";

/** Definition files are small (the largest built-in is about 20 KB); this stays under the server's 256 KB request limit. */
export const MAX_DEFINITION_CHARS = 200_000;

const problem = (path: string, da: string, en: string): DefinitionProblem => ({ path, da, en });

/**
 * What the database knows that the file cannot: the id is not a built-in's nor another
 * programme's, and the version is new and higher than the ones already stored (a stored
 * definition is never changed, because answers name the version they were given under).
 */
async function placementProblems(db: Pick<Db, "programmeInstrument">, programmeId: string, instrument: TInstrument): Promise<DefinitionProblem[]> {
  const { id, version } = instrument;
  if (getInstrument(id)) {
    return [
      problem(
        "id",
        `"${id}" er id'et på et af Skridts indbyggede spørgeskemaer; giv jeres spørgeskema et andet id`,
        `"${id}" is the id of one of Skridt's built-in questionnaires; give yours another id`,
      ),
    ];
  }
  const stored = await db.programmeInstrument.findMany({ where: { instrumentId: id }, select: { programmeId: true, version: true, definition: true } });
  if (stored.some((s) => s.programmeId !== programmeId)) {
    return [
      problem(
        "id",
        `"${id}" bruges allerede af et andet programs spørgeskema; vælg et andet id`,
        `"${id}" is already used by another programme's questionnaire; choose another id`,
      ),
    ];
  }
  if (stored.some((s) => s.version === version)) {
    return [
      problem(
        "version",
        `Version ${version} af "${id}" er allerede gemt og kan ikke ændres; giv ændringen et nyt versionsnummer`,
        `Version ${version} of "${id}" is already stored and cannot be changed; give the change a new version number`,
      ),
    ];
  }
  const latest = stored
    .map((s) => s.version)
    .sort(compareVersions)
    .at(-1);
  if (latest && compareVersions(version, latest) < 0) {
    return [
      problem("version", `Versionen skal være højere end den seneste gemte (${latest})`, `The version must be higher than the latest stored one (${latest})`),
    ];
  }
  // Answers are kept by item id across versions: an item that changes type would mix answers of
  // two kinds under one variable (and free text could pass for a choice). A new id is needed.
  const earlierTypes = new Map<string, string>();
  for (const row of stored) for (const item of parseInstrumentDefinition(row.definition).items) earlierTypes.set(item.id, item.type);
  return instrument.items.flatMap((item, index) => {
    const before = earlierTypes.get(item.id);
    if (!before || before === item.type) return [];
    return [
      problem(
        `items[${index}] ("${item.id}").type`,
        `Spørgsmålet "${item.id}" var af typen ${before} i en tidligere version og kan ikke skifte til ${item.type}; giv det et nyt id`,
        `Question "${item.id}" was of type ${before} in an earlier version and cannot change to ${item.type}; give it a new id`,
      ),
    ];
  });
}

/** The file's own checks, then the database's; nothing is stored. */
export async function checkProgrammeInstrument(db: Db, programmeId: string, definition: string): Promise<DefinitionCheck> {
  if (definition.length > MAX_DEFINITION_CHARS) {
    return {
      ok: false,
      problems: [
        problem("(root)", `Filen er for stor (højst ${MAX_DEFINITION_CHARS / 1000} KB)`, `The file is too large (at most ${MAX_DEFINITION_CHARS / 1000} KB)`),
      ],
    };
  }
  const checked = checkDefinitionFile(definition);
  if (!checked.ok) return checked;
  const problems = await placementProblems(db, programmeId, checked.instrument);
  return problems.length > 0 ? { ok: false, problems } : checked;
}

export type AddResult = { ok: true; instrument: TInstrument; id: string } | { ok: false; problems: DefinitionProblem[] };

/**
 * Checks and stores a definition; on any problem nothing is stored. The placement check and
 * the insert are one transaction, serialised per instrument id (SQLite has one writer; on
 * PostgreSQL an advisory lock on the id), so two programmes adding the same new id at once
 * cannot both get it.
 */
export async function addProgrammeInstrument(db: Db, input: { programmeId: string; definition: string; createdById: string | null }): Promise<AddResult> {
  const checked = await checkProgrammeInstrument(db, input.programmeId, input.definition);
  if (!checked.ok) return checked;
  const { instrument } = checked;
  try {
    const added = await db.$transaction(async (tx) => {
      if (db.engine === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`skridt-instrument:${instrument.id}`}))`;
      const problems = await placementProblems(tx, input.programmeId, instrument);
      if (problems.length > 0) return { ok: false as const, problems };
      const row = await tx.programmeInstrument.create({
        data: {
          programmeId: input.programmeId,
          instrumentId: instrument.id,
          version: instrument.version,
          definition: input.definition,
          createdById: input.createdById,
        },
        select: { id: true, programmeId: true, definition: true },
      });
      return { ok: true as const, row };
    });
    if (!added.ok) return added;
    remember(added.row);
    return { ok: true, instrument, id: added.row.id };
  } catch (error) {
    // Two uploads of the same id and version at once: the unique index lets one win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const problems = await placementProblems(db, input.programmeId, instrument);
      return {
        ok: false,
        problems:
          problems.length > 0
            ? problems
            : [problem("version", "Samme version blev gemt samtidig af en anden", "The same version was stored at the same moment by someone else")],
      };
    }
    throw error;
  }
}

/** What the staff app lists: one row per instrument id, described by its latest version. */
export function summarise(instrument: TInstrument) {
  return {
    id: instrument.id,
    version: instrument.version,
    title: instrument.title,
    occasions: instrument.occasions,
    itemCount: instrument.items.length,
    scales: instrument.scales.map((s) => ({ id: s.id, label: s.label, itemCount: s.items.length, range: s.range })),
  };
}
