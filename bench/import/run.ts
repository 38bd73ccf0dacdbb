// bench/import: a programme's full history for 10,000 participants (enrolment list, WHO-5 at
// start and end, status events, tallied contacts) imported through the importer the CLI and
// the staff app use, beside the baseline of the same run: the answers-only import there was
// before (the answers file creating its participants). Each round starts from an empty
// SQLite database; rounds alternate which path goes first. Prints rows per second per kind and
// in all, with medians over the rounds, and writes bench/results/import.json. Exits non-zero
// only when an import was refused or wrote other counts than expected.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runImport, type ImportResult } from "@skridt/api/imports";
import { createDb, migrate, type Db } from "@skridt/db";
import { generateHistory, MAPPINGS, type HistoryFiles } from "./generate";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..");
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MENTOR = "mentor.bench@skridt.bench";

const log = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "skridt-bench-import-"));
  const config = { engine: "sqlite" as const, url: join(dir, "bench.db") };
  await migrate(config);
  const db = await createDb(config);
  const organisation = await db.organisation.create({ data: { name: "Bench" } });
  const programme = await db.programme.create({ data: { name: "Bench programme", organisations: { create: { organisationId: organisation.id } } } });
  await db.user.create({
    data: { email: MENTOR, name: "Bench Mentor", passwordHash: "x", memberships: { create: { organisationId: organisation.id, role: "mentor" } } },
  });
  return { db, dir, scope: { organisationId: organisation.id, programmeId: programme.id } };
}

async function timed(db: Db, scope: { organisationId: string; programmeId: string }, mapping: unknown, content: Buffer, name: string) {
  const started = process.hrtime.bigint();
  const result: ImportResult = await runImport(db, { scope, mapping: mapping as never, content, fileName: `${name}.csv`, actorId: null });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!result.ok) throw new Error(`${name} was refused: ${result.problemCount} problems, first ${JSON.stringify(result.problems.slice(0, 3))}`);
  return { seconds, rows: result.rows, counts: result.counts! };
}

type Kind = "enrolment" | "answers" | "statuses" | "contacts";
const KINDS: Kind[] = ["enrolment", "answers", "statuses", "contacts"];

async function fullHistory(files: HistoryFiles) {
  const { db, dir, scope } = await freshDatabase();
  try {
    const perKind = {} as Record<Kind, { seconds: number; rows: number }>;
    for (const kind of KINDS) perKind[kind] = await timed(db, scope, MAPPINGS[kind], files[kind], kind);
    const rows = KINDS.reduce((n, k) => n + perKind[k].rows, 0);
    const seconds = KINDS.reduce((n, k) => n + perKind[k].seconds, 0);
    const participants = await db.participant.count();
    if (participants !== PARTICIPANTS) throw new Error(`full history: ${participants} participants, expected ${PARTICIPANTS}`);
    return { rows, seconds, perKind };
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function answersOnly(files: HistoryFiles) {
  const { db, dir, scope } = await freshDatabase();
  try {
    return await timed(db, scope, MAPPINGS.answersOnly, files.answers, "answers-only");
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = generateHistory(PARTICIPANTS, MENTOR);
log(
  `bench/import: ${PARTICIPANTS} participants' full history, ${ROUNDS} rounds, SQLite; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
log(`rows: enrolment ${files.rows.enrolment}, answers ${files.rows.answers}, statuses ${files.rows.statuses}, contacts ${files.rows.contacts}`);

const full: Awaited<ReturnType<typeof fullHistory>>[] = [];
const base: Awaited<ReturnType<typeof answersOnly>>[] = [];
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2 === 0) {
    full.push(await fullHistory(files));
    base.push(await answersOnly(files));
  } else {
    base.push(await answersOnly(files));
    full.push(await fullHistory(files));
  }
  const f = full.at(-1)!;
  const b = base.at(-1)!;
  log(
    `round ${r + 1}: full history ${f.rows} rows in ${f.seconds.toFixed(2)} s (${round(f.rows / f.seconds)} rows/s); answers only ${b.rows} rows in ${b.seconds.toFixed(2)} s (${round(b.rows / b.seconds)} rows/s)`,
  );
}

const rate = (x: { rows: number; seconds: number }) => x.rows / x.seconds;
const figures = {
  fullHistory: {
    rows: full[0]!.rows,
    medianSeconds: median(full.map((f) => f.seconds)),
    medianRowsPerSecond: round(median(full.map(rate))),
    perKind: Object.fromEntries(
      KINDS.map((k) => [
        k,
        {
          rows: full[0]!.perKind[k].rows,
          medianSeconds: median(full.map((f) => f.perKind[k].seconds)),
          medianRowsPerSecond: round(median(full.map((f) => rate(f.perKind[k])))),
        },
      ]),
    ),
  },
  baselineAnswersOnly: { rows: base[0]!.rows, medianSeconds: median(base.map((b) => b.seconds)), medianRowsPerSecond: round(median(base.map(rate))) },
};
const ratio = figures.fullHistory.medianRowsPerSecond / figures.baselineAnswersOnly.medianRowsPerSecond;

log();
log("                         rows    median s   rows/s (median)");
for (const k of KINDS) {
  const p = figures.fullHistory.perKind[k]!;
  log(`  ${k.padEnd(22)} ${String(p.rows).padStart(6)} ${p.medianSeconds.toFixed(2).padStart(10)} ${String(p.medianRowsPerSecond).padStart(12)}`);
}
log(
  `  ${"full history".padEnd(22)} ${String(figures.fullHistory.rows).padStart(6)} ${figures.fullHistory.medianSeconds.toFixed(2).padStart(10)} ${String(figures.fullHistory.medianRowsPerSecond).padStart(12)}`,
);
log(
  `  ${"baseline: answers only".padEnd(22)} ${String(figures.baselineAnswersOnly.rows).padStart(6)} ${figures.baselineAnswersOnly.medianSeconds.toFixed(2).padStart(10)} ${String(figures.baselineAnswersOnly.medianRowsPerSecond).padStart(12)}`,
);
log(`full history / baseline, rows per second: ${ratio.toFixed(2)}`);

let commit = "unknown";
try {
  commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
} catch {
  // not a checkout
}
mkdirSync(join(here, "..", "results"), { recursive: true });
writeFileSync(
  join(here, "..", "results", "import.json"),
  `${JSON.stringify(
    {
      participants: PARTICIPANTS,
      rounds: ROUNDS,
      figures,
      ratioRowsPerSecond: round(ratio, 2),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memGiB: round(totalmem() / 2 ** 30, 1),
        platform: `${platform()} ${release()}`,
        loadavg: loadavg(),
      },
      node: process.version,
      commit,
      at: new Date().toISOString(),
    },
    null,
    2,
  )}\n`,
);
